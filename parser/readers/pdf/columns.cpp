// Reading order of one page (see pages.hpp). A page is in two columns when a vertical band
// near its middle is empty on nearly every row while prose stands on both sides of it;
// then each run of rows between full-width rows is read left column first. Lines follow
// in order, with a gap where the space above a line is wider than line spacing, and lines
// the typesetter wrapped (the next line's first word would not have fitted) are joined.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "parser/readers/pdf/pages.hpp"
#include "parser/text.hpp"

namespace minutes::parser::pdf {
namespace {

// ---- Limits and proportions -------------------------------------------------------------

// A line further below the one above than this many times its height starts a new block:
// line spacing is about one height (boxes of consecutive lines even overlap a little),
// paragraph spacing and blank lines add half a line or more.
constexpr double gap_pitch = 1.3;
// Lines of one paragraph are set in one size, within this share of their height.
constexpr double same_size = 0.05;
// Column detection needs this many rows with text on both sides of the gutter.
constexpr std::size_t min_column_rows = 6;
// The gutter is looked for in the middle half of the text's width.
constexpr double gutter_search_from = 0.25, gutter_search_to = 0.75;
// Prose columns: lines of at least this many words on average …
constexpr double prose_words = 5;
// … most of which reach near the column's right edge (within this share of its width).
constexpr double prose_reach = 0.15;
// The right margin of a page is where at least this many lines end, within this share of
// the text's width.
constexpr std::size_t margin_lines = 3;
constexpr double margin_share = 0.03;
// Indentation: one leading space per half word height, at most this many spaces.
constexpr int max_indent_spaces = 8;

// One line of a flow (the page, or one column of it).
struct piece {
  double top, bottom, height, x0, x1;
  std::vector<const segment*> segments;
  int flow = 0;  // 0: the whole page's width; 1: left column; 2: right column
};

piece whole(const row& r) {
  piece p{r.top, r.bottom, r.height, r.left(), r.right(), {}, 0};
  for (const auto& s : r.segments) p.segments.push_back(&s);
  return p;
}

// ---- Columns ----------------------------------------------------------------------------

struct gutter {
  double from = 0, to = 0;
  bool found = false;
};

bool prose(const std::vector<piece>& side) {
  if (side.size() < min_column_rows) return false;
  double words = 0, right = 0, left = side.front().x0;
  for (const auto& p : side) {
    for (const auto* s : p.segments) words += static_cast<double>(s->words);
    right = std::max(right, p.x1);
    left = std::min(left, p.x0);
  }
  std::size_t reach = std::count_if(side.begin(), side.end(), [&](const piece& p) {
    return p.x1 >= right - prose_reach * (right - left);
  });
  return words / static_cast<double>(side.size()) >= prose_words && 2 * reach >= side.size();
}

// The pieces of `r` entirely left (or right) of x.
piece side_of(const row& r, double x, bool left) {
  piece p{r.top, r.bottom, r.height, 0, 0, {}, left ? 1 : 2};
  for (const auto& s : r.segments)
    if (left ? s.x1 <= x : s.x0 >= x) p.segments.push_back(&s);
  if (!p.segments.empty()) {
    p.x0 = p.segments.front()->x0;
    p.x1 = p.segments.back()->x1;
  }
  return p;
}

bool crosses(const row& r, const gutter& g) {
  for (const auto& s : r.segments)
    if (s.x0 < g.to && s.x1 > g.from) return true;
  return false;
}

gutter find_gutter(const std::vector<row>& rows) {
  gutter g;
  if (rows.size() < min_column_rows) return g;
  double left = rows.front().left(), right = rows.front().right(), heights = 0;
  for (const auto& r : rows) {
    left = std::min(left, r.left());
    right = std::max(right, r.right());
    heights += r.height;
  }
  double width = right - left, em = heights / static_cast<double>(rows.size());
  if (!(width > 10 * em) || width > 100000) return g;
  // Rows covering each point across the text (difference array, then running sums).
  std::vector<int> cover(static_cast<std::size_t>(width) + 2, 0);
  for (const auto& r : rows)
    for (const auto& s : r.segments) {
      auto a = static_cast<std::size_t>(std::max(0.0, s.x0 - left));
      auto b = std::min(cover.size() - 1, static_cast<std::size_t>(std::ceil(s.x1 - left)));
      ++cover[a];
      --cover[b];
    }
  for (std::size_t x = 1; x < cover.size(); ++x) cover[x] += cover[x - 1];
  const int allowed = std::max(1, static_cast<int>(rows.size() / 10));  // titles across
  auto from = static_cast<std::size_t>(gutter_search_from * width);
  auto to = static_cast<std::size_t>(gutter_search_to * width);
  std::size_t best_from = 0, best_width = 0;
  for (std::size_t x = from; x < to;) {
    if (cover[x] > allowed) {
      ++x;
      continue;
    }
    std::size_t start = x;
    while (x < to && cover[x] <= allowed) ++x;
    if (x - start > best_width) {
      best_width = x - start;
      best_from = start;
    }
  }
  if (static_cast<double>(best_width) < em) return g;
  g.from = left + static_cast<double>(best_from);
  g.to = g.from + static_cast<double>(best_width);
  double mid = (g.from + g.to) / 2;
  std::vector<piece> lefts, rights;
  std::size_t both = 0;
  for (const auto& r : rows) {
    if (crosses(r, g)) continue;
    piece l = side_of(r, mid, true), rt = side_of(r, mid, false);
    both += !l.segments.empty() && !rt.segments.empty();
    if (!l.segments.empty()) lefts.push_back(std::move(l));
    if (!rt.segments.empty()) rights.push_back(std::move(rt));
  }
  g.found = both >= min_column_rows && prose(lefts) && prose(rights);
  return g;
}

// The page's pieces in reading order.
std::vector<piece> ordered(const std::vector<row>& rows) {
  std::vector<piece> out;
  gutter g = find_gutter(rows);
  if (!g.found) {
    for (const auto& r : rows) out.push_back(whole(r));
    return out;
  }
  double mid = (g.from + g.to) / 2;
  std::vector<piece> right;
  for (const auto& r : rows) {
    if (crosses(r, g)) {
      out.insert(out.end(), right.begin(), right.end());
      right.clear();
      out.push_back(whole(r));
      continue;
    }
    piece l = side_of(r, mid, true), rt = side_of(r, mid, false);
    if (!l.segments.empty()) out.push_back(std::move(l));
    if (!rt.segments.empty()) right.push_back(std::move(rt));
  }
  out.insert(out.end(), right.begin(), right.end());
  return out;
}

// ---- Lines ------------------------------------------------------------------------------

// A line that opens with a bullet or a list label starts a block of its own.
bool opens_item(std::string_view s) {
  std::size_t space = s.find_first_of(" \t");
  return list_label(s.substr(0, space)) || s.starts_with("\xE2\x80\xA2") ||
         s.starts_with("\xC2\xB7");
}

// A line that opens with a label ("Action:", "Resolved:") after a finished sentence starts
// a paragraph of its own, even where the sentence ended at the right margin.
bool opens_label(std::string_view prev, std::string_view s) {
  std::size_t space = s.find(' ');
  std::string_view first = s.substr(0, space);
  bool sentence_end = !prev.empty() && (prev.back() == '.' || prev.back() == ':' ||
                                        prev.back() == '?' || prev.back() == '!');
  return sentence_end && first.size() >= 2 && first.back() == ':' && text::is_ascii_upper(first[0]);
}

// A line in capitals ("EMPLOYMENT", "MAKING WORK PAY") is a heading, not the end of a
// wrapped sentence.
bool capitals(std::string_view s) {
  std::size_t upper = 0;
  for (char c : s) {
    if (text::is_ascii_lower(c)) return false;
    upper += text::is_ascii_upper(c);
  }
  return upper >= 3;
}

std::string text_of(const piece& p) {
  std::string out;
  for (const auto* s : p.segments) {
    if (!out.empty()) out.push_back('\t');
    out += s->text;
  }
  return out;
}

// The heading level of type `height`: 1 for the largest heading size; 0 for body text.
int heading_level(double height, const type_sizes& type) {
  for (std::size_t i = 0; i < type.headings.size(); ++i)
    if (std::abs(height - type.headings[i]) <= 0.3) return static_cast<int>(i) + 1;
  return 0;
}

}  // namespace

std::vector<text_line> reading_order(const std::vector<row>& rows, const type_sizes& type,
                                     double width) {
  std::vector<piece> pieces = ordered(rows);
  std::vector<text_line> out;
  if (pieces.empty()) return out;
  // Left and right edges of each flow: the page, its left column, its right column.
  double lefts[3] = {1e300, 1e300, 1e300}, rights[3] = {-1e300, -1e300, -1e300};
  for (const auto& p : pieces) {
    lefts[p.flow] = std::min(lefts[p.flow], p.x0);
    rights[p.flow] = std::max(rights[p.flow], p.x1);
  }
  // The right margin is where several lines end. A page whose longest line stands alone
  // (short lines only) does not show it: the widest text of the whole document does, and so
  // does the left margin mirrored (margins are seldom narrower on the right).
  std::size_t reaching = 0;
  for (const auto& p : pieces)
    reaching += p.flow == 0 && p.x1 >= rights[0] - margin_share * (rights[0] - lefts[0]);
  if (reaching < margin_lines) rights[0] = std::max({rights[0], type.right, width - lefts[0]});
  const piece* prev = nullptr;
  double prev_left = 0;  // left edge of the first line of the current line (after joins)
  for (const auto& p : pieces) {
    const double flow_left = lefts[p.flow], flow_right = rights[p.flow];
    std::string text = text_of(p);
    int level = p.segments.size() == 1 ? heading_level(p.height, type) : 0;
    bool gap = prev != nullptr && p.top > prev->top &&
               p.top - prev->top > gap_pitch * std::min(p.height, prev->height);
    bool same_type = prev != nullptr && std::abs(p.height - prev->height) <= same_size * p.height;
    if (prev != nullptr && !gap && same_type && p.flow == prev->flow && !out.empty() &&
        p.segments.size() == 1 && prev->segments.size() == 1 && !opens_item(text) &&
        !opens_label(out.back().text, text) && !capitals(text) && p.top > prev->top) {
      // Wrapped: the line above ends near the right edge, where this line's first word
      // would not have fitted.
      std::size_t first_word = text.find(' ');
      if (first_word == std::string::npos) first_word = text.size();
      double word_width = (p.x1 - p.x0) * static_cast<double>(first_word + 1) /
                          static_cast<double>(std::max<std::size_t>(text.size(), 1));
      bool wrapped = prev->x1 + word_width + 0.3 * p.height >= flow_right;
      bool aligned = p.x0 <= prev_left + 3 * p.height && p.x0 >= flow_left - 1;
      if (wrapped && aligned) {
        std::string& last = out.back().text;
        if (!last.empty() && last.back() != '-') last.push_back(' ');
        last += text;
        prev = &p;
        continue;
      }
    }
    text_line line;
    line.gap_before = gap || level > 0 || (!out.empty() && out.back().heading > 0);
    line.heading = level;
    double offset = p.x0 - flow_left;
    if (offset >= 0.8 * p.height && level == 0) {
      int spaces = std::min(max_indent_spaces, static_cast<int>(offset / (0.5 * p.height)));
      line.text.assign(static_cast<std::size_t>(spaces), ' ');
    }
    line.text += text;
    out.push_back(std::move(line));
    prev = &p;
    prev_left = p.x0;
  }
  return out;
}

}  // namespace minutes::parser::pdf
