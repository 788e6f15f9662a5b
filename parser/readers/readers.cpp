// The table of readers (see reader.hpp). Binary formats come first: their magic bytes are
// certain; markup formats are recognised by their content, then by the file's extension.
#include "parser/readers/docx.hpp"
#include "parser/readers/html.hpp"
#include "parser/readers/markdown.hpp"
#include "parser/readers/pdf.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {
namespace {

// Formats this build reads, one line each.
constexpr reader table[] = {
    {"pdf", detect_pdf, read_pdf},
    {"docx", detect_docx, read_docx},
    {"markdown", detect_markdown, read_markdown},
    {"html", detect_html, read_html},
};

}  // namespace

std::span<const reader> readers() {
  return table;
}

const reader* reader_for(std::string_view bytes, std::string_view path) {
  for (const auto& r : table)
    if (r.detect(bytes, path)) return &r;
  return nullptr;
}

}  // namespace minutes::parser
