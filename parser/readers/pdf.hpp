// PDF reader (ingest stage): PDF files in two steps — the pages as positioned lines
// (pdf/pages.cpp: poppler-cpp word boxes grouped into lines, columns, running headers and
// footers), and those rendered as lines of text (pdf.cpp). Offsets are into the extracted
// text (one '\n' per line); every line keeps its 1-based page.
//
// Word boxes (poppler::page::text_list) rather than page::text(): the boxes give each
// word's position, so gaps between table cells become tabs, vertical space becomes blank
// lines, lines wrapped by the typesetter are known by where they end, and the top and bottom
// lines of every page can be compared; text() flattens all of that into plain lines.
// Wrapped lines are joined here: geometry says exactly which lines the typesetter broke
// (the next line's first word would not have fitted), which the layout stage could only
// guess from character counts in a proportional font.
//
// Supported constructs:
//   [x] text in reading order: lines top to bottom, words left to right
//   [x] two-column pages: each column read in full, full-width lines (titles) in place
//   [x] paragraphs: a gap wider than the line spacing gives a blank line; wrapped lines
//       joined; indentation kept as leading spaces
//   [x] tables and right-margin notes: a wide horizontal gap between words becomes a TAB
//   [x] running headers and footers (top or bottom lines repeating on most pages, digits
//       ignored) and page numbers ("Page 3 of 8", "- 3 -", "3") removed; found in linear time
//   [x] page numbers kept in every line's span
//   [x] encrypted PDFs that need a password: refused ("the PDF is encrypted"); PDFs with an
//       owner password only (printing or copying restricted) are read
//   [x] truncated (no %%EOF) or corrupt PDFs: refused with a reason; damaged pages skipped
//       with a diagnostic
//   [-] headings: not marked with "#" (font sizes are not used); numbered and capitalised
//       headings are found by the layout stage
//   [-] rotated text (sideways margin notes) dropped; pages read at their dominant rotation
//   [ ] scanned pages (images without a text layer): no OCR; reported as holding no text
//   [ ] more than two columns, tagged-PDF structure, annotations, form fields
#pragma once

#include <optional>
#include <string_view>

#include "parser/readers/reader.hpp"

namespace minutes::parser {

// "%PDF-" within the first kilobyte.
bool detect_pdf(std::string_view bytes, std::string_view path);
// Renders a PDF's text; nullopt with `why` when it cannot be read.
std::optional<rendered_document> read_pdf(std::string_view bytes, parse_failure& why);

}  // namespace minutes::parser
