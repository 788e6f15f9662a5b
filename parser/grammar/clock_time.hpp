// clock_time: a time of day as printed in minutes — "6.00 pm", "7:02 p.m.", "12 noon",
// "18:00hrs", "1830 hrs", "7 o'clock" — and time ranges — "1pm-4pm", "1-4pm",
// "6.00 pm to 8.15 pm". Used by extract for start, end and next-meeting times.
//
// Reading rules a caller must know:
// - A time without am/pm is read on the 24-hour clock and is accepted only as h:mm, h.mm or
//   hh:mm with two-digit minutes (or hhmm followed by "hrs"); whether "6.30" is a time or
//   money is for the caller to judge from context. A bare time followed by more numbering
//   ("16.06.2021", "17.10.2"), by "%" or by "million", "billion", "thousand", "per cent" is
//   not a time.
// - 12 pm is 12:00, 12 am is 00:00; noon and midday are 12:00, midnight 00:00.
// - In a range, a start without am/pm takes the end's meridiem when that keeps it before the
//   end, otherwise am ("1-4pm" is 13:00-16:00, "11-1pm" 11:00-13:00). An end without am/pm
//   after a start with one is read in the first half that falls after the start
//   ("11am-1.30" ends 13:30).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/clock_time_ast.hpp"
#include "parser/grammar/config.hpp"

namespace minutes::grammar {
namespace rules {
struct clock_time_class;
using clock_time_type = x3::rule<clock_time_class, ast::printed_time>;
struct time_range_class;
using time_range_type = x3::rule<time_range_class, ast::printed_range>;
BOOST_SPIRIT_DECLARE(clock_time_type, time_range_type)
}  // namespace rules

// The rules themselves, for grammars that build on them. Both end at a word boundary.
rules::clock_time_type const& clock_time();
rules::time_range_type const& time_range();

struct time_match {
  ast::clock_time value;
  bool has_meridiem;   // am/pm, noon or midnight printed: the 24-hour value is certain
  std::size_t length;  // bytes consumed
};

// Parses a time at the very start of `text`; nullopt when the text does not open with one.
std::optional<time_match> match_time(std::string_view text);

struct time_range_match {
  ast::clock_time start;
  std::optional<ast::clock_time> end;  // empty when the text holds a single time
  std::size_t length;                  // bytes consumed
};

// Parses a time range, or else a single time, at the very start of `text`.
std::optional<time_range_match> match_time_range(std::string_view text);

struct time_found {
  ast::clock_time value;
  std::size_t begin;  // byte offsets into the searched text
  std::size_t end;
};

// Finds the first single time that starts at a word boundary at or after `from`. A number
// after a currency sign (£, $, €) or glued to preceding numbering ("1.12.30") is skipped.
std::optional<time_found> find_time(std::string_view text, std::size_t from = 0);

}  // namespace minutes::grammar
