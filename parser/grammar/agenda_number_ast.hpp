// Result of the agenda_number grammar: the keyword and the number that open an agenda item
// heading, as printed ("Agenda item" and "7" for "Agenda item 7 –"), as views into the line.
#pragma once

#include <boost/range/iterator_range.hpp>

#include "parser/grammar/config.hpp"

namespace minutes::grammar::ast {
using text_range = boost::iterator_range<iterator_type>;  // as in clause_label_ast.hpp

struct agenda_number {
  text_range keyword;  // empty when the number stands alone
  text_range number;   // without brackets, "No." or trailing dot
};
}  // namespace minutes::grammar::ast
