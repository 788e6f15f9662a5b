// Type sizes, line spacing, the text margin and list labels (see pages.hpp). The body size
// is the font size that carries the most text; headings are the short rows set larger than
// it by a clear margin, and each larger size is a higher level. Line spacing is measured
// per size from baseline to baseline; the text margin is where the body's lines start. A
// few passes over every row, so linear in the document's size (plus one sort of the rows'
// left edges).
#include <algorithm>
#include <map>

#include "parser/readers/pdf/pages.hpp"
#include "parser/text.hpp"

namespace minutes::parser::pdf {
namespace {

// Heading type is at least this much larger than body type: 14 pt over 12 pt, 13 over 11;
// the half-point differences between a document's body fonts are no headings.
constexpr double heading_ratio = 1.15;
// Sizes are compared in steps of this many points.
constexpr double size_step = 0.5;
// Baseline distances are counted in steps of this many points …
constexpr double pitch_step = 0.5;
// … between these multiples of the type size (closer is one line; further, a page break or
// a figure between).
constexpr double pitch_from = 0.8, pitch_to = 3.0;
// The line spacing is the smallest distance found at least `pitch_share` as often as the
// most common one, and at least `pitch_seen` times: where most lines are one-line
// paragraphs with space after each (Word's Normal style), the space is the most common
// distance, but the wrapped lines still show the spacing; a few superscripts lifting a
// baseline do not.
constexpr double pitch_share = 0.1;
constexpr std::size_t pitch_seen = 3;
// Without measurements, lines are this many times their type size apart.
constexpr double default_pitch = 1.2;
// The text margin is the leftmost place where lines carrying at least this share of the
// document's text start (weighted by the text of each line's first cell, so numbers set in
// the margin, "22-0073  1.  ROLL CALL", do not make a margin of their own) …
constexpr double margin_text_share = 0.05;
// … within this many points of each other.
constexpr double margin_tolerance = 3.0;

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

double type_sizes::pitch(double size) const {
  size = rounded(size);
  for (const auto& [s, p] : pitches)
    if (s == size) return p;
  for (const auto& [s, p] : pitches)
    if (std::abs(s - body) <= size_step / 2 && s > 0) return p * size / s;
  return default_pitch * size;
}

int type_sizes::level(double size) const {
  size = rounded(size);
  for (std::size_t i = 0; i < headings.size(); ++i)
    if (headings[i] == size) return static_cast<int>(i) + 1;
  return 0;
}

namespace {

// The line spacing of each type size, from the baselines of consecutive rows in that size.
std::vector<std::pair<double, double>> measure_pitches(const std::vector<std::vector<row>>& pages) {
  std::map<double, std::map<long, std::size_t>> counts;  // size → distance step → rows
  for (const auto& rows : pages)
    for (std::size_t i = 1; i < rows.size(); ++i) {
      double size = rounded(rows[i].size);
      if (rounded(rows[i - 1].size) != size) continue;
      double d = rows[i].base - rows[i - 1].base;
      if (d < pitch_from * size || d > pitch_to * size) continue;
      ++counts[size][static_cast<long>(d / pitch_step + 0.5)];
    }
  std::vector<std::pair<double, double>> out;
  for (const auto& [size, steps] : counts) {
    std::size_t most = 0;
    for (const auto& [step, n] : steps) most = std::max(most, n);
    for (const auto& [step, n] : steps)
      if (n == most ||
          (n >= pitch_seen && static_cast<double>(n) >= pitch_share * static_cast<double>(most))) {
        out.emplace_back(size, static_cast<double>(step) * pitch_step);
        break;
      }
  }
  return out;
}

// The leftmost x where lines carrying `margin_text_share` of the text start.
double measure_margin(const std::vector<std::vector<row>>& pages, double heading_size) {
  std::vector<std::pair<double, std::size_t>> starts;  // first cell's left edge, its text
  std::size_t total = 0;
  for (const auto& rows : pages)
    for (const auto& r : rows) {
      if (rounded(r.size) >= heading_size) continue;
      starts.emplace_back(r.left(), r.segments.front().text.size());
      total += r.segments.front().text.size();
    }
  if (starts.empty()) return 0;
  std::sort(starts.begin(), starts.end());
  const double wanted = margin_text_share * static_cast<double>(total);
  std::size_t in_window = 0;
  for (std::size_t from = 0, to = 0; from < starts.size(); ++from) {
    while (to < starts.size() && starts[to].first <= starts[from].first + margin_tolerance)
      in_window += starts[to++].second;
    if (static_cast<double>(in_window) >= wanted) return starts[from].first;
    in_window -= starts[from].second;
  }
  return starts.front().first;
}

}  // namespace

type_sizes measure_type(const std::vector<std::vector<row>>& pages) {
  std::map<double, std::size_t> text_by_size;
  for (const auto& rows : pages)
    for (const auto& r : rows)
      for (const auto& s : r.segments) text_by_size[rounded(r.size)] += s.text.size();
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
          rounded(r.size) >= heading_ratio * out.body)
        larger[rounded(r.size)] = true;
  for (const auto& [size, _] : larger)
    if (out.headings.size() < 6) out.headings.push_back(size);
  out.pitches = measure_pitches(pages);
  out.margin = measure_margin(pages, out.headings.empty() ? 1e300 : out.headings.back());
  return out;
}

}  // namespace minutes::parser::pdf
