// Readers (ingest stage): each input format has one reader that turns its bytes into lines
// of text the layout stage reads — headings as "# Title", list items as "- item", table rows
// as cells joined by tabs, paragraphs separated by blank lines — each line with the place in
// the source it came from. Plain text needs no reader: ingest decodes it directly.
//
// A reader is one file in parser/readers/ and one line in the table in readers.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "parser/errors.hpp"
#include "parser/limits.hpp"

namespace minutes::parser {

struct rendered_line {
  std::string text;            // UTF-8, no line terminator; "" for a blank line
  std::size_t byte_begin = 0;  // where in the source the line's content begins …
  std::size_t byte_end = 0;    // … and ends (for PDF and DOCX: offsets in the extracted text)
  int page = 0;                // PDF page, 1-based; 0 for other formats
  int paragraph = -1;          // DOCX paragraph index; -1 for other formats
};

struct rendered_document {
  std::vector<rendered_line> lines;
  std::string encoding = "UTF-8";              // encoding of the source, as read
  std::vector<model::diagnostic> diagnostics;  // what the reader doubted
  bool byte_offsets_in_source = true;          // false when offsets are into extracted text
};

struct reader {
  const char* format;  // "markdown", "html", "docx", "pdf"
  // True when `bytes` (from `path`, which may be "-") are this format. Content decides;
  // the extension only breaks ties between text formats.
  bool (*detect)(std::string_view bytes, std::string_view path);
  // Renders the document; nullopt with `why` filled when it cannot be read at all.
  std::optional<rendered_document> (*read)(std::string_view bytes, parse_failure& why,
                                           const parse_limits& limits);
};

// The readers, in the order their detectors are asked.
std::span<const reader> readers();

// The reader for `bytes`, or nullptr when they are plain text.
const reader* reader_for(std::string_view bytes, std::string_view path);

}  // namespace minutes::parser
