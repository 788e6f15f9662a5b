// People registry, internal (extract stage): what recording mentions (people.cpp) and
// unifying them (people_unify.cpp) share. No other file includes this one.
#pragma once

#include <string>
#include <vector>

namespace minutes::parser {

// The initials of a name's tokens, in capitals: "Jane Anne Smith" → "JAS".
std::string initials_of(const std::vector<std::string>& tokens);

}  // namespace minutes::parser
