// Results of the name_list grammar's parts. A separator is told apart as a plain comma or a
// conjunction: a plural title ("Councillors A, B and C") is shared up to the name after the
// conjunction, so the list needs to know which one it crossed.
#pragma once

#include <boost/range/iterator_range.hpp>

#include "parser/grammar/config.hpp"

namespace minutes::grammar::ast {
enum class list_joiner { comma, conjunction };

// The first title of "Mr & Mrs Brown", as printed.
using couple_title = boost::iterator_range<iterator_type>;
}  // namespace minutes::grammar::ast
