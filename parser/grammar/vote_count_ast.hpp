// Result of the vote_count grammar: the counts a recorded vote prints. A count that is not
// printed stays -1 ("carried 5-2" has no abstentions).
#pragma once

namespace minutes::grammar::ast {
struct vote_tally {
  int for_ = -1;     // votes in favour
  int against = -1;  // votes against
  int abstain = -1;  // abstentions
};
}  // namespace minutes::grammar::ast
