// Result of the clause_label grammar: the label of a clause in a Resolved block or list,
// as printed without its brackets ("ii" for "(ii)", "b" for "b)", "3" for "3.").
#pragma once

#include <boost/range/iterator_range.hpp>

#include "parser/grammar/config.hpp"

namespace minutes::grammar::ast {
using text_range = boost::iterator_range<iterator_type>;
}  // namespace minutes::grammar::ast
