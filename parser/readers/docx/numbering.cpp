// List numbering (see styles.hpp): counters per abstract list, as Word keeps them — lists
// that share an abstract definition continue one another unless a list restarts a level
// with startOverride — and labels from lvlText, each "%N" printed in level N's format.
#include <cstdlib>

#include "parser/readers/docx/styles.hpp"
#include "parser/readers/docx/xml.hpp"

namespace minutes::parser::docx {
namespace {

constexpr int levels = 9;  // Word lists have levels 0–8
// Larger numbers print as decimal: a roman or letter label that long is not a label.
constexpr int max_formatted = 100000;

int level_index(const pugi::xml_node& lvl) {
  int i = std::atoi(attr(lvl, "ilvl").value());
  return i >= 0 && i < levels ? i : -1;
}

std::string roman(int n) {
  static constexpr std::pair<int, const char*> parts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (auto [value, glyphs] : parts)
    for (; n >= value; n -= value) out += glyphs;
  return out;
}

}  // namespace

std::string format_number(int n, std::string_view format) {
  auto upper = [](std::string s) {
    for (char& c : s)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return s;
  };
  if (format == "none") return {};
  if (n <= 0 || n > max_formatted) return std::to_string(n);
  if (format == "lowerRoman") return roman(n);
  if (format == "upperRoman") return upper(roman(n));
  if (format == "lowerLetter" || format == "upperLetter") {
    // Word repeats the letter past z: 27 → "aa", 28 → "bb".
    std::string s(static_cast<std::size_t>((n - 1) / 26 + 1),
                  static_cast<char>('a' + (n - 1) % 26));
    if (s.size() > 8) return std::to_string(n);
    return format == "upperLetter" ? upper(s) : s;
  }
  if (format == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
  if (format == "ordinal") {
    int tens = n % 100, ones = n % 10;
    const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                         : ones == 1                ? "st"
                         : ones == 2                ? "nd"
                         : ones == 3                ? "rd"
                                                    : "th";
    return std::to_string(n) + suffix;
  }
  return std::to_string(n);
}

numbering::numbering(const pugi::xml_document& doc) {
  auto read_level = [](const pugi::xml_node& lvl, level& out) {
    out.defined = true;
    if (auto s = child(lvl, "start")) out.start = std::atoi(attr(s, "val").value());
    if (auto f = child(lvl, "numFmt")) out.format = attr(f, "val").value();
    if (auto t = child(lvl, "lvlText")) out.text = attr(t, "val").value();
    out.legal = on(child(lvl, "isLgl"));
  };
  pugi::xml_node root = doc.document_element();
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (local_name(n) == "abstractNum") {
      auto& defs = abstracts_[attr(n, "abstractNumId").value()];
      for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling())
        if (local_name(lvl) == "lvl")
          if (int i = level_index(lvl); i >= 0) read_level(lvl, defs[static_cast<std::size_t>(i)]);
    } else if (local_name(n) == "num") {
      list& l = lists_[attr(n, "numId").value()];
      l.abstract_id = attr(child(n, "abstractNumId"), "val").value();
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        if (local_name(o) != "lvlOverride") continue;
        int i = level_index(o);
        if (i < 0) continue;
        if (auto s = child(o, "startOverride"))
          l.start_override[static_cast<std::size_t>(i)] = std::atoi(attr(s, "val").value());
        if (auto lvl = child(o, "lvl"))
          read_level(lvl, l.override_levels[static_cast<std::size_t>(i)]);
      }
    }
  }
}

const numbering::level* numbering::level_of(const list& l, int ilvl) const {
  const auto& own = l.override_levels[static_cast<std::size_t>(ilvl)];
  if (own.defined) return &own;
  auto it = abstracts_.find(l.abstract_id);
  if (it == abstracts_.end()) return nullptr;
  const level& def = it->second[static_cast<std::size_t>(ilvl)];
  return def.defined ? &def : nullptr;
}

std::optional<list_label> numbering::next(std::string_view num_id, int ilvl) {
  auto found = lists_.find(num_id);
  if (found == lists_.end() || ilvl < 0 || ilvl >= levels) return std::nullopt;
  list& l = found->second;
  const level* lvl = level_of(l, ilvl);
  if (lvl == nullptr) return std::nullopt;
  bool restarts = false;
  for (const auto& s : l.start_override) restarts = restarts || s.has_value();
  // A list that restarts keeps its own counters; others continue their abstract list.
  counters& c = counters_[restarts ? "num:" + std::string(num_id) : "abs:" + l.abstract_id];
  auto start_of = [&](int k) {
    const auto& o = l.start_override[static_cast<std::size_t>(k)];
    const level* def = level_of(l, k);
    return o ? *o : def ? def->start : 1;
  };
  auto k = static_cast<std::size_t>(ilvl);
  if (!l.seen) {
    l.seen = true;
    for (std::size_t i = 0; i < levels; ++i)
      if (l.start_override[i]) c.used[i] = false;
  }
  c.value[k] = c.used[k] ? c.value[k] + 1 : start_of(ilvl);
  c.used[k] = true;
  for (std::size_t deeper = k + 1; deeper < levels; ++deeper) c.used[deeper] = false;

  if (lvl->format == "bullet") return list_label{"-", true};
  std::string out;
  std::string_view t = lvl->text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      int ref = t[i + 1] - '1';
      const level* def = level_of(l, ref);
      int value = c.used[static_cast<std::size_t>(ref)] ? c.value[static_cast<std::size_t>(ref)]
                                                        : start_of(ref);
      out += format_number(value, lvl->legal || def == nullptr ? "decimal" : def->format);
      ++i;
    } else {
      out.push_back(t[i]);
    }
  }
  if (out.empty()) return std::nullopt;
  return list_label{std::move(out), false};
}

}  // namespace minutes::parser::docx
