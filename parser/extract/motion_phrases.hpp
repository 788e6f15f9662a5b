// The phrases of a motion (extract stage), read from one sentence or line at a time by the
// motion reader (motions.cpp): the mover and seconder with the phrase tables around their
// names ("moved by", "seconded by", "I move that"), a mover in brackets, the motion's own
// words ("that …", "to …"), its outcome ("CARRIED", "the motion failed").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "model/decisions.hpp"
#include "parser/grammar/vote_count_ast.hpp"
#include "parser/phrase_set.hpp"

namespace minutes::parser::motion_text {

using model::motion_outcome;

// An outcome word alone ("CARRIED", "Lost") is a unit this short.
constexpr std::size_t outcome_line_max_words = 6;

// The phrase tables, each searched in one pass over a sentence.
extern const text::phrase_set mover_before, mover_after, seconder_before, seconder_after;
extern const text::phrase_set ayes, nays, abstains;

struct named {
  std::string_view honorific, name;
};

struct mover_found {
  named who;
  std::size_t end;        // where the text after the name begins
  std::size_t begin = 0;  // where the name, or the phrase before it, begins
};

// A name (or a bare first name or handle) after position `pos`, past colons and markup.
std::optional<named> name_after(std::string_view s, std::size_t pos);

// The first-listed phrase of `table` in `s`: its position and length.
std::optional<std::pair<std::size_t, std::size_t>> find_phrase(std::string_view s,
                                                               const text::phrase_set& table);

// A person named after a phrase of `before` ("moved by A") or before one of `after` ("A
// moved that"), or the line's speaker for "I move that".
std::optional<mover_found> find_person(std::string_view s, const text::phrase_set& before,
                                       const text::phrase_set& after);

// "Proposal (Jonty, seconded Ellie) to raise …": the mover in brackets after the word that
// opens the line; the motion's words begin after the bracket.
std::optional<mover_found> bracketed_mover(std::string_view s);
// The seconder of a line of fields: "MOTION: Falkenrath   SECOND: Darrow" → Darrow.
std::optional<mover_found> field_seconder(std::string_view s);
// The seconder after the mover in those brackets: "Motion (Rivera/Chen): approve …" → Chen.
std::optional<mover_found> bracketed_seconder(std::string_view s);

// The words of "a motion to …" or "a motion that …" in the text before a mover's sentence.
std::string_view asked_for_motion(std::string_view before);

// The outcome a unit states, if it is one that speaks of a motion or a vote.
std::optional<motion_outcome> find_outcome(std::string_view s);

// A tally written with slashes after the outcome it counts: "CARRIED 7/0", "LOST 3/4".
std::optional<grammar::ast::vote_tally> outcome_tally(std::string_view s);

// The motion's own words after its mover and seconder: "that …", "to …".
std::string_view motion_clause(std::string_view s, std::size_t from);

// "Motion: Approve the minutes … Moved: A Seconded: B": the motion's words, which run to the
// first field after them; empty when the unit does not open with "Motion:".
std::string_view motion_field_text(std::string_view s);

// The words a mover with none after it refers back to: the topic before a colon or dash in
// its sentence `s`, or else `sentence_before` (after any label). Empty when neither.
std::string_view words_before(std::string_view s, const mover_found& mover,
                              std::string_view sentence_before);

// `s` without the quotation marks around it: "“That the Council …”" → "That the Council …".
std::string_view unquoted(std::string_view s);

}  // namespace minutes::parser::motion_text
