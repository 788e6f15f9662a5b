// Columns of one page (see flow.hpp). A page is in two columns when a vertical band near
// its middle is empty on nearly every row while prose stands on both sides of it; then each
// run of rows between full-width rows is read left column first.
#include <algorithm>
#include <cmath>

#include "parser/readers/pdf/flow.hpp"

namespace minutes::parser::pdf {
namespace {

// Column detection needs this many rows with text on both sides of the gutter.
constexpr std::size_t min_column_rows = 6;
// The gutter is looked for in the middle half of the text's width.
constexpr double gutter_search_from = 0.25, gutter_search_to = 0.75;
// Prose columns: lines of at least this many words on average …
constexpr double prose_words = 5;
// … most of which reach near the column's right edge (within this share of its width).
constexpr double prose_reach = 0.15;

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
  piece p{r.top, r.bottom, r.height, r.size, r.base, 0, 0, {}, left ? 1 : 2};
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

}  // namespace

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

}  // namespace minutes::parser::pdf
