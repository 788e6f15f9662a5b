// Decoded source for the markup readers (ingest stage): the original bytes as UTF-8 text,
// split into lines, with every line's byte range in the original file. The Markdown and HTML
// parsers read the decoded text; positions they report (a pointer into the text, a line
// number) are turned back into bytes of the file as read through this one table.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ingest/encoding.hpp"

namespace minutes::parser::markup {

class source_lines {
 public:
  // Decodes `original` (which must outlive this object) from `enc`. Invalid sequences become
  // U+FFFD; line breaks are kept, except that a lone CR becomes LF so that every parser
  // counts the same lines.
  source_lines(std::string_view original, const detected_encoding& enc);

  // The decoded UTF-8 text, byte-order mark removed.
  std::string_view text() const { return text_; }
  std::size_t line_count() const { return starts_.size(); }
  // The decoded text of line `line` (0-based), without its terminator.
  std::string_view line_text(std::size_t line) const;
  // 0-based line of the decoded text holding byte `offset` of text().
  std::size_t line_at(std::size_t offset) const;
  // Where line `line` (0-based, clamped to the last line) begins in the original file, and
  // where its content ends (terminator excluded).
  std::size_t original_begin(std::size_t line) const;
  std::size_t original_end(std::size_t line) const;
  // Characters that were not valid in the encoding and were replaced.
  std::size_t replaced() const { return replaced_; }

 private:
  std::string storage_;  // the decoded text, when it is not the original itself
  std::string_view text_;
  std::vector<std::size_t> starts_;           // where each line begins in text_
  std::vector<std::size_t> original_starts_;  // … and in the original
  std::vector<std::size_t> original_ends_;    // where its content ends in the original
  std::size_t replaced_ = 0;
};

// The well-formed UTF-8 of `bytes`: invalid sequences become U+FFFD, counted in `replaced`.
std::string repair_utf8(std::string_view bytes, std::size_t& replaced);

}  // namespace minutes::parser::markup
