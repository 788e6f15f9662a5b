// DOCX reader (ingest stage): Word documents in three steps — the ZIP package
// (docx/package.cpp), the body as paragraphs and table rows (docx/document.cpp, with styles
// and numbering from docx/styles.cpp and docx/numbering.cpp), and those rendered as lines
// (docx.cpp): one line per paragraph, "# " headings, list labels as Word prints them,
// table rows as cells joined by tabs, a blank line where Word leaves vertical space.
// Offsets are into the extracted text (one '\n' per line); every line keeps its paragraph.
//
// Supported constructs:
//   [x] paragraphs, one line each; empty paragraphs and paragraph spacing as blank lines
//   [x] headings: Heading 1–6 and Title styles, outline levels, styles based on them
//   [x] numbering: numPr (direct or by style), lvlText with decimal, roman, letter,
//       decimalZero and ordinal counters, restarts (startOverride), nested levels indented
//       two spaces per level; bullets as "- "
//   [x] tabs as TAB; <w:br/> and <w:cr/> as new lines; non-breaking hyphens
//   [x] tables: one line per row, cells joined by TAB, paragraphs in a cell joined by "; ",
//       nested tables flattened into their cell, empty rows dropped
//   [x] tracked changes: insertions and moves shown, deletions dropped
//   [x] fields: result text shown, instructions dropped (simple and complex fields)
//   [x] hyperlinks, smart tags, content controls (sdt), custom XML: read through
//   [x] hidden runs (vanish) dropped
//   [x] footnotes, endnotes, comments, headers and footers: not minutes text, not read
//   [x] safety: zip bombs (total size, compression ratio), encrypted ZIP entries,
//       password-protected Word files (OLE), truncated or corrupt archives, ZIPs without
//       word/document.xml, XML without DTD or entity expansion, bounded nesting
//   [-] numbering through numStyleLink/styleLink abstract lists (read as unnumbered)
//   [-] symbols (<w:sym/>) dropped; main part found only at word/document.xml
//   [ ] text boxes, shapes and drawings (skipped), equations, embedded objects
//   [ ] legacy .doc and .rtf (refused by ingest with a reason)
#pragma once

#include <optional>
#include <string_view>

#include "parser/limits.hpp"
#include "parser/readers/modules.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

// A ZIP archive (by its magic), or an encrypted Office package.
bool detect_docx(std::string_view bytes, std::string_view path);
// Renders a Word document; nullopt with `why` when it cannot be read.
std::optional<rendered_document> read_docx(std::string_view bytes, parse_failure& why,
                                           const parse_limits& limits = {});

// The reader proper, in the module libminutes_docx.so (modules.hpp): read_docx loads the module
// and calls it.
std::optional<rendered_document> render_docx(std::string_view bytes, parse_failure& why,
                                             const parse_limits& limits);

}  // namespace minutes::parser
