// honorific: the title printed before a person's name in minutes — "County Councillor",
// "Cllr.", "CC", "Councillors", "Mrs", "Dr", "Revd" — as printed (Capitalised) or in ALL CAPS.
// Used by person_name and name_list; extract uses it to drop titles from names.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/honorific_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct honorific_word_class;
struct honorific_class;
using honorific_word_type = x3::rule<honorific_word_class, ast::honorific_number>;
using honorific_type = x3::rule<honorific_class, ast::honorific_number>;
BOOST_SPIRIT_DECLARE(honorific_word_type, honorific_type)
}  // namespace rules

// An honorific as a whole word: followed by anything but a letter or digit ("Mr", "Mr,").
// person_name uses it to refuse a bare title as a name.
rules::honorific_word_type const& honorific_word();
// An honorific followed by a space, i.e. standing before a name. Consumes no space.
rules::honorific_type const& honorific();

struct honorific_match {
  std::string_view text;  // as printed, with its dot: "Cllr.", "County Councillors"
  bool plural;            // "Councillors", "Cllrs", "Messrs": shared by the names after it
  std::size_t length;     // bytes consumed, including the spaces after the honorific
};

// Parses an honorific at the start of `text`; nullopt unless one stands there followed by a
// space. "Director of Finance" matches "Director": person_name then refuses the name "of".
std::optional<honorific_match> match_honorific(std::string_view text);

}  // namespace minutes::grammar
