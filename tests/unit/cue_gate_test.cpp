// Unit tests of cue_gate: a sentence is admitted when one of its runs of letters is the
// longest letter run of a table entry, in any ASCII case; anything else is turned away.
#include <catch2/catch.hpp>

#include <string_view>

#include "parser/cue_gate.hpp"

namespace text = minutes::parser::text;

namespace {
constexpr std::string_view verbs[] = {"agreed", "resolved"};
constexpr std::string_view phrases[] = {"as a true record", "re-elected", ": approved"};
}  // namespace

TEST_CASE("cue_gate admits a sentence holding a cue as a whole run of letters",
          "[unit][cue_gate]") {
  const text::cue_gate gate{verbs, phrases};
  for (std::string_view s :
       {"It was AGREED that the clerk writes.", "Resolved:", "(i) agreed, subject to funds",
        "Approved as a true record.", "Cllr Hart was re-elected Chair", "Item 4: approved",
        "agreed2 is still a run of letters"})
    CHECK(gate.admits(s));
}

TEST_CASE("cue_gate turns away sentences with no cue", "[unit][cue_gate]") {
  const text::cue_gate gate{verbs, phrases};
  // Cues inside longer words, prefixes of cues, and the short words of a phrase are not cues.
  for (std::string_view s : {"The clerk disagreed with the figures.", "Agree the date later",
                             "as a true copy", "re-election next year", "", "12:30 – 14:00"})
    CHECK_FALSE(gate.admits(s));
}

TEST_CASE("cue_gate admits everything when an entry has no letters", "[unit][cue_gate]") {
  constexpr std::string_view marks[] = {"agreed", "--"};
  const text::cue_gate gate{marks};
  CHECK(gate.admits("Nothing here at all."));
  CHECK(gate.admits(""));
}
