// Decision words (extract stage): the verbs, participles and nouns of decisions, the words
// that may stand between subject and verb, and the outcomes that end a line. Data only;
// decisions.cpp holds the rules that say where they stand in a sentence.
#pragma once

#include <string_view>

namespace minutes::parser::words {

// Verbs of a meeting deciding: "The Council resolved to …", "Members agreed that …".
inline constexpr std::string_view decision_verbs[] = {
    "resolved", "agreed", "decided", "approved", "adopted", "accepted", "endorsed", "ratified",
    "confirmed", "determined", "recommended", "supported", "unanimously", "voted",
    // Notes taken live are in the present: "The committee agrees to …".
    "agrees", "decides", "approves", "resolves", "ratifies", "adopts", "endorses"};

// Past participles that record a decision about a document: "The minutes were approved".
inline constexpr std::string_view passive_decisions[] = {
    "approved",  "accepted", "agreed",   "adopted", "endorsed", "ratified",
    "confirmed", "noted",    "received", "signed",  "carried"};

// Nouns of what a meeting decides about: "the minutes", "the report", "the accounts".
inline constexpr std::string_view decided_things[] = {
    "minutes",   "report",         "reports",     "accounts",       "agenda",
    "budget",    "proposal",       "proposals",   "recommendation", "recommendations",
    "quotation", "quote",          "application", "policy",         "plan",
    "statement", "reconciliation", "request",     "correspondence", "schedule",
    "payments",  "terms",          "accounts",    "estimates",      "precept",
    "notes",     "record",         "motion",      "minute",         "strategy",
    "update",    "updates",        "return",      "decisions",      "requests",
    "grant",     "items",          "quotations",  "invoice",        "invoices",
    "payment",   "donation",       "donations",   "contract",       "tender",
    "lease",     "expenditure",    "letter",      "letters"};

// Words of a decision taken outside the meeting, which minutes only report ("agreed by email
// in January"), and of a vote at the meeting that ratifies one, which is a decision.
inline constexpr std::string_view outside_meeting_phrases[] = {"by email", "by e-mail",
                                                               "email vote", "online vote"};
inline constexpr std::string_view ratifying_words[] = {"ratify", "ratifies", "ratified"};

// Adverbs and auxiliaries that may stand between subject and verb: "It was further resolved".
inline constexpr std::string_view decision_fillers[] = {
    "also", "then", "further", "formally", "therefore", "unanimously", "duly", "had", "has"};

// Plural subjects of a decision: "Members agreed", "We resolved", "All approved".
inline constexpr std::string_view plural_bodies[] = {
    "members",       "trustees",    "directors", "councillors", "governors", "attendees",
    "commissioners", "supervisors", "we",        "all",         "everyone",  "everybody"};

// Words that end a line with its outcome: "… autumn training programme. Noted",
// "24/00342/HOU 2 Mill Lane Replacement garage <gap> No objection".
inline constexpr std::string_view closing_outcomes[] = {
    "noted",  "no objection", "no objections", "objection", "object",   "approved",
    "agreed", "refused",      "supported",     "support",   "accepted", "ratified"};

// First words of a sentence that reports a person's doings or nothing, never a decision:
// "She also reports the election report received from …", "No items received".
inline constexpr std::string_view not_decision_subjects[] = {"she", "he", "they", "i",
                                                             "we",  "no", "none", "nothing"};

// Marks after a line's subject that record its outcome: "Stargazing night on the roof: agreed".
// Matched case-sensitively, and the word in them also as a whole word.
inline constexpr std::string_view outcome_marks[] = {
    ": agreed", ": approved", " - agreed", ": decided",
    // "RJ suggests a poll - everyone agrees": the room's assent after a proposal.
    " - everyone agrees", " - everyone agreed", " - all agreed", " - all agree",
    ", everyone agreed", ", all agreed", "; all agreed", "; everyone agreed"};

// Marks between a line's topic and the meeting's outcome: "Hall hire invoice: unanimously agreed
// that this be paid", "Letter from the bowls club – Noted, Clerk to reply".
inline constexpr std::string_view topic_marks[] = {": ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};

// A line of notes that only assents to the line above it: "- Everyone agrees" under "- RJ
// suggests making a poll". Compared whole, without case or a full stop.
inline constexpr std::string_view assent_lines[] = {
    "everyone agrees", "everyone agreed", "all agree",          "all agreed",
    "agreed",          "approved",        "unanimously agreed", "agreed unanimously",
    "consensus",       "no objections",   "all in favour",      "all in favor"};

// A decision by consensus: "It was the consensus of the Board that …", "The consensus was
// to …".
inline constexpr std::string_view consensus_phrases[] = {"consensus of the", "consensus was",
                                                         "by consensus"};

// Nouns of a decision that open a line of notes: "Unanimous adoption of previous minutes",
// "Approval of the agenda as circulated" (with "of" after them).
inline constexpr std::string_view decision_nouns[] = {"adoption", "approval", "acceptance",
                                                      "ratification", "confirmation"};

// Adjectives of "as a … record": "approved as a correct record", "agreed as a fair record".
inline constexpr std::string_view record_adjectives[] = {"true", "fair", "correct", "accurate"};

}  // namespace minutes::parser::words
