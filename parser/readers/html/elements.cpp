// HTML elements by what they do to rendered text (see elements.hpp). Names come lowercased
// from libxml2's HTML parser; one sorted table maps them to kinds.
#include "parser/readers/html/elements.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace minutes::parser::html {
namespace {

// Styles are read no further than this: the properties that matter come first in practice,
// and a megabyte of inline style must not cost a copy per element.
constexpr std::size_t style_scan_limit = 1024;
// A header is searched this far for navigation before it is taken for content.
constexpr std::size_t chrome_scan_limit = 2000;

using entry = std::pair<std::string_view, element_kind>;
constexpr auto kinds = std::to_array<entry>({
    {"address", element_kind::paragraph},
    {"applet", element_kind::skip},
    {"area", element_kind::skip},
    {"article", element_kind::block},
    {"aside", element_kind::chrome},
    {"audio", element_kind::skip},
    {"base", element_kind::skip},
    {"blockquote", element_kind::quote},
    {"body", element_kind::block},
    {"br", element_kind::line_break},
    {"button", element_kind::skip},
    {"canvas", element_kind::skip},
    {"caption", element_kind::block},
    {"center", element_kind::block},
    {"col", element_kind::skip},
    {"colgroup", element_kind::skip},
    {"datalist", element_kind::skip},
    {"dd", element_kind::block},
    {"details", element_kind::block},
    {"dialog", element_kind::skip},
    {"dir", element_kind::list},
    {"div", element_kind::block},
    {"dl", element_kind::paragraph},
    {"dt", element_kind::block},
    {"embed", element_kind::skip},
    {"fieldset", element_kind::paragraph},
    {"figcaption", element_kind::block},
    {"figure", element_kind::paragraph},
    {"footer", element_kind::chrome},
    {"form", element_kind::skip},
    {"frame", element_kind::skip},
    {"frameset", element_kind::skip},
    {"h1", element_kind::heading},
    {"h2", element_kind::heading},
    {"h3", element_kind::heading},
    {"h4", element_kind::heading},
    {"h5", element_kind::heading},
    {"h6", element_kind::heading},
    {"head", element_kind::skip},
    {"header", element_kind::chrome},
    {"hgroup", element_kind::block},
    {"hr", element_kind::rule},
    {"html", element_kind::block},
    {"iframe", element_kind::skip},
    {"img", element_kind::skip},
    {"input", element_kind::skip},
    {"legend", element_kind::block},
    {"li", element_kind::item},
    {"link", element_kind::skip},
    {"listing", element_kind::pre},
    {"main", element_kind::block},
    {"map", element_kind::skip},
    {"math", element_kind::skip},
    {"menu", element_kind::list},
    {"meta", element_kind::skip},
    {"nav", element_kind::skip},
    {"noscript", element_kind::skip},
    {"object", element_kind::skip},
    {"ol", element_kind::list},
    {"optgroup", element_kind::skip},
    {"option", element_kind::skip},
    {"p", element_kind::paragraph},
    {"picture", element_kind::skip},
    {"plaintext", element_kind::pre},
    {"pre", element_kind::pre},
    {"script", element_kind::skip},
    {"section", element_kind::block},
    {"select", element_kind::skip},
    {"source", element_kind::skip},
    {"style", element_kind::skip},
    {"summary", element_kind::block},
    {"svg", element_kind::skip},
    {"table", element_kind::table},
    {"td", element_kind::cell},
    {"template", element_kind::skip},
    {"textarea", element_kind::skip},
    {"th", element_kind::cell},
    {"title", element_kind::skip},
    {"tr", element_kind::row},
    {"track", element_kind::skip},
    {"ul", element_kind::list},
    {"video", element_kind::skip},
    {"xml", element_kind::skip},
    {"xmp", element_kind::pre},
});
static_assert(std::is_sorted(kinds.begin(), kinds.end(),
                             [](const entry& a, const entry& b) { return a.first < b.first; }));

std::string_view name_of(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : "";
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// The style attribute lowercased without spaces, so "Display: None" reads "display:none".
std::string compact_style(const xmlNode* n) {
  std::string out;
  auto style = attribute(n, "style");
  if (!style) return out;
  for (char c : style->substr(0, style_scan_limit))
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(lower(c));
  return out;
}

// Space-separated tokens of `value` include one of `words`.
bool has_token(std::string_view value, std::initializer_list<std::string_view> words) {
  for (std::size_t pos = 0; pos < value.size();) {
    std::size_t end = value.find(' ', pos);
    if (end == std::string_view::npos) end = value.size();
    for (auto w : words)
      if (iequals(value.substr(pos, end - pos), w)) return true;
    pos = end + 1;
  }
  return false;
}

// Site navigation marked by role, id or class rather than by <nav>.
bool navigation_marked(const xmlNode* n) {
  if (auto role = attribute(n, "role"); role && has_token(*role, {"navigation", "search"}))
    return true;
  for (auto name : {"id", "class"}) {
    auto v = attribute(n, name);
    if (v && has_token(*v, {"nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "skip-link",
                            "skiplink"}))
      return true;
  }
  return false;
}

}  // namespace

bool name_is(const xmlNode* n, std::string_view name) {
  return name_of(n) == name;
}

std::optional<std::string_view> attribute(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || !iequals(reinterpret_cast<const char*>(a->name), name)) continue;
    if (a->children != nullptr && a->children->content != nullptr)
      return std::string_view(reinterpret_cast<const char*>(a->children->content));
    return std::string_view();
  }
  return std::nullopt;
}

element_info classify(const xmlNode* n) {
  element_info info;
  std::string_view name = name_of(n);
  auto it = std::lower_bound(kinds.begin(), kinds.end(), name,
                             [](const entry& e, std::string_view k) { return e.first < k; });
  if (it != kinds.end() && it->first == name) info.kind = it->second;
  if (name == "input") {
    auto type = attribute(n, "type");
    if (type && iequals(*type, "checkbox"))
      return {element_kind::checkbox, attribute(n, "checked") ? 1 : 0};
  }
  if (info.kind == element_kind::skip) return info;
  if (attribute(n, "hidden") || navigation_marked(n)) return {element_kind::skip};
  std::string style = compact_style(n);
  if (style.find("display:none") != std::string::npos ||
      style.find("mso-hide:all") != std::string::npos)
    return {element_kind::skip};
  switch (info.kind) {
    case element_kind::heading:
      info.level = name[1] - '0';
      break;
    case element_kind::paragraph:
      // Word list paragraphs: style="…mso-list:l0 level2 lfo1".
      if (std::size_t at = style.find("mso-list:"); at != std::string::npos) {
        std::size_t level = style.find("level", at);
        info.level = 1;
        if (level != std::string::npos && level + 5 < style.size() && style[level + 5] >= '1' &&
            style[level + 5] <= '9')
          info.level = style[level + 5] - '0';
      }
      break;
    case element_kind::block:
      info.content_root = name == "main" || name == "article" || name == "section";
      if (auto role = attribute(n, "role"); role && has_token(*role, {"main"}))
        info.content_root = true;
      break;
    case element_kind::inline_:
      if (style.find("mso-tab-count") != std::string::npos) info.kind = element_kind::tab;
      if (style.find("mso-list:ignore") != std::string::npos) info.kind = element_kind::list_label;
      break;
    default:
      break;
  }
  if (auto role = attribute(n, "role"); role && has_token(*role, {"banner", "contentinfo"}))
    info.kind = element_kind::chrome;
  return info;
}

namespace {

// The node after `c` in a walk of the subtree of `root` (into `c`'s children when `down`);
// null when the walk is over. A walk, not a recursion: a page may nest elements deeper than
// a stack allows.
const xmlNode* next_in(const xmlNode* c, const xmlNode* root, bool down) {
  if (down && c->children != nullptr) return c->children;
  while (c != root && c->next == nullptr) c = c->parent;
  return c == root ? nullptr : c->next;
}

}  // namespace

bool is_chrome(const xmlNode* n) {
  if (auto role = attribute(n, "role"); role && has_token(*role, {"banner", "contentinfo"}))
    return true;
  // A bounded walk of the subtree, looking for navigation.
  std::size_t seen = 0;
  for (const xmlNode* c = n->children; c != nullptr && seen < chrome_scan_limit;
       c = next_in(c, n, true), ++seen)
    if (c->type == XML_ELEMENT_NODE && (name_is(c, "nav") || navigation_marked(c))) return true;
  return false;
}

namespace {

// Paragraphs, headings and list items under `n`, nested tables left out, counted up to
// `enough`.
std::size_t blocks_under(const xmlNode* n, std::size_t enough) {
  std::size_t blocks = 0;
  const xmlNode* c = n->children;
  while (c != nullptr && blocks < enough) {
    bool down = false;
    if (c->type == XML_ELEMENT_NODE && !name_is(c, "table")) {
      element_kind k = classify(c).kind;
      bool block =
          k == element_kind::paragraph || k == element_kind::heading || k == element_kind::item;
      blocks += block;
      down = !block;
    }
    c = next_in(c, n, down);
  }
  return blocks;
}

// The element children of `n` named `name`, and those of its tbody/thead/tfoot.
template <typename F>
void each_child_named(const xmlNode* n, std::string_view name, F&& f) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (name_is(c, name))
      f(c);
    else if (name_is(c, "tbody") || name_is(c, "thead") || name_is(c, "tfoot"))
      each_child_named(c, name, f);
  }
}

}  // namespace

bool lays_out_page(const xmlNode* n) {
  constexpr std::size_t max_cells = 3, flow_blocks = 3;
  bool narrow = true, flow = false;
  each_child_named(n, "tr", [&](const xmlNode* row) {
    std::size_t cells = 0;
    for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || !(name_is(c, "td") || name_is(c, "th"))) continue;
      ++cells;
      if (!flow && blocks_under(c, flow_blocks) >= flow_blocks) flow = true;
    }
    if (cells > max_cells) narrow = false;
  });
  return narrow && flow;
}

bool labels_row(const xmlNode* n) {
  constexpr std::size_t label_max = 16;
  std::size_t letters = 0;
  for (const xmlNode* c = n->children; c != nullptr;
       c = next_in(c, n, c->type == XML_ELEMENT_NODE)) {
    if (c->type == XML_ELEMENT_NODE && (name_is(c, "ul") || name_is(c, "ol"))) return false;
    if (c->type == XML_TEXT_NODE && c->content != nullptr)
      for (const xmlChar* t = c->content; *t; ++t)
        if (!std::isspace(*t) && ++letters > label_max) return false;
  }
  return letters > 0;
}

bool has_main_content(const xmlNode* root) {
  for (const xmlNode* c = root; c != nullptr; c = next_in(c, root, c->type == XML_ELEMENT_NODE)) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (name_is(c, "main")) return true;
    if (auto role = attribute(c, "role"); role && has_token(*role, {"main"})) return true;
  }
  return false;
}

}  // namespace minutes::parser::html
