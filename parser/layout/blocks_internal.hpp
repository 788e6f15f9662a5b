// Block building, internal (layout stage): what the parts of block building share — the
// block a line opens (blocks_openers.cpp) and the front matter of a Markdown file
// (blocks_front_matter.cpp). blocks.cpp builds the blocks; no other file includes this one.
#pragma once

#include <cstddef>
#include <string_view>

#include "parser/ingest/source_text.hpp"
#include "parser/layout/layout.hpp"

namespace minutes::parser {

// ---- Line shapes (blocks_openers.cpp) ---------------------------------------------------

enum class opener { none, bullet, clause, label, heading, number_only, row, pipe_row };

struct shaped_line {
  opener kind = opener::none;
  int level = 0;               // heading level
  std::size_t skip = 0;        // bytes of the line before the title (heading markers, number)
  std::string_view number;     // agenda number of a numbered heading
  std::size_t title_end = 0;   // when the line goes on with running text: where the title ends
  std::size_t text_begin = 0;  // … and where the paragraph begins
};

// The block line `i` opens, if any: a bullet, a clause, a label, a heading (with its number
// and where its title ends), a number standing alone, or a table row.
shaped_line shape_of_line(const source_text& src, std::size_t i);

// ---- Front matter (blocks_front_matter.cpp) ---------------------------------------------

// Reads a Markdown file's front matter into one table block of `out`, its keys and values
// into out.front_matter; returns the first line after it, or 0 when there is none.
std::size_t read_front_matter(const source_text& src, layout& out);

}  // namespace minutes::parser
