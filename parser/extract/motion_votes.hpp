// The votes of a motion (extract stage): a tally ("5-2", "For: 5 Against: 2", "CARRIED 7/0")
// and the names on each side ("Ayes: Smith, Jones. Nays: Brown.", "Janet Kilroy yea"),
// read from one unit of text into the motion they record.
#pragma once

#include <string_view>

#include "model/decisions.hpp"

namespace minutes::parser {

// Reads the tally and the named votes of `s` into `m`. Sides printed on lines of their own
// ("For (7): …", then "Against (3): …") add up; a printed tally is the whole vote.
void read_votes(model::motion& m, std::string_view s);

// True when `s` opens with a side of a roll call: "Ayes – DuRocher, Varga", "Nays: none".
bool opens_with_vote_side(std::string_view s);

// Reads the voters `s` names on each side into `m`, and counts them.
void read_named_votes(model::motion& m, std::string_view s);

}  // namespace minutes::parser
