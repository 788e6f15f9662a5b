// PDF pages as positioned lines (PDF reader, step 1 of 2): the intermediate form between
// poppler's word boxes and the rendered text. A page is rows of words that share a
// baseline, each row cut into segments where a wide horizontal gap separates its words (table
// cells, columns, right-margin notes). Running headers, footers and page numbers are taken
// out across pages; then each page is put in reading order as text lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace poppler {
class page;
}

namespace minutes::parser::pdf {

// Words of one row that stand close together.
struct segment {
  double x0 = 0, x1 = 0;  // left and right edge, points
  std::string text;       // words joined by spaces, UTF-8
  std::size_t words = 0;
  double body = 0;  // left edge of the text after a list label set apart ("1.  Title"), else x0
};

// Words sharing a baseline, left to right, in segments.
struct row {
  double top = 0, bottom = 0;  // points from the top of the page
  double height = 0;           // box height of most of its words (about one em)
  double size = 0;             // font size of most of its text, points
  double base = 0;             // bottom edge of most of its words: the line's baseline
  std::vector<segment> segments;
  double left() const { return segments.front().x0; }
  double right() const { return segments.back().x1; }
};

// A line of text in reading order, ready to render.
struct text_line {
  std::string text;         // segments joined by TAB, indentation as leading spaces
  bool gap_before = false;  // vertical space above it: a new paragraph or block
  int heading = 0;          // 1–6 when set in a heading's larger type
};

// Type sizes of the document: the body text's font size, the larger sizes used by
// headings, largest first (level 1 first), and the line spacing used with each size.
struct type_sizes {
  double body = 0;
  std::vector<double> headings;
  double right = 0;   // right edge of the widest text on any page
  double margin = 0;  // left text margin: where the body's lines start (see measure_type)
  std::vector<std::pair<double, double>> pitches;  // (size, baseline-to-baseline distance)
  // The usual distance between the baselines of two lines of one paragraph in type `size`.
  double pitch(double size) const;
  // The heading level of type `size`: 1 for the largest heading size; 0 for body text.
  int level(double size) const;
};

// The body and heading sizes of the whole document, from every page's rows.
type_sizes measure_type(const std::vector<std::vector<row>>& pages);

// A heading is one short line: at most this many words.
constexpr std::size_t heading_max_words = 16;

// True when `token` is a list label: a bullet glyph, "1.", "12)", "(a)", "b.", "(iv)".
bool list_label(std::string_view token);

// True when `s` starts with a lowercase letter (ASCII or Latin: "élu", "über") after its
// indentation.
bool starts_lowercase(std::string_view s);
// True when `s` ends a sentence or a label: ".", ":", "?", "!", ";" (before quotes or ")").
bool ends_sentence(std::string_view s);
// True when `s` breaks off mid-phrase or announces what follows: it ends with a comma, a
// colon, a hyphen or a dash, "&" or "/".
bool runs_on(std::string_view s);

// Writes a ballot box opening `line` or its list item ("☐ Ruth — chase", "• ☒ done") as
// the checkbox of plain-text minutes, "[ ]" or "[x]", which the layout reads.
void write_checkbox(std::string& line);

// The rows of `page`, top to bottom. Rotated words are left out.
std::vector<row> page_rows(const poppler::page& page);

// Removes running headers and footers (top or bottom rows that repeat, digits ignored, on
// most pages) and page-number rows from every page. Linear in the number of pages.
void remove_furniture(std::vector<std::vector<row>>& pages);

// True when `text` is only a page number: "3", "- 3 -", "Page 3", "Page 3 of 8", "3 of 8".
bool page_number_text(std::string_view text);

// The rows of one page `width` points wide in reading order (columns read one after the
// other), wrapped lines joined, blank-line gaps marked.
std::vector<text_line> reading_order(const std::vector<row>& rows, const type_sizes& type,
                                     double width);

}  // namespace minutes::parser::pdf
