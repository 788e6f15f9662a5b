// Rendered-line writer shared by the markup readers (ingest stage). A reader walks its
// document and hands over text, line ends and block separations; the writer builds the
// lines the layout stage reads — a prefix ("## ", "  - ", "> ") and the text — drops empty
// lines, keeps one blank line between blocks, and gives each line the byte range, in the
// original file, of the source lines its text came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parser/readers/markup/source_lines.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser::markup {

// Nesting deeper than this (lists, quotes) is rendered as this deep: prefixes would otherwise
// grow with the depth and make a deeply nested document's text quadratic in its size.
constexpr std::size_t max_rendered_depth = 16;

class line_writer {
 public:
  explicit line_writer(const source_lines& src) : src_(src) {}

  // The source the lines are placed in.
  const source_lines& source() const { return src_; }

  // HTML: runs of ASCII whitespace become one space, leading and trailing ones are dropped.
  // Otherwise (Markdown, preformatted text) text is kept as given.
  void collapse_whitespace(bool on) { collapse_ = on; }
  bool collapsing() const { return collapse_; }

  // The prefix of every line opened from now on (quote marks, list indentation).
  void set_prefix(std::string_view prefix) { prefix_.assign(prefix); }
  // A prefix for the next line only ("## ", "- "), used instead of the prefix above.
  void set_marker(std::string_view marker) {
    marker_.assign(marker);
    marker_set_ = true;
  }
  void extend_marker(std::string_view more) { marker_ += more; }
  void clear_marker() { marker_set_ = false; }
  // True when a marker waits for its line's first text.
  bool marker_pending() const { return marker_set_ && !open_; }

  // Appends text that stands on 0-based decoded lines first..last of the source.
  void text(std::string_view s, std::size_t first_line, std::size_t last_line);
  // Appends text that has no place of its own in the source (a decoded character reference
  // that was not given a position, a replacement character).
  void text(std::string_view s);
  // A column gap between table cells (one tab).
  void gap();
  // Ends the open line; it is kept when it holds more than whitespace.
  void end_line();
  // Asks for one blank line before the next line (none at the top, never two).
  void separate() { blank_pending_ = !lines_.empty(); }

  // Bytes of text in the open line (0 when none is open): a place to break at later.
  std::size_t mark() const { return open_ ? line_.size() - content_begin_ : 0; }
  // The text from `mark` on, when the line holds text before it.
  std::string_view text_since(std::size_t mark) const;
  // Moves the text from `mark` on to a line of its own (it keeps the open line's place in
  // the source). Assumes mark <= mark() now.
  void break_at(std::size_t mark);

  // The lines written so far (the open line is ended first).
  std::vector<rendered_line> take_lines();

 private:
  void open();

  const source_lines& src_;
  bool collapse_ = false;
  std::string prefix_, marker_;
  bool marker_set_ = false;
  bool open_ = false;              // a line holds text
  std::string line_;               // its prefix and text
  std::size_t content_begin_ = 0;  // where its text begins in line_
  bool space_pending_ = false;     // collapsed whitespace waits for the next word
  bool gap_pending_ = false;       // a column gap waits for the next cell's text
  int tabs_pending_ = 0;           // tabs in the whitespace waiting to be collapsed
  struct piece {
    std::size_t offset;       // where the piece's text begins in the line's text
    std::size_t first, last;  // the source lines it stands on
  };
  std::vector<piece> pieces_;  // the placed text of the open line
  bool blank_pending_ = false;
  std::vector<rendered_line> lines_;
};

// True when a source line that starts with `s` was typed as a line of its own, though the
// markup would join it to the line above: it opens with a bullet glyph ("• Lena"), with a
// label of the minutes ("ACTION:", "Present:", "**Moved:**") or with a speaker ("Yuki: …").
bool typed_as_own_line(std::string_view s);

// A bold run that prints a label ("Moved:", "Vote:"): short, ending with a colon.
bool bold_label(std::string_view s);

}  // namespace minutes::parser::markup
