// Span: where a record stands in the original input — 1-based lines and 0-based byte offsets.
#pragma once

#include <cstddef>
#include <optional>

namespace minutes::model {

struct span {
  std::size_t start_line = 0;    // first line, 1-based
  std::size_t end_line = 0;      // last line, 1-based, inclusive
  std::size_t start_byte = 0;    // offset of the first byte in the original file
  std::size_t end_byte = 0;      // offset one past the last byte (line terminator excluded)
  std::optional<int> page;       // PDF page of the first line, when the input was a PDF
  std::optional<int> paragraph;  // DOCX paragraph index of the first line, when a DOCX

  bool empty() const { return start_line == 0; }
};

}  // namespace minutes::model
