// Follow-up words (ledger): how later minutes report on an earlier action. Read by
// ledger/followup.cpp on a sentence or action-log row that refers back to the action.
#pragma once

#include <string_view>
#include <utility>

namespace minutes::parser::words {

// The action will not be done: "no longer required", "the committee agreed not to pursue".
inline constexpr std::string_view followup_dropped[] = {
    "no longer required", "no longer needed", "not to pursue", "not be pursued",
    "not pursue",         "dropped",          "withdrawn",     "abandoned",
    "cancelled",          "canceled",         "superseded",    "not proceed",
    "not to proceed",     "closed without",   "not required"};

// Named, with nothing reported: "no update in the Clerk's absence".
inline constexpr std::string_view followup_no_news[] = {
    "no update",   "no further update", "no news",        "nothing to report",
    "no progress", "be amended",        "amended to read"};

// Work still under way, which a perfect tense elsewhere in the sentence does not finish:
// "two quotations have been received and a third is awaited".
inline constexpr std::string_view followup_pending[] = {
    "not yet", "had not", "has not", "have not", "hasn't", "hadn't", "haven't", "awaited",
    "awaiting", "waiting", "still", "delayed", "deferred", "in progress", "ongoing", "expected",
    "chasing", "revised", "carried forward", "pending",
    // Part of the work: "the comparison is about half done", "nearly complete".
    "half", "partly", "partially", "nearly", "almost"};

// The action is done: "the signs had been installed", "Status: Complete".
inline constexpr std::string_view followup_done[] = {
    "done",     "completed", "complete", "finished",  "has been", "had been",  "have been",
    "in place", "resolved",  "closed",   "delivered", "achieved", "discharged"};

// Actions whose work is itself a report, by their first word: "report on the costs …",
// "present options to the next meeting", "update members on …".
inline constexpr std::string_view reporting_tasks[] = {"report", "present", "submit",
                                                       "update", "brief",   "feed"};

// A report given, which completes a reporting task: "the Officer presented his report".
inline constexpr std::string_view report_given[] = {
    "presented", "submitted", "reported", "gave a report", "gave an update",
    "updated",   "briefed",   "fed back", "tabled",        "circulated"};

// Auxiliaries before a participle that report work done: "had cleared", "were put up".
inline constexpr std::string_view followup_perfect[] = {"had", "has", "have", "was", "were"};

// Verbs of saying, whose perfect reports words, not work: "has confirmed", "was agreed".
inline constexpr std::string_view followup_saying[] = {
    "confirmed", "reported", "advised",   "stated",    "explained", "informed",
    "noted",     "agreed",   "indicated", "suggested", "asked",     "requested",
    "updated",   "told",     "said",      "mentioned"};

// Past forms of verbs that do not add -ed, for "the Clerk wrote to the District Council"
// reporting "write to the District Council": base form, past, past participle.
struct irregular_verb {
  std::string_view base, past, participle;
};
inline constexpr irregular_verb irregular_verbs[] = {
    {"bring", "brought", "brought"}, {"buy", "bought", "bought"}, {"do", "did", "done"},
    {"draw", "drew", "drawn"},       {"find", "found", "found"},  {"get", "got", "got"},
    {"give", "gave", "given"},       {"go", "went", "gone"},      {"hold", "held", "held"},
    {"lead", "led", "led"},          {"make", "made", "made"},    {"meet", "met", "met"},
    {"pay", "paid", "paid"},         {"put", "put", "put"},       {"run", "ran", "run"},
    {"see", "saw", "seen"},          {"send", "sent", "sent"},    {"set", "set", "set"},
    {"speak", "spoke", "spoken"},    {"take", "took", "taken"},   {"tell", "told", "told"},
    {"write", "wrote", "written"},   {"begin", "began", "begun"}, {"build", "built", "built"},
    {"choose", "chose", "chosen"},   {"lay", "laid", "laid"},     {"read", "read", "read"},
    {"sell", "sold", "sold"},        {"show", "showed", "shown"}, {"think", "thought", "thought"}};

}  // namespace minutes::parser::words
