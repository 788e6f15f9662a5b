// Styles and numbering definitions (DOCX reader, step 2 of 3): what a paragraph's style
// makes of it — a heading of some level, vertical space around it, a list it belongs to —
// read from word/styles.xml, and the list labels Word prints, computed from
// word/numbering.xml (lvlText with its numFmt counters, e.g. "%1." → "3.", "(%1)" → "(iv)").
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace minutes::parser::docx {

// Paragraph properties after the style chain (basedOn) and direct formatting are applied.
struct paragraph_props {
  int heading = 0;          // 1–6; 0 for body text
  int space_before = 0;     // twips
  int space_after = 0;      // twips
  bool contextual = false;  // no space between paragraphs of the same style
  std::string num_id;       // list the paragraph belongs to, "" when none
  int ilvl = 0;             // its level in the list, 0-based
};

class style_sheet {
 public:
  style_sheet() = default;
  explicit style_sheet(const pugi::xml_document& styles);
  // Properties of the paragraph whose <w:pPr> is `ppr` (may be empty).
  paragraph_props resolve(const pugi::xml_node& ppr) const;
  // Applies style `id` and the styles it is based on to `out` (base first).
  void apply_style(std::string_view id, paragraph_props& out, int depth = 0) const;

 private:
  std::map<std::string, pugi::xml_node, std::less<>> styles_;
  std::string default_paragraph_;
  pugi::xml_node defaults_;  // docDefaults/pPrDefault/pPr
};

// A list label as printed: its text ("3.", "(ii)") or a bullet.
struct list_label {
  std::string text;
  bool bullet = false;
};

class numbering {
 public:
  numbering() = default;
  explicit numbering(const pugi::xml_document& doc);
  // The label of the next paragraph of list `num_id` at level `ilvl`; advances the counters.
  // nullopt when the list is unknown or the level prints nothing.
  std::optional<list_label> next(std::string_view num_id, int ilvl);

 private:
  struct level {
    int start = 1;
    std::string format = "decimal";
    std::string text;
    bool legal = false;  // isLgl: every level's number in decimal
    bool defined = false;
  };
  struct list {
    std::string abstract_id;
    std::array<std::optional<int>, 9> start_override;
    std::array<level, 9> override_levels;  // lvlOverride/lvl, when defined
    bool seen = false;
  };
  struct counters {
    std::array<int, 9> value{};
    std::array<bool, 9> used{};
  };
  const level* level_of(const list& l, int ilvl) const;

  std::map<std::string, std::array<level, 9>, std::less<>> abstracts_;
  std::map<std::string, list, std::less<>> lists_;
  std::map<std::string, counters, std::less<>> counters_;  // per abstract numbering
};

// A number in a Word number format: "decimal" 4 → "4", "lowerRoman" 4 → "iv",
// "upperLetter" 28 → "BB". Unknown formats print decimal.
std::string format_number(int n, std::string_view format);

}  // namespace minutes::parser::docx
