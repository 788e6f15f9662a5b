// Cue words of the rule families (extract stage): a family whose rules need one of a few
// words reads only the sentences that hold one. Each sentence is classified once, when its
// block is split into sentences (block_sentences), and a family tests its bit.
#pragma once

#include <string_view>

#include "parser/cue_index.hpp"

namespace minutes::parser {

using text::cue_mask;

enum cue_family : cue_mask {
  decision_cues = 1u << 0,  // every way records_decision finds a decision (decisions.cpp)
  motion_cues = 1u << 1,    // a mover, a "Motion:" field or an outcome (motions.cpp)
  // find_commitments (commitments.cpp): a phrase of commitment ("was asked to", "will"), by
  // its longest word; an asking verb ("asked X to") or "to have"; "to" ("Clerk to write").
  commitment_opener_cues = 1u << 2,
  asking_cues = 1u << 3,
  to_cues = 1u << 4,
  // Attendance (attendance.cpp): a verb of arriving late; a substitute ("on behalf of",
  // "in the absence of").
  arrival_cues = 1u << 5,
  substitution_cues = 1u << 6,
  // When the meeting opened or closed: "called to order at", "adjourned at" (meeting.cpp).
  time_cues = 1u << 7,
  // Presence told in a sentence: "apologies were received from", "were absent"
  // (attendance_sentences.cpp).
  presence_cues = 1u << 8,
  all_cues = ~cue_mask{0},
};

// The families with a cue in `sentence`.
cue_mask cues_of(std::string_view sentence);

}  // namespace minutes::parser
