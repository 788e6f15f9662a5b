// Lines of one page in reading order (see pages.hpp): pieces of the page's flows (flow.hpp)
// rendered as text lines — with a gap where the baseline stands further below the last than
// the document's line spacing, lines the typesetter wrapped (the next line's first word
// would not have fitted) joined, larger type marked as headings, and indentation counted
// from the text margin.
#include <algorithm>
#include <cmath>

#include "parser/readers/pdf/flow.hpp"
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
// The right margin of a page is where at least this many lines end, within this share of
// the text's width.
constexpr std::size_t margin_lines = 3;
constexpr double margin_share = 0.03;
// Indentation: one leading space per half word height, at most this many spaces (deep
// enough for five levels of nested bullets, short of turning a signature set at the right
// into a line of spaces).
constexpr int max_indent_spaces = 24;
// Gaps narrower than this many heights inside a line that goes on a paragraph and fills it
// to the right margin are wide spaces of justified text or a tab typed mid-sentence, not
// table cells — when the text after each gap runs on for `soft_words` words or more (an
// owner's initials set off at the right, "… by 15 April.   GF", stay a cell).
constexpr double soft_gap_heights = 1.5;
constexpr std::size_t soft_words = 3;
// A line that goes on the last cell of a row starts within this many heights of the cell.
constexpr double cell_slack = 0.5;
// A line whose middle is within this many heights of the text block's middle, and which
// starts at least `centred_offset` heights in, is centred: a title, not an indented line —
// when no other line of the page starts where it starts (within `aligned_points`) and it
// stands apart (space above and below its run of centred lines): an indented paragraph or
// list line may happen to be centred too, but it shares its left edge with its neighbours.
constexpr double centred_slack = 1.0, centred_offset = 2.0, aligned_points = 1.0;

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

// True when `p` is one segment, or running text whose gaps are wide spaces: narrow, with
// words running on after each, and the line filled to `right`.
bool soft(const piece& p, double right) {
  if (p.segments.size() == 1) return true;
  if (p.x1 < right - p.height) return false;
  for (std::size_t i = 1; i < p.segments.size(); ++i)
    if (p.segments[i]->x0 - p.segments[i - 1]->x1 >= soft_gap_heights * p.height ||
        p.segments[i]->words < soft_words)
      return false;
  return true;
}

// The text of `p`, its segments joined by `separator`.
std::string text_of(const piece& p, char separator) {
  std::string out;
  for (const auto* s : p.segments) {
    if (!out.empty()) out.push_back(separator);
    out += s->text;
  }
  return out;
}

std::size_t word_count(const piece& p) {
  std::size_t n = 0;
  for (const auto* s : p.segments) n += s->words;
  return n;
}

// Which of `pieces` are centred titles: in the middle of their flow (between `margins` and
// `rights`), sharing their left edge with no line that is not, and standing apart — space
// (`gaps`) or a change of type size above and below their run.
std::vector<char> centred_lines(const std::vector<piece>& pieces, const std::vector<char>& gaps,
                                const double (&margins)[3], const double (&rights)[3]) {
  std::vector<char> symmetric(pieces.size(), 0);
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const piece& p = pieces[k];
    const double margin = margins[p.flow];
    symmetric[k] =
        p.segments.size() == 1 && p.x0 - margin >= centred_offset * p.height &&
        std::abs((p.x0 + p.x1) / 2 - (margin + rights[p.flow]) / 2) <= centred_slack * p.height;
  }
  std::vector<std::pair<int, double>> starts;  // (flow, left edge) of the others, sorted
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
  auto apart = [&](std::size_t k) {  // between pieces k - 1 and k
    return k == 0 || k == pieces.size() || gaps[k] ||
           std::abs(pieces[k].size - pieces[k - 1].size) > same_size * pieces[k].size;
  };
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
  return centred;
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
  return s.ends_with(',') || s.ends_with(':') || s.ends_with('-') || s.ends_with('&') ||
         s.ends_with('/') || s.ends_with("\xE2\x80\x93") || s.ends_with("\xE2\x80\x94");
}

void write_checkbox(std::string& s) {
  static constexpr std::string_view bullets[] = {"\xE2\x80\xA2 ", "\xC2\xB7 ", "- "};
  std::size_t at = 0;
  for (auto b : bullets)
    if (std::string_view(s).starts_with(b)) at = b.size();
  std::string_view box = std::string_view(s).substr(at, 3);
  if (box == "\xE2\x98\x90")
    s.replace(at, 3, "[ ]");
  else if (box == "\xE2\x98\x91" || box == "\xE2\x98\x92")
    s.replace(at, 3, "[x]");
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
  // Space above each piece.
  std::vector<char> gaps(pieces.size(), 0);
  for (std::size_t k = 1; k < pieces.size(); ++k) {
    const piece &p = pieces[k], &q = pieces[k - 1];
    gaps[k] =
        p.base > q.base && p.base - q.base > std::max(type.pitch(p.size), type.pitch(q.size)) +
                                                 gap_slack * std::min(p.size, q.size);
  }
  const std::vector<char> centred = centred_lines(pieces, gaps, margins, rights);
  const piece* prev = nullptr;
  double prev_left = 0;     // left edge of the first line of the current line (after joins)
  bool prev_cells = false;  // the current line is a row of cells (TABs), not running text
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const piece& p = pieces[k];
    const double flow_left = lefts[p.flow], flow_right = rights[p.flow];
    std::string text = text_of(p, '\t');
    const bool gap = gaps[k] != 0;
    bool same_type = prev != nullptr && std::abs(p.size - prev->size) <= same_size * p.size;
    if (prev != nullptr && !gap && same_type && p.flow == prev->flow && !out.empty() &&
        soft(p, flow_right) && !opens_item(text) && !opens_label(out.back().text, text) &&
        !capitals(text) && p.base > prev->base) {
      // Wrapped: the line above ends near the right edge, where this line's first word
      // would not have fitted; this line starts under the paragraph (a hanging indent is
      // fine) or, below a row of cells, under the last cell's text.
      std::string words = text_of(p, ' ');
      std::size_t first_word = words.find(' ');
      if (first_word == std::string::npos) first_word = words.size();
      double word_width =
          (p.segments.front()->x1 - p.x0) * static_cast<double>(first_word + 1) /
          static_cast<double>(std::max<std::size_t>(p.segments.front()->text.size(), 1));
      bool wrapped = prev->x1 + word_width + 0.3 * p.height >= flow_right;
      const segment& cell = *prev->segments.back();
      bool aligned = !prev_cells ? p.x0 <= prev_left + 3 * p.height && p.x0 >= flow_left - 1
                                 : std::min(std::abs(p.x0 - cell.x0), std::abs(p.x0 - cell.body)) <=
                                       cell_slack * p.height;
      if (wrapped && aligned) {
        std::string& last = out.back().text;
        if (!last.empty() && last.back() != '-') last.push_back(' ');
        last += words;
        if (prev_cells) prev_left = p.x0;
        prev_cells = false;
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
          starts_lowercase(text_of(next, '\t')))
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
    write_checkbox(text);
    line.text += text;
    out.push_back(std::move(line));
    prev_cells = p.segments.size() > 1;
    prev = &p;
    prev_left = p.x0;
  }
  return out;
}

}  // namespace minutes::parser::pdf
