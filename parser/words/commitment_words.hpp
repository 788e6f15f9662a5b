// The words of commitment (extract stage): phrases that put an owner's verb phrase after
// them, modals, the fillers that may stand between owner and phrase, and the words that
// cannot open a committed verb phrase. Data only; commitments.cpp and
// commitments_owners.cpp hold the rules.
#pragma once

#include <string_view>

namespace minutes::parser::commitment_words {

// Phrases after which the owner's verb phrase follows. Longest first.
inline constexpr std::string_view commitment_phrases[] = {
    "has been asked to", "had been asked to", "have been asked to", "has been requested to",
    "had been requested to", "was asked to", "were asked to", "is asked to", "are asked to",
    "was requested to", "were requested to", "is requested to", "are requested to",
    "was authorised to", "were authorised to", "be authorised to", "is authorised to",
    "be instructed to", "was instructed to", "be delegated authority to", "was tasked to",
    "were tasked to", "was delegated to", "be asked to", "be requested to", "said that he would",
    "said that she would", "said that they would", "said he would", "said she would",
    "said they would", "said he will", "said she will", "said they will",
    // Contracted, with either apostrophe.
    "said he'd", "said she'd", "said they'd", "said he'll", "said she'll", "said they'll",
    "said he\u2019d", "said she\u2019d", "said they\u2019d", "said he\u2019ll", "said she\u2019ll",
    "said they\u2019ll", "confirmed that he would", "confirmed that she would",
    "confirmed he would", "confirmed she would", "confirmed they would",
    "confirmed that they would", "indicated that he would", "indicated that she would",
    "indicated he would", "indicated she would", "advised that he would", "advised that she would",
    "stated that he would", "stated that she would", "agreed that he would",
    "agreed that she would", "agreed that they would", "has agreed to", "have agreed to",
    "had agreed to", "has offered to", "agreed to", "offered to", "undertook to", "volunteered to",
    "promised to", "is going to", "is to", "are to"};

// First words of the phrases above and of the modals: a word that is none of these cannot
// open a phrase, so most words are rejected with one lookup.
inline constexpr std::string_view phrase_openers[] = {
    "has",       "had",         "have",      "was",     "were",   "is",     "are",    "be",
    "said",      "confirmed",   "indicated", "advised", "stated", "agreed", "kindly", "offered",
    "undertook", "volunteered", "promised",  "will",    "shall",  "would"};

// Verbs after "would" that give an opinion, not an undertaking: "would prefer a smaller scheme".
inline constexpr std::string_view opinion_verbs[] = {
    "prefer", "like", "love", "welcome", "appreciate", "support", "favour", "favor", "need", "hope",
    "wish", "want", "expect", "agree", "think", "suggest", "object", "oppose", "be", "have", "not",
    "rather", "also",
    // What a member with an interest does: "declared an interest and would leave the room".
    "leave", "withdraw", "abstain", "remain"};

// Modal verbs of a firm commitment. "would" only counts in clauses and after "and".
inline constexpr std::string_view modals[] = {"will", "shall", "would"};

// Words that may stand between an owner and the phrase: "CC Swarbrick also offered to".
inline constexpr std::string_view fillers[] = {"also",    "kindly",     "then",
                                               "further", "personally", "both"};

// Verbs that end in "ly" like an adverb: "the Clerk to reply", "to apply for the grant".
inline constexpr std::string_view ly_verbs[] = {"reply", "apply",    "supply", "rely",  "comply",
                                                "ally",  "multiply", "fly",    "tally", "rally"};

// Words that cannot open a committed verb phrase.
inline constexpr std::string_view not_verbs[] = {
    "be", "been", "not", "like", "also", "the", "a", "an", "and", "or", "of", "to", "for", "in",
    "on", "at", "is", "are", "was", "were", "has", "have", "had", "that", "this", "it",
    // Relative words: "the Clerk to whom the letter was sent".
    "whom", "which", "who", "whose", "what", "where", "when",
    // Modals: "would like to" is no commitment, and a modal is not itself the verb.
    "would", "will", "shall", "should", "could", "might", "may", "can", "must"};

inline constexpr std::string_view plural_groups[] = {
    "members", "trustees",  "councillors", "officers",  "directors",
    "staff",   "governors", "volunteers",  "attendees", "participants"};

// Words that join a commitment's verb phrase to the next owner's and are cut from its end:
// "Sam will book the room and | Alex will send the invites".
inline constexpr std::string_view trailing_joiners[] = {"so",    "and",  "but",
                                                        "while", "then", "whereupon"};

// Verbs before owners who are asked to act: "asked Sam to book the room", "invited X to".
inline constexpr std::string_view asking_verbs[] = {
    "asked", "requested", "invited", "tasked",
    // In a motion's or resolution's words: "to direct the City Manager to return with …",
    // "authorize the City Manager to execute the agreement".
    "ask", "request", "direct", "directed", "directs", "instruct", "instructed", "authorize",
    "authorized", "authorise", "authorised",
    // "to adopt Resolution No. 12 authorizing the General Manager to apply for …".
    "authorizing", "authorising", "directing", "instructing",
    // "reminded all trustees to submit their statements by April 30".
    "reminded"};

}  // namespace minutes::parser::commitment_words
