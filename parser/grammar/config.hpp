// Shared by every micro-grammar: the iterator and context types the rules are instantiated
// for. Grammars run over views into the normalised text buffer, without a skipper: spaces
// are part of the micro-syntax of minutes ("6.00 pm", "11th May, 2022").
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace minutes::grammar {
namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::unused_type;
}  // namespace minutes::grammar
