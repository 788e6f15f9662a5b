// Type sizes and list labels (see pages.hpp). The body size is the row height that carries
// the most text; headings are the short rows set larger than it, and each larger size is a
// higher level. One pass over every row, so linear in the document's size.
#include <algorithm>
#include <map>

#include "parser/readers/pdf/pages.hpp"
#include "parser/text.hpp"

namespace minutes::parser::pdf {
namespace {

// Heading type is at least this much larger than body type.
constexpr double heading_ratio = 1.12;
// A heading is one short line: at most this many words.
constexpr std::size_t heading_max_words = 20;
// Sizes are compared in steps of this many points.
constexpr double size_step = 0.5;

double rounded(double h) {
  return static_cast<double>(static_cast<long>(h / size_step + 0.5)) * size_step;
}

}  // namespace

bool list_label(std::string_view t) {
  static constexpr std::string_view glyphs[] = {"\xE2\x80\xA2",
                                                "\xC2\xB7",
                                                "\xE2\x96\xAA",
                                                "\xE2\x97\x8F",
                                                "\xEF\x82\xB7",
                                                "\xE2\x80\x93",
                                                "-",
                                                "*",
                                                "o"};
  for (auto g : glyphs)
    if (t == g) return true;
  if (t.size() < 2 || t.size() > 7) return false;
  char close = t.back();
  if (close != '.' && close != ')') return false;
  std::string_view core = t.substr(0, t.size() - 1);
  if (!core.empty() && core.front() == '(') {
    if (close != ')') return false;
    core.remove_prefix(1);
  }
  if (core.empty()) return false;
  if (std::all_of(core.begin(), core.end(), [](char c) { return text::is_digit(c); }))
    return core.size() <= 3;
  if (core.size() == 1) return text::is_ascii_lower(core[0]) || text::is_ascii_upper(core[0]);
  return std::all_of(core.begin(), core.end(),
                     [](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

type_sizes measure_type(const std::vector<std::vector<row>>& pages) {
  std::map<double, std::size_t> text_by_size;
  for (const auto& rows : pages)
    for (const auto& r : rows)
      for (const auto& s : r.segments) text_by_size[rounded(r.height)] += s.text.size();
  type_sizes out;
  for (const auto& rows : pages)
    for (const auto& r : rows) out.right = std::max(out.right, r.right());
  std::size_t most = 0;
  for (const auto& [size, amount] : text_by_size)
    if (amount > most) {
      most = amount;
      out.body = size;
    }
  std::map<double, bool, std::greater<>> larger;
  for (const auto& rows : pages)
    for (const auto& r : rows)
      if (r.segments.size() == 1 && r.segments[0].words <= heading_max_words &&
          rounded(r.height) >= heading_ratio * out.body)
        larger[rounded(r.height)] = true;
  for (const auto& [size, _] : larger)
    if (out.headings.size() < 6) out.headings.push_back(size);
  return out;
}

}  // namespace minutes::parser::pdf
