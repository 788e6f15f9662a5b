// agenda_number: the number that opens an agenda item heading — "1.", "17.1", "5a",
// "23/045", "IV.", "Item 5:", "Min 12/24", "Minute No. 12", "Agenda item 7 –" — with the
// separator after it. Used by layout to find where agenda items begin.
//
// Reading rules a caller must know:
// - Numbers have at most three digits per part and four parts ("2022 was" is a year), and
//   may end in one letter ("5a", "4A") or a bracketed one ("5(a)").
// - Roman numerals (I to LXXXIX, in capitals) need a dot when no keyword precedes them
//   ("IV." but not "I think"); "V. Patel" reads as item V: the caller judges from context.
// - The separator is the end of the line, or spaces, or one of . : - – — followed by spaces
//   or the end of the line; ")" only after a keyword, as a bare "1)" is a clause label.
// - A number followed by a unit or quantity word (am, pm, hrs, million, per cent ...) is
//   not an agenda number ("6.00 pm", "17.1 million"); neither is a line that opens with a
//   date ("11 May 2022", "16/6/21"). Any other text after the number is the caller's.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/agenda_number_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct agenda_number_class;
using agenda_number_type = x3::rule<agenda_number_class, ast::agenda_number>;
BOOST_SPIRIT_DECLARE(agenda_number_type)
}  // namespace rules

// The rule itself, for grammars that build on it. It does not reject dates.
rules::agenda_number_type const& agenda_number();

struct agenda_number_match {
  std::string_view number;   // as printed, without keyword, brackets or trailing dot: "17.1"
  std::string_view keyword;  // "Item", "Minute", "Min", "Agenda item", ... or empty
  std::size_t length;        // bytes consumed, including the separator and spaces after it
};

// Parses an agenda number at the start of `line`; nullopt when the line does not open with one.
std::optional<agenda_number_match> match_agenda_number(std::string_view line);

}  // namespace minutes::grammar
