// The document body (DOCX reader, step 2 of 3): walks word/document.xml in reading order
// and gives the intermediate form — paragraphs with their text, heading level, list label
// and the vertical space Word leaves around them, and table rows with their cells — which
// docx.cpp renders as lines.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "parser/readers/docx/package.hpp"

namespace minutes::parser::docx {

struct body_block {
  bool row = false;                // a table row: `lines` holds one line, cells joined by tabs
  std::vector<std::string> lines;  // the text; a <w:br/> starts a new line
  int heading = 0;                 // 1–6 for headings
  std::string label;               // list label as printed ("3.", "(ii)", "-"), "" when none
  int list_level = 0;              // nesting of the list item, 0-based
  int paragraph = 0;               // index of the (first) <w:p>, 0-based in document order
  bool space_before = false;       // Word leaves vertical space above it
  bool empty() const { return lines.empty() || (lines.size() == 1 && lines[0].empty()); }
};

// The blocks of the body, in reading order; doubts are added to `diagnostics`.
std::vector<body_block> read_body(const package& parts,
                                  std::vector<model::diagnostic>& diagnostics);

}  // namespace minutes::parser::docx
