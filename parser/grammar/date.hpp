// date: a calendar date as printed in minutes — "Wednesday, 11th May, 2022", "May 11, 2022",
// "16.06.2021", "16/6/21", "2022-05-11", "26 July", "September 2018". Used by extract for the
// meeting date, the next meeting and due dates.
//
// Reading rules a caller must know:
// - d/m/y numbers are read day first; they are read month first only when the second number
//   cannot be a month and the first can ("06/16/2021" is 16 June).
// - Two-digit years are 20yy, and only in numeric dates ("16/6/21"; dotted only as "16.06.21").
// - Month names count when Capitalised or in CAPITALS. Lowercase names ("may", "march" are
//   verbs) count only in a full date with day and year ("11 may 2022").
// - Weekday names (Capitalised or CAPITALS) are taken only in front of a date with a day.
//   The weekday is reported as printed, not checked against the calendar.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/config.hpp"
#include "parser/grammar/date_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct date_class;
using date_type = x3::rule<date_class, ast::date>;
BOOST_SPIRIT_DECLARE(date_type)
}  // namespace rules

// The rule itself, for grammars that build on it. It ends at a word boundary.
rules::date_type const& date();

struct date_match {
  ast::date value;
  std::size_t length;  // bytes consumed
};

// Parses a date at the very start of `text`; nullopt when the text does not open with one.
std::optional<date_match> match_date(std::string_view text);

struct date_found {
  ast::date value;
  std::size_t begin;  // byte offsets into the searched text
  std::size_t end;
};

// Finds the first date that starts at a word boundary at or after `from`. A number glued
// to a preceding "1." or "1/" (as in "1.2.3.2022") is not a word boundary.
std::optional<date_found> find_date(std::string_view text, std::size_t from = 0);

}  // namespace minutes::grammar
