// XML helpers shared by the DOCX parts (DOCX reader). WordprocessingML is matched by local
// name, so a package written with unusual namespace prefixes reads the same. Parts are
// parsed with pugixml, which never fetches external entities and, with the flags below,
// never reads a DTD, so entity-expansion bombs ("billion laughs") cannot grow.
#pragma once

#include <pugixml.hpp>

#include <string_view>

namespace minutes::parser::docx {

// Parse flags: the defaults (escapes, CDATA, end-of-line) without DOCTYPE, plus the
// whitespace-only text of a run (<w:t xml:space="preserve"> </w:t>), which is a space.
constexpr unsigned xml_parse_flags = pugi::parse_default | pugi::parse_ws_pcdata_single;

// The element's name without its namespace prefix ("w:p" → "p").
inline std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The first child element with local name `name`.
inline pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  return {};
}

// The attribute with local name `name` ("w:val" → "val").
inline pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    std::string_view full = a.name();
    std::size_t colon = full.find(':');
    if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name) return a;
  }
  return {};
}

// An on/off property (<w:b/>, <w:vanish w:val="0"/>): present and not switched off.
inline bool on(const pugi::xml_node& n) {
  if (!n) return false;
  std::string_view v = attr(n, "val").value();
  return v != "0" && v != "false" && v != "off";
}

}  // namespace minutes::parser::docx
