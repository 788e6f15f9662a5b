// Commitments (extract stage): the grammar of "who will do what" in a sentence — an owner
// (a person, initials, a handle, a role such as "the Clerk", or a group such as "all members
// of the Board") followed by a phrase of commitment ("to", "will", "agreed to", "offered to",
// "said he would", "was asked to") and a verb phrase; or "asked X to …".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "parser/extract/cues.hpp"

namespace minutes::parser {

enum class owner_kind { person, role, group, pronoun };

struct owner_ref {
  owner_kind kind = owner_kind::person;
  std::string_view honorific;  // persons only
  std::string_view name;       // the person's name, the role word, or the group phrase
  std::size_t begin = 0, end = 0;
};

// How the commitment was written: the surer forms name their owner by their grammar, the
// "X to …" form of running text only by the owner being a known person, and so does a
// phrase after a topic and a colon ("Fire risk assessment: Brightwater will carry it out").
enum class commitment_form { phrase, owner_to, owner_first, after_topic };

struct commitment {
  commitment_form form = commitment_form::phrase;
  std::vector<owner_ref> owners;
  std::size_t verb_begin = 0;  // the committed verb phrase: [verb_begin, verb_end)
  std::size_t verb_end = 0;
  // For "X asked … and would arrange this": the first predicate, which "this" refers to.
  std::size_t context_begin = 0, context_end = 0;
};

// Which phrases count as commitment.
enum class commitment_mode {
  narrative,  // running text: "will", "agreed to", "said he would", "was asked to"
  clause,     // a resolution clause: also "X contact …" (subjunctive) and "X would …"
  line,       // an action line: also "X to …" and an owner at the end of the line
};

// The owner that starts at `pos` (forward) or ends at `end` (backward).
std::optional<owner_ref> owner_starting_at(std::string_view s, std::size_t pos);
std::optional<owner_ref> owner_ending_at(std::string_view s, std::size_t end);

// Finds the commitments in one sentence; `out` is cleared first. `cues`, when known, are the
// sentence's cue words (cues.hpp): the rules that need words it lacks are not tried.
void find_commitments(std::string_view sentence, commitment_mode mode, std::vector<commitment>& out,
                      cue_mask cues = all_cues);

}  // namespace minutes::parser
