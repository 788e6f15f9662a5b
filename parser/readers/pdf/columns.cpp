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

// A line whose baseline is further below the one above than the line spacing of its type
// (measured over the document, type_sizes::pitch) plus this share of its size starts a new
// block: Word's smallest paragraph spacing (6 pt after 12 pt type) adds half, a blank line a
// whole line; superscripts and taller glyphs move a baseline by far less.
constexpr double gap_slack = 0.35;
// Lines of one paragraph are set in one size, within this share of it.
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
// Indentation: one leading space per half word height, at most this many spaces (deep
// enough for five levels of nested bullets, short of turning a signature set at the right
// into a line of spaces).
constexpr int max_indent_spaces = 24;
// A line whose middle is within this many heights of the text block's middle, and which
// starts at least `centred_offset` heights in, is centred: a title, not an indented line —
// when no other line of the page starts where it starts (within `aligned_points`) and it
// stands apart (space above and below its run of centred lines): an indented paragraph or
// list line may happen to be centred too, but it shares its left edge with its neighbours.
constexpr double centred_slack = 1.0, centred_offset = 2.0, aligned_points = 1.0;

// One line of a flow (the page, or one column of it).
struct piece {
  double top, bottom, height, size, base, x0, x1;
  std::vector<const segment*> segments;
  int flow = 0;  // 0: the whole page's width; 1: left column; 2: right column
};

piece whole(const row& r) {
  piece p{r.top, r.bottom, r.height, r.size, r.base, r.left(), r.right(), {}, 0};
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

std::size_t word_count(const piece& p) {
  std::size_t n = 0;
  for (const auto* s : p.segments) n += s->words;
  return n;
}

}  // namespace

bool starts_lowercase(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  if (s.empty()) return false;
  if (text::is_ascii_lower(s[0])) return true;
  // Two-byte UTF-8 letters of Latin-1 and Latin Extended-A: lowercase ones are most of
  // C3 9F–BF and the odd code points of C4–C5.
  auto b0 = static_cast<unsigned char>(s[0]);
  if (s.size() < 2 || b0 < 0xC3 || b0 > 0xC5) return false;
  auto b1 = static_cast<unsigned char>(s[1]);
  return b0 == 0xC3 ? b1 >= 0x9F && b1 != 0xB7 : (b1 & 1) == 1;
}

bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == ')')) s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == '?' || s.back() == '!' ||
                        s.back() == ';');
}

bool runs_on(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s.ends_with(',') || s.ends_with('-') || s.ends_with('&') || s.ends_with('/') ||
         s.ends_with("\xE2\x80\x93") || s.ends_with("\xE2\x80\x94");
}

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
  // Indentation counts from the text margin: the document's for full-width lines (so a
  // paragraph at the margin has none on every page, whatever stands left of it), each
  // column's own left edge for columns.
  const double margins[3] = {type.margin > 0 ? type.margin : lefts[0], lefts[1], lefts[2]};
  // The right margin is where several lines end. A page whose longest line stands alone
  // (short lines only) does not show it: the widest text of the whole document does, and so
  // does the left margin mirrored (margins are seldom narrower on the right).
  std::size_t reaching = 0;
  for (const auto& p : pieces)
    reaching += p.flow == 0 && p.x1 >= rights[0] - margin_share * (rights[0] - lefts[0]);
  if (reaching < margin_lines) rights[0] = std::max({rights[0], type.right, width - lefts[0]});
  // Space above each piece, and whether it sits in the middle of the text block.
  std::vector<char> gaps(pieces.size(), 0), symmetric(pieces.size(), 0);
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const piece& p = pieces[k];
    if (k > 0) {
      const piece& q = pieces[k - 1];
      gaps[k] =
          p.base > q.base && p.base - q.base > std::max(type.pitch(p.size), type.pitch(q.size)) +
                                                   gap_slack * std::min(p.size, q.size);
    }
    const double margin = margins[p.flow];
    symmetric[k] =
        p.segments.size() == 1 && p.x0 - margin >= centred_offset * p.height &&
        std::abs((p.x0 + p.x1) / 2 - (margin + rights[p.flow]) / 2) <= centred_slack * p.height;
  }
  // Only lines that are not centred themselves count as sharing a left edge.
  std::vector<std::pair<int, double>> starts;  // (flow, left edge) of those pieces, sorted
  for (std::size_t k = 0; k < pieces.size(); ++k)
    if (!symmetric[k]) starts.emplace_back(pieces[k].flow, pieces[k].x0);
  std::sort(starts.begin(), starts.end());
  std::vector<char> aligned(pieces.size(), 0);
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const piece& p = pieces[k];
    auto from = std::lower_bound(starts.begin(), starts.end(),
                                 std::pair<int, double>{p.flow, p.x0 - aligned_points});
    auto to =
        std::upper_bound(from, starts.end(), std::pair<int, double>{p.flow, p.x0 + aligned_points});
    aligned[k] = to != from;
  }
  for (std::size_t k = 0; k < pieces.size(); ++k)
    if (aligned[k]) symmetric[k] = 0;
  // A run of lines stands apart where space or a change of type size bounds it.
  auto apart = [&](std::size_t k) {  // between pieces k - 1 and k
    return k == 0 || k == pieces.size() || gaps[k] ||
           std::abs(pieces[k].size - pieces[k - 1].size) > same_size * pieces[k].size;
  };
  // Centred lines stand apart: each run of them has space above and below.
  std::vector<char> centred(pieces.size(), 0);
  for (std::size_t a = 0; a < pieces.size();) {
    if (!symmetric[a]) {
      ++a;
      continue;
    }
    std::size_t b = a;
    while (b + 1 < pieces.size() && symmetric[b + 1] && !gaps[b + 1]) ++b;
    for (std::size_t k = a; k <= b; ++k) centred[k] = apart(a) && apart(b + 1);
    a = b + 1;
  }
  const piece* prev = nullptr;
  double prev_left = 0;  // left edge of the first line of the current line (after joins)
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const piece& p = pieces[k];
    const double flow_left = lefts[p.flow], flow_right = rights[p.flow];
    std::string text = text_of(p);
    const bool gap = gaps[k];
    bool same_type = prev != nullptr && std::abs(p.size - prev->size) <= same_size * p.size;
    if (prev != nullptr && !gap && same_type && p.flow == prev->flow && !out.empty() &&
        p.segments.size() == 1 && prev->segments.size() == 1 && !opens_item(text) &&
        !opens_label(out.back().text, text) && !capitals(text) && p.base > prev->base) {
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
    // Larger type is a heading when the line is short and no sentence runs through it: the
    // line above (no space between) does not run on into it, and the line below does not
    // carry on in lowercase.
    int level =
        p.segments.size() == 1 && word_count(p) <= heading_max_words ? type.level(p.size) : 0;
    if (level > 0 && starts_lowercase(text)) level = 0;
    // A line in heading type right under another (no space between) goes on with the
    // heading's block — an address under a title — as plain text.
    if (level > 0 && prev != nullptr && !gap && p.flow == prev->flow && !out.empty() &&
        (type.level(prev->size) == level ||
         (out.back().heading == 0 && !ends_sentence(out.back().text))))
      level = 0;
    if (level > 0 && k + 1 < pieces.size()) {
      const piece& next = pieces[k + 1];
      if (!gaps[k + 1] && next.flow == p.flow && type.level(next.size) == 0 &&
          starts_lowercase(text_of(next)))
        level = 0;
    }
    text_line line;
    line.gap_before = gap || level > 0 || (!out.empty() && out.back().heading > 0);
    line.heading = level;
    const double margin = margins[p.flow];
    double offset = p.x0 - margin;
    if (offset >= 0.8 * p.height && level == 0 && !centred[k]) {
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
