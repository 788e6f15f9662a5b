// person_name: one person as minutes print them — an optional honorific, one to five name
// tokens, an optional note in brackets: "County Councillor Andrea Kay", "Cllr. O. Prothero
// (Chair)", "Liz Donnelly-Nelson", "Saskia", "@bob-smith (remote)". Used by name_list and by
// extract for attendance, movers and action owners.
//
// The grammar knows the SHAPE of a name only. It accepts "Lancashire County Council" or
// "Permanence Service" as names; callers filter such phrases with their keyword lists.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/person_name_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct person_name_class;
using person_name_type = x3::rule<person_name_class, ast::person_name>;
BOOST_SPIRIT_DECLARE(person_name_type)
}  // namespace rules

// The rule itself, for grammars that build on it.
rules::person_name_type const& person_name();

struct name_match {
  std::string_view honorific;  // as printed, empty when none: "County Councillor", "Cllr."
  bool plural;                 // the honorific was plural ("Councillors")
  std::string_view name;       // without honorific or note: "Andrea Kay", "O. Prothero"
  std::string_view note;       // inside a trailing parenthesis, trimmed; empty when none
  std::size_t length;          // bytes consumed, up to and including the note's ')'
};

// Parses a person's name at the very start of `text` (no leading space). The name ends
// before a comma, " and ", a lower-case word, a digit, the end of the text, or punctuation
// other than the apostrophe and hyphen inside a word and the dot of an initial.
// nullopt when no name stands there, or when a title is followed by no name ("Director of").
std::optional<name_match> match_person_name(std::string_view text);

// Number of space-separated tokens, particles included: "Jean-Luc Picard" -> 2.
std::size_t name_token_count(std::string_view name);
// The last token with the lower-case particles before it: "Kay", "van Beethoven".
std::string_view family_name(std::string_view name);
// The first token when the name has two or more: "Andrea"; empty otherwise.
std::string_view given_name(std::string_view name);

}  // namespace minutes::grammar
