// Date words (extract stage): month names and small numbers as words, and the words that
// lead into a due date. Data only; dates.cpp holds the rules. (The date grammar keeps its own
// symbol tables in parser/grammar/date_def.hpp.)
#pragma once

#include <string_view>

namespace minutes::parser::words {

// Month names, in calendar order (a month's number is its index + 1): "July" → 7.
inline constexpr std::string_view month_names[] = {"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};

// Small numbers as words, in order (a number is its index + 1): "two weeks" → 2.
inline constexpr std::string_view number_words[] = {"one", "two",   "three", "four", "five",
                                                    "six", "seven", "eight", "nine", "ten"};

// Weekday names from Monday (a weekday's number is its index + 1): "on Monday" → 1.
inline constexpr std::string_view weekday_names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                                     "friday", "saturday", "sunday"};

// Words that name the next gathering of a body after "next" or a month: "by the next call",
// "to the February Board".
inline constexpr std::string_view next_gathering_words[] = {
    "meeting", "call", "session", "board", "committee", "council", "plenum", "gathering"};

// Words after which a due date may follow: "by 30 June", "no later than 1 May 2023".
inline constexpr std::string_view due_date_lead_ins[] = {
    "by", "before", "no later than", "on", "until", "for", "at",
    // Only before a meeting: "report to the next meeting", "to the February Board".
    "to"};

}  // namespace minutes::parser::words
