// Word boxes into rows (see pages.hpp). Words are sorted by their vertical centre and
// gathered while they overlap the row vertically (a superscript still belongs to its line);
// each row is then read left to right, with a space where the words are apart and a new
// segment where the gap is as wide as a column gap.
#include <poppler-page.h>

#include <algorithm>

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

struct word {
  double x0, x1, top, bottom;
  std::string text;
  bool space_after;
  double height() const { return bottom - top; }
  double centre() const { return (top + bottom) / 2; }
};

std::vector<word> words_of(const poppler::page& page) {
  std::vector<poppler::text_box> boxes = page.text_list();
  std::vector<word> out;
  out.reserve(boxes.size());
  for (const auto& b : boxes) {
    if (b.rotation() != 0) continue;
    poppler::byte_array utf8 = b.text().to_utf8();
    if (utf8.empty()) continue;
    poppler::rectf r = b.bbox();
    if (!(r.width() >= 0) || !(r.height() > 0)) continue;  // also rejects NaN
    out.push_back({r.left(), r.right(), r.top(), r.bottom(), std::string(utf8.data(), utf8.size()),
                   b.has_space_after()});
  }
  return out;
}

row make_row(std::vector<word>& ws) {
  std::sort(ws.begin(), ws.end(), [](const word& a, const word& b) { return a.x0 < b.x0; });
  row r;
  r.top = ws.front().top;
  r.bottom = ws.front().bottom;
  double heights = 0;
  for (const auto& w : ws) {
    r.top = std::min(r.top, w.top);
    r.bottom = std::max(r.bottom, w.bottom);
    heights += w.height();
  }
  r.height = heights / static_cast<double>(ws.size());
  const word* prev = nullptr;
  for (const auto& w : ws) {
    double gap = prev ? w.x0 - prev->x1 : 0;
    // The same word printed twice in one place (fake bold, shadows) is one word.
    if (prev && w.text == prev->text && std::abs(w.x0 - prev->x0) < 0.2 * r.height) continue;
    // A list label set apart from its text by a hanging indent ("•", "1.") opens the text.
    bool label_gap = prev && r.segments.size() == 1 && r.segments[0].words == 1 &&
                     gap < 4 * r.height && list_label(r.segments[0].text);
    if (!prev || (gap >= column_gap_heights * r.height && !label_gap)) {
      r.segments.push_back({w.x0, w.x1, w.text, 1});
    } else {
      segment& s = r.segments.back();
      if (prev->space_after || gap >= space_heights * r.height) s.text.push_back(' ');
      s.text += w.text;
      s.x1 = std::max(s.x1, w.x1);
      ++s.words;
    }
    prev = &w;
  }
  return r;
}

}  // namespace

std::vector<row> page_rows(const poppler::page& page) {
  std::vector<word> words = words_of(page);
  std::stable_sort(words.begin(), words.end(),
                   [](const word& a, const word& b) { return a.centre() < b.centre(); });
  std::vector<row> rows;
  std::vector<word> current;
  double top = 0, bottom = 0;
  for (auto& w : words) {
    if (!current.empty()) {
      double overlap = std::min(bottom, w.bottom) - std::max(top, w.top);
      double smaller = std::min(bottom - top, w.height());
      if (overlap < row_overlap * smaller) {
        rows.push_back(make_row(current));
        current.clear();
      }
    }
    if (current.empty()) {
      top = w.top;
      bottom = w.bottom;
    } else {
      top = std::min(top, w.top);
      bottom = std::max(bottom, w.bottom);
    }
    current.push_back(std::move(w));
  }
  if (!current.empty()) rows.push_back(make_row(current));
  return rows;
}

}  // namespace minutes::parser::pdf
