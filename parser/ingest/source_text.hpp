// SourceText: the input after ingest — the original bytes, the normalised UTF-8 text, and a
// line table mapping every normalised line back to its bytes in the original file. Every
// later stage works on views into `text`; every span comes from `lines`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/span.hpp"

namespace minutes::parser {

// The glyph a line opened with, when it was a bullet. Word exports nest lists by glyph.
enum class bullet_glyph : std::uint8_t { none, dot, hollow, square, arrow, dash, star };

struct line_info {
  std::uint32_t text_begin = 0;  // first byte of the line's content in source_text::text
  std::uint32_t text_end = 0;    // one past its last byte (trailing spaces trimmed)
  std::size_t byte_begin = 0;    // first byte of the line in the original input
  std::size_t byte_end = 0;      // one past its last byte, terminator excluded
  std::uint16_t indent = 0;      // leading whitespace before content or bullet (a tab counts 4)
  bullet_glyph bullet = bullet_glyph::none;  // glyph removed from the front of the content
  // Where the line stands in the original file, for readers whose lines are rendered from
  // markup (HTML, Markdown): 1-based lines of the source. 0 means "the line's own index".
  std::uint32_t source_line = 0;
  std::uint32_t source_end_line = 0;
  std::int32_t page = 0;        // PDF page, 1-based; 0 when not a PDF
  std::int32_t paragraph = -1;  // DOCX paragraph index; -1 when not a DOCX
};

struct source_text {
  std::string original;                        // the bytes as read
  std::string text;                            // normalised UTF-8, each line's content + '\n'
  std::vector<line_info> lines;                // one entry per line of the original
  std::string encoding;                        // encoding the bytes were decoded from
  std::string format = "text";                 // reader that produced it
  std::vector<model::diagnostic> diagnostics;  // doubts raised while decoding

  // Content of line `i` (0-based), without indentation, bullet or terminator.
  std::string_view line(std::size_t i) const {
    const auto& l = lines[i];
    return std::string_view(text).substr(l.text_begin, l.text_end - l.text_begin);
  }
  bool blank(std::size_t i) const { return lines[i].text_begin == lines[i].text_end; }
  // Span of lines first..last (0-based, inclusive).
  model::span span_of(std::size_t first, std::size_t last) const {
    model::span s;
    s.start_line = lines[first].source_line ? lines[first].source_line : first + 1;
    s.end_line = lines[last].source_end_line ? lines[last].source_end_line : last + 1;
    if (s.end_line < s.start_line) s.end_line = s.start_line;
    s.start_byte = lines[first].byte_begin;
    s.end_byte = lines[last].byte_end;
    if (lines[first].page > 0) s.page = lines[first].page;
    if (lines[first].paragraph >= 0) s.paragraph = lines[first].paragraph;
    return s;
  }
};

}  // namespace minutes::parser
