// Result of the honorific grammar: whether the title before a name is singular
// ("Councillor") or plural ("Councillors", "Cllrs", "Messrs"). A plural honorific is shared
// by the names that follow it in a list, so name_list needs to know.
#pragma once

#include "parser/grammar/config.hpp"

namespace minutes::grammar::ast {
enum class honorific_number { singular, plural };
}  // namespace minutes::grammar::ast
