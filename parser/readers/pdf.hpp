// PDF reader (ingest stage): PDF files in two steps — the pages as positioned lines, the
// intermediate form (pdf/pages.hpp: poppler-cpp word boxes grouped into rows in
// pdf/words.cpp, running headers and footers taken out in pdf/furniture.cpp, type sizes in
// pdf/type.cpp, columns in pdf/columns.cpp, lines in reading order in pdf/lines.cpp), and those
// rendered as lines of text (pdf.cpp). Offsets are into the extracted text (one '\n' per line);
// every line keeps its 1-based page.
//
// Word boxes (poppler::page::text_list) rather than page::text(): the boxes give each
// word's position and size, so gaps between table cells become tabs, vertical space becomes
// blank lines, larger type becomes headings, lines wrapped by the typesetter are known by
// where they end, and the top and bottom lines of every page can be compared; text() flattens
// all of that into plain lines (and its physical layout mode interleaves columns).
// Wrapped lines are joined here: geometry says which lines the typesetter broke (the line
// ends at the right margin, where the next line's first word would not have fitted), which
// the layout stage could only guess from character counts in a proportional font. On the
// fixtures, joining scored higher on resolutions and motions than leaving the lines to the
// layout (0.941 against 0.916 and 0.917 against 0.833, when measured), with attendance
// 0.006 lower.
//
// Supported constructs:
//   [x] text in reading order: rows top to bottom, words left to right; pages with /Rotate
//       read upright
//   [x] two-column pages: each column read in full, full-width lines (titles) in place
//   [x] paragraphs: a baseline further below the last than the document's line spacing for
//       that type size gives a blank line, and so does a new page unless the sentence runs
//       on; wrapped lines joined (not across columns or pages)
//   [x] indentation as leading spaces, counted from the text margin (where the body's lines
//       start, the same on every page), so nested lists keep their levels; centred titles
//       and numbers set in the margin have none
//   [x] headings: short lines set at least 15% larger than the body type (font sizes, not
//       box heights) become "#" lines, one level per size; not mid-sentence; a heading-size
//       line under a heading (an address under a title) stays plain text
//   [x] tables and margin notes: a wide horizontal gap between words becomes a TAB; a list
//       label set apart by a hanging indent ("•", "1.") stays with its text; text wrapped
//       inside the last cell of a row goes on in that cell; narrow gaps of justified text
//       mid-paragraph are spaces
//   [x] checkboxes: a ballot box opening a line or item is written "[ ]" or "[x]"
//   [x] outsize glyphs (emoji, symbol bullets) stay on their own line
//   [x] running headers and footers (up to three top or bottom rows repeating at the same
//       height on most pages, digits ignored, from the page edge inwards) and page numbers
//       ("Page 3 of 8", "- 3 -", "3") removed; one hash look-up and one binary search per
//       candidate row
//   [x] page numbers kept in every line's span
//   [x] encrypted PDFs that need a password: refused ("the PDF is encrypted"); PDFs with an
//       owner password only (printing or copying restricted) are read
//   [x] truncated (no %%EOF) or corrupt PDFs: refused with a reason; pages poppler cannot
//       open are skipped with a diagnostic; the same word printed twice (fake bold) is one
//   [-] bold headings in body-size type are not marked (the layout finds numbered and
//       capitalised headings)
//   [-] rotated text (sideways margin notes) is dropped
//   [ ] scanned pages (images without a text layer): no OCR; reported as holding no text
//   [ ] more than two columns, tagged-PDF structure, annotations, form fields
#pragma once

#include <optional>
#include <string_view>

#include "parser/limits.hpp"
#include "parser/readers/modules.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

// "%PDF-" within the first kilobyte.
bool detect_pdf(std::string_view bytes, std::string_view path);
// Renders a PDF's text; nullopt with `why` when it cannot be read (or when the PDF module
// cannot be loaded: modules.hpp).
std::optional<rendered_document> read_pdf(std::string_view bytes, parse_failure& why,
                                          const parse_limits& limits = {});

// The reader proper, in the module libminutes_pdf.so (modules.hpp): read_pdf loads the
// module and calls it.
std::optional<rendered_document> render_pdf(std::string_view bytes, parse_failure& why,
                                            const parse_limits& limits);

}  // namespace minutes::parser
