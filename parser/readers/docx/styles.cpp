// Styles (see styles.hpp): headings by style name ("heading 1" … "heading 6", "Title") or
// outline level, paragraph spacing and list membership, each inherited along basedOn.
#include <algorithm>
#include <cstdlib>

#include "parser/readers/docx/styles.hpp"
#include "parser/readers/docx/xml.hpp"
#include "parser/text.hpp"

namespace minutes::parser::docx {
namespace {

// basedOn chains are short; a longer one is a cycle or a hostile file.
constexpr int max_style_depth = 32;
// Word writes "auto" spacing (beforeAutospacing) as about 14 points.
constexpr int auto_spacing_twips = 280;

int to_int(const pugi::xml_attribute& a, int fallback) {
  if (!a) return fallback;
  return std::atoi(a.value());
}

// Heading level a style's name gives, 0 when none.
int heading_of_name(std::string_view name) {
  std::string lower;
  for (char c : name) lower.push_back(text::is_ascii_upper(c) ? static_cast<char>(c + 32) : c);
  if (lower == "title") return 1;
  std::string_view s = lower;
  if (s.starts_with("heading")) {
    s.remove_prefix(7);
    if (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (s.size() == 1 && s[0] >= '1' && s[0] <= '9') return std::min(s[0] - '0', 6);
  }
  return 0;
}

// Applies the paragraph properties in `ppr` on top of `out`.
void apply_ppr(const pugi::xml_node& ppr, paragraph_props& out) {
  if (!ppr) return;
  if (auto spacing = child(ppr, "spacing")) {
    if (auto a = attr(spacing, "beforeAutospacing"); a && std::string_view(a.value()) == "1")
      out.space_before = auto_spacing_twips;
    else
      out.space_before = to_int(attr(spacing, "before"), out.space_before);
    if (auto a = attr(spacing, "afterAutospacing"); a && std::string_view(a.value()) == "1")
      out.space_after = auto_spacing_twips;
    else
      out.space_after = to_int(attr(spacing, "after"), out.space_after);
  }
  if (auto c = child(ppr, "contextualSpacing")) out.contextual = on(c);
  if (auto num = child(ppr, "numPr")) {
    if (auto id = child(num, "numId")) {
      std::string_view v = attr(id, "val").value();
      out.num_id = v == "0" ? std::string() : std::string(v);
    }
    if (auto lvl = child(num, "ilvl")) out.ilvl = std::clamp(to_int(attr(lvl, "val"), 0), 0, 8);
  }
  if (auto outline = child(ppr, "outlineLvl")) {
    int level = to_int(attr(outline, "val"), 9);
    out.heading = level >= 0 && level < 9 ? std::min(level + 1, 6) : 0;
  }
}

}  // namespace

style_sheet::style_sheet(const pugi::xml_document& doc) {
  pugi::xml_node root = doc.document_element();
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (local_name(n) == "docDefaults") {
      defaults_ = child(child(n, "pPrDefault"), "pPr");
    } else if (local_name(n) == "style" &&
               std::string_view(attr(n, "type").value()) == "paragraph") {
      std::string id = attr(n, "styleId").value();
      std::string_view is_default = attr(n, "default").value();
      if ((is_default == "1" || is_default == "true") && default_paragraph_.empty())
        default_paragraph_ = id;
      styles_.emplace(std::move(id), n);
    }
  }
}

void style_sheet::apply_style(std::string_view id, paragraph_props& out, int depth) const {
  auto it = styles_.find(id);
  if (it == styles_.end() || depth > max_style_depth) {
    if (depth == 0) {
      // Styles named but not defined: Word's built-in ids still say what they are.
      if (int h = heading_of_name(id)) out.heading = h;
    }
    return;
  }
  pugi::xml_node style = it->second;
  if (auto base = child(style, "basedOn")) apply_style(attr(base, "val").value(), out, depth + 1);
  int named = heading_of_name(attr(child(style, "name"), "val").value());
  if (named == 0) named = heading_of_name(id);
  if (named) out.heading = named;
  apply_ppr(child(style, "pPr"), out);
}

paragraph_props style_sheet::resolve(const pugi::xml_node& ppr) const {
  paragraph_props out;
  apply_ppr(defaults_, out);
  pugi::xml_node style = child(ppr, "pStyle");
  std::string_view id = style ? attr(style, "val").value() : std::string_view(default_paragraph_);
  if (!id.empty()) apply_style(id, out);
  apply_ppr(ppr, out);
  return out;
}

}  // namespace minutes::parser::docx
