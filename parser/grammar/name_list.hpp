// name_list: a list of people as minutes print them after "Present:", "Apologies from",
// "joined by" — "Councillors Sutcliffe, Couperthwaite, Smith and Gibson, Graham Lindley",
// "Cllr. O. Prothero (Chair), Cllr. K. Howell, Mrs J. Howell (Clerk)". Each element is a
// person_name; titles are shared out the way UK minutes intend them. Used by extract for
// attendance, apologies and action owners.
//
// Like person_name, the grammar knows shape only: "Andreas Feldhaar, Permanence Service, LCC"
// is three names to it, and callers drop the ones their keyword lists know as bodies.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "parser/grammar/name_list_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct name_list_class;
using name_list_type = x3::rule<name_list_class>;
BOOST_SPIRIT_DECLARE(name_list_type)
}  // namespace rules

// The rule itself, for grammars that build on it (no attribute: use raw[] for the extent).
rules::name_list_type const& name_list();

struct listed_name {
  std::string_view honorific;  // own, or shared from an earlier title; empty when none
  std::string_view name;       // "Sutcliffe", "O. Prothero"
  std::string_view note;       // inside its trailing parenthesis, trimmed: "Chair"
  std::size_t begin, end;      // byte offsets of this element (own title and note included)
};

// Parses a list of names at the start of `text` into `out` (cleared first, then appended
// to, so a caller that reuses it does not allocate per line). Returns the bytes consumed:
// up to the end of the last name, never a trailing separator or sentence-ending period;
// 0 when no name stands at the start.
//
// Separators: ", ", "; ", " and ", " & ", ", and ", ", & " (and " AND "). The list ends at the
// first element that is not a name. Titles are shared this way:
// - After a plural title ("Councillors", "Cllrs", "Messrs") the following elements shaped
//   like the first (all surnames, or all with two or more tokens such as "J Smith") take
//   it, up to and including the element after the next "and"/"&". An element of the other
//   shape, or one with its own title, ends the sharing.
// - A singular title on a surname crosses one "and"/"&": "County Councillor Gibson and Kay".
// - "Mr & Mrs Brown" and "Mr and Mrs Brown" give two elements, both named "Brown"; the
//   first spans the whole couple, the second starts at "Mrs".
std::size_t match_name_list(std::string_view text, std::vector<listed_name>& out);

}  // namespace minutes::grammar
