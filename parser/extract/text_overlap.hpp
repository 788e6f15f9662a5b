// How much two texts say the same (extract stage): the share of the shorter text's content
// words that the longer one has. Used to tell a restatement from a new record.
#pragma once

#include <string_view>

namespace minutes::parser {

// 0 when either text has no content words, 1 when every content word of the shorter one
// appears in the other.
double overlap(std::string_view a, std::string_view b);

}  // namespace minutes::parser
