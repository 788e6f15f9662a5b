// Word boxes into rows (see pages.hpp). Words are sorted by their vertical centre and
// gathered while they overlap the row vertically (a superscript still belongs to its line);
// each row is then read left to right, with a space where the words are apart and a new
// segment where the gap is as wide as a column gap.
//
// Box heights are not type sizes: poppler gives every word of a line the line's tallest
// ascent, so one glyph from a taller font (a curly quote, a symbol bullet, an emoji) makes
// the whole line look larger and its top higher. Rows therefore carry the font size of
// most of their text and a baseline (the bottom edge, which such glyphs leave alone), and
// words far taller than the page's usual type join the rows they stand beside instead of
// pulling neighbouring lines into one row.
#include <poppler-page.h>

#include <algorithm>
#include <map>

#include "parser/readers/pdf/pages.hpp"

namespace minutes::parser::pdf {
namespace {

// A gap of at least this many word heights (about one em) between two words on a row is a
// column gap: justified text never spaces words that far apart.
constexpr double column_gap_heights = 1.0;
// A gap of at least this much of a word height is a space between words.
constexpr double space_heights = 0.15;
// Two words overlapping this share of the smaller height stand on one row.
constexpr double row_overlap = 0.5;
// A word this many times taller than the page's median word is an outsize glyph (an emoji,
// a drop cap, a heading): grouped after the ordinary words, so it cannot bridge two lines.
constexpr double outsize_ratio = 1.6;
// An outsize word is compared with at most this many rows beside it: a real glyph spans a
// few lines, and the bound keeps a page of thousands of stacked hairline rows linear.
constexpr std::size_t outsize_rows = 64;
// A list label is kept with the text after it across a gap narrower than this many heights
// (a hanging indent); wider, it is a cell of its own.
constexpr double label_gap_heights = 4.0;

struct word {
  double x0, x1, top, bottom;
  double size;  // font size in points (the box height when poppler does not know it)
  std::string text;
  bool space_after;
  double height() const { return bottom - top; }
  double centre() const { return (top + bottom) / 2; }
};

std::vector<word> words_of(const poppler::page& page) {
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  std::vector<word> out;
  out.reserve(boxes.size());
  for (const auto& b : boxes) {
    if (b.rotation() != 0) continue;
    poppler::byte_array utf8 = b.text().to_utf8();
    if (utf8.empty()) continue;
    poppler::rectf r = b.bbox();
    if (!(r.width() >= 0) || !(r.height() > 0)) continue;  // also rejects NaN
    double size = b.get_font_size();
    if (!(size > 0) || size > 10 * r.height()) size = r.height();
    out.push_back({r.left(), r.right(), r.top(), r.bottom(), size,
                   std::string(utf8.data(), utf8.size()), b.has_space_after()});
  }
  return out;
}

// The value of `key` that most characters of `ws` have (ties: the smaller).
template <typename Key>
double by_most_text(const std::vector<word>& ws, Key key) {
  std::map<double, std::size_t> amount;
  for (const auto& w : ws) amount[key(w)] += w.text.size();
  double best = key(ws.front());
  std::size_t most = 0;
  for (const auto& [value, n] : amount)
    if (n > most) {
      most = n;
      best = value;
    }
  return best;
}

// Font sizes are compared in tenths of a point, baselines in quarters.
double tenth(double v) {
  return static_cast<double>(static_cast<long>(v * 10 + 0.5)) / 10;
}
double quarter(double v) {
  return static_cast<double>(static_cast<long>(v * 4 + 0.5)) / 4;
}

row make_row(std::vector<word>& ws) {
  std::sort(ws.begin(), ws.end(), [](const word& a, const word& b) { return a.x0 < b.x0; });
  row r;
  r.top = ws.front().top;
  r.bottom = ws.front().bottom;
  for (const auto& w : ws) {
    r.top = std::min(r.top, w.top);
    r.bottom = std::max(r.bottom, w.bottom);
  }
  r.size = by_most_text(ws, [](const word& w) { return tenth(w.size); });
  r.height = by_most_text(ws, [](const word& w) { return tenth(w.height()); });
  r.base = by_most_text(ws, [](const word& w) { return quarter(w.bottom); });
  const word* prev = nullptr;
  for (const auto& w : ws) {
    double gap = prev ? w.x0 - prev->x1 : 0;
    // The same word printed twice in one place (fake bold, shadows) is one word.
    if (prev && w.text == prev->text && std::abs(w.x0 - prev->x0) < 0.2 * r.height) continue;
    // A list label set apart from its text by a hanging indent ("•", "1.") opens the text,
    // wherever it stands on the row ("22-0073 <gap> 1. <gap> ROLL CALL" keeps "1. ROLL CALL").
    bool label_gap = prev && r.segments.back().words == 1 && gap < label_gap_heights * r.height &&
                     list_label(r.segments.back().text);
    if (!prev || (gap >= column_gap_heights * r.height && !label_gap)) {
      r.segments.push_back({w.x0, w.x1, w.text, 1, w.x0});
    } else {
      segment& s = r.segments.back();
      if (label_gap) s.body = w.x0;
      if (prev->space_after || gap >= space_heights * r.height) s.text.push_back(' ');
      s.text += w.text;
      s.x1 = std::max(s.x1, w.x1);
      ++s.words;
    }
    prev = &w;
  }
  return r;
}

// Groups `words` (sorted by centre) into rows of words that overlap vertically.
std::vector<std::vector<word>> group(std::vector<word>& words) {
  std::vector<std::vector<word>> rows;
  double top = 0, bottom = 0;
  for (auto& w : words) {
    if (!rows.empty()) {
      double overlap = std::min(bottom, w.bottom) - std::max(top, w.top);
      double smaller = std::min(bottom - top, w.height());
      if (overlap < row_overlap * smaller) rows.emplace_back();
    } else {
      rows.emplace_back();
    }
    if (rows.back().empty()) {
      top = w.top;
      bottom = w.bottom;
    } else {
      top = std::min(top, w.top);
      bottom = std::max(bottom, w.bottom);
    }
    rows.back().push_back(std::move(w));
  }
  return rows;
}

}  // namespace

std::vector<row> page_rows(const poppler::page& page) {
  std::vector<word> words = words_of(page);
  if (words.empty()) return {};
  std::vector<double> heights;
  heights.reserve(words.size());
  for (const auto& w : words) heights.push_back(w.height());
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                   heights.end());
  const double usual = heights[heights.size() / 2];
  std::vector<word> ordinary, outsize;
  for (auto& w : words) (w.height() > outsize_ratio * usual ? outsize : ordinary).push_back(w);
  auto by_centre = [](const word& a, const word& b) { return a.centre() < b.centre(); };
  std::stable_sort(ordinary.begin(), ordinary.end(), by_centre);
  std::stable_sort(outsize.begin(), outsize.end(), by_centre);
  std::vector<std::vector<word>> groups = group(ordinary);
  // An outsize word joins the row whose line it covers most of, the nearest by centre when
  // it covers several; the others form rows of their own (headings, titles).
  struct band {
    double top, bottom;
    std::size_t group;
  };
  std::vector<band> bands;  // each group's extent, sorted by top
  double tallest = 0;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    band b{groups[i].front().top, groups[i].front().bottom, i};
    for (const auto& o : groups[i]) {
      b.top = std::min(b.top, o.top);
      b.bottom = std::max(b.bottom, o.bottom);
    }
    tallest = std::max(tallest, b.bottom - b.top);
    bands.push_back(b);
  }
  std::sort(bands.begin(), bands.end(), [](const band& x, const band& y) { return x.top < y.top; });
  std::vector<word> alone;
  for (auto& w : outsize) {
    // Only groups starting within `tallest` above the word can overlap it.
    auto it = std::lower_bound(bands.begin(), bands.end(), w.top - tallest,
                               [](const band& x, double top) { return x.top < top; });
    const band* best = nullptr;
    double distance = 0;
    for (std::size_t seen = 0; it != bands.end() && it->top < w.bottom && seen < outsize_rows;
         ++it, ++seen) {
      double overlap = std::min(it->bottom, w.bottom) - std::max(it->top, w.top);
      if (overlap < row_overlap * (it->bottom - it->top)) continue;
      double d = std::abs((it->top + it->bottom) / 2 - w.centre());
      if (!best || d < distance) {
        best = &*it;
        distance = d;
      }
    }
    if (best)
      groups[best->group].push_back(std::move(w));
    else
      alone.push_back(std::move(w));
  }
  for (auto& g : group(alone)) groups.push_back(std::move(g));
  std::vector<row> rows;
  rows.reserve(groups.size());
  for (auto& g : groups) rows.push_back(make_row(g));
  std::stable_sort(rows.begin(), rows.end(),
                   [](const row& a, const row& b) { return a.top + a.bottom < b.top + b.bottom; });
  return rows;
}

}  // namespace minutes::parser::pdf
