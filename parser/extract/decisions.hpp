// Decision language shared by the resolution and action families: who a sentence's subject
// is (the body as a whole, or a person), and which verbs record a decision.
#pragma once

#include <cstddef>
#include <string_view>

namespace minutes::parser {

// Length of a subject naming the meeting's body at the start of `s` — "The Board", "the
// Committee", "Members", "The Corporate Parenting Board", "It" — or 0 when none.
std::size_t body_subject(std::string_view s);

// True when `s`, after a body subject, records a decision: "agreed", "resolved",
// "approved", "noted the report" (a formal noting, not "noted that").
bool decision_predicate(std::string_view s, bool& noting);

// True when the whole sentence records a decision of the meeting ("It was agreed that …",
// "The report was noted", "The Board noted the update").
bool records_decision(std::string_view sentence, bool& noting);

// True when the sentence says "it was agreed / resolved / decided …": a decision in a
// sentence of its own, formal even beside a labelled block.
bool it_was_decided(std::string_view sentence);

// True when `s` is only what happened to the item its title names: "read, approved and
// signed", "received and noted" (after "Minutes of the last meeting - ").
bool outcome_of_title(std::string_view s);

// True when a line ends with its outcome after a gap or a full stop: "… Noted",
// "… <gap> No objection" (correspondence and planning lists, tables of applications).
bool closes_with_outcome(std::string_view line);

}  // namespace minutes::parser
