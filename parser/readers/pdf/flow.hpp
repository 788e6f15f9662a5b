// A page's lines in reading order (PDF reader, inside step 1): the pieces that columns.cpp
// cuts from rows — a whole row, or the part of it in one column — and that lines.cpp turns
// into text lines. Internal to those two files.
#pragma once

#include <vector>

#include "parser/readers/pdf/pages.hpp"

namespace minutes::parser::pdf {

// One line of a flow (the page, or one column of it).
struct piece {
  double top, bottom, height, size, base, x0, x1;
  std::vector<const segment*> segments;
  int flow = 0;  // 0: the whole page's width; 1: left column; 2: right column
};

// The whole row as one piece.
inline piece whole(const row& r) {
  piece p{r.top, r.bottom, r.height, r.size, r.base, r.left(), r.right(), {}, 0};
  for (const auto& s : r.segments) p.segments.push_back(&s);
  return p;
}

// The page's pieces in reading order: rows top to bottom, or, on a page in two columns, each
// run of rows between full-width rows read left column first.
std::vector<piece> ordered(const std::vector<row>& rows);

}  // namespace minutes::parser::pdf
