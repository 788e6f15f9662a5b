// Text words (layout and extract stages): words about sentences rather than meetings — the
// small words that open sentences, abbreviations, stop words and the words a wrapped line
// ends with. Data only; labels.cpp, sentences.cpp, text_overlap.cpp and blocks.cpp hold the rules.
#pragma once

#include <string_view>

namespace minutes::parser::words {

// Small words a title in title case leaves in lowercase: "Direction to Staff on the Budget".
inline constexpr std::string_view title_small_words[] = {
    "a",  "an",   "and",  "the", "of", "on", "in",  "at",   "to",  "for",
    "by", "with", "from", "or",  "re", "vs", "per", "into", "upon"};

// Capitalised words that begin sentences but never names: "The", "This", "Approve …".
inline constexpr std::string_view function_words[] = {
    "the", "this", "that", "these", "those", "it", "all", "a", "an", "and", "or", "but",
    "following", "there", "members", "member", "we", "they", "he", "she", "i", "if", "in", "on",
    "at", "for", "with", "from", "as", "any", "each", "every", "some", "no", "not", "none", "young",
    "people", "our", "their",
    // Quantities that open a sentence: "Several residents were in attendance".
    "several", "many", "few", "various", "numerous", "both", "most", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten",
    // Verbs that open a clause of a decision: "Approve Minutes of …", "Ratify Payment of …".
    "approve", "ratify", "receive", "adopt", "accept", "authorise", "authorize", "award", "note",
    "confirm", "endorse", "appoint", "refuse", "defer", "direct", "request", "ask"};

// Words that open sentences and are no name on their own — but may begin one: "Should we
// apply …?" (but "Will Bowes", "June Carter").
inline constexpr std::string_view lone_words[] = {
    // Modals and question words that open sentences: "Should we apply …?"
    "should", "could", "would", "will", "shall", "can", "must", "does", "did", "do", "is", "are",
    "was", "were", "has", "have", "had", "what", "when", "where", "why", "how", "who",
    // Column headers of agenda and action tables.
    "minute", "item", "items", "agenda", "ref", "action", "owner", "due", "status", "lead",
    // Months and days, which open dates: "February minutes accepted".
    "january", "february", "march", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    // Verbs that open clauses of resolutions and action lists: "Agreed to sign …".
    "agreed", "noted", "resolved", "approved", "requested", "received", "thanked", "welcomed",
    "endorsed", "adopted", "accepted", "confirmed", "asked", "recommended", "deferred", "discussed",
    "decided", "ratified", "adjourned", "closed", "opened", "unanimously", "motion", "proposal"};

// Abbreviations whose full stop does not end a sentence: "Cllr. Ross", "e.g. the".
inline constexpr std::string_view abbreviations[] = {
    "mr",  "mrs",  "ms",  "dr",  "cllr", "cllrs", "prof", "rev",  "revd", "st",
    "no",  "nos",  "co",  "etc", "e.g",  "i.e",   "eg",   "ie",   "vs",   "approx",
    "min", "mins", "ref", "cc",  "jan",  "feb",   "aug",  "sept", "oct",  "nov"};

// Words left out when two texts are compared for overlap: "the", "of", "will".
inline constexpr std::string_view stop_words[] = {
    "the",  "a",  "an", "and",  "of", "to", "for", "in",   "on",   "that",  "be",
    "with", "at", "by", "from", "as", "is", "was", "were", "this", "their", "will"};

// Endings of a line, with their leading space, after which a paragraph or list goes on on
// the next line: "… Y Pearmain and" / "D Quince". Matched case-sensitively.
inline constexpr std::string_view line_end_joiners[] = {" and",  " or",   " of", " the", " to",
                                                        " a",    " on",   " by", " at",  " for",
                                                        " with", " from", " in", " that"};

}  // namespace minutes::parser::words
