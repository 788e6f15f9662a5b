// Result of the person_name grammar: where the honorific, the name and the note stand in
// the input, as ranges into it ("Cllr. O. Prothero (Chair)" -> "Cllr.", "O. Prothero",
// "Chair"). Empty ranges stand for parts that are absent.
#pragma once

#include <boost/range/iterator_range.hpp>

#include "parser/grammar/config.hpp"

namespace minutes::grammar::ast {
using name_range = boost::iterator_range<iterator_type>;

struct person_name {
  name_range honorific;  // one or two titles as printed: "Councillor", "Councillor Dr"
  bool plural = false;   // one of the titles was plural ("Councillors")
  name_range name;       // the tokens of the name: "Andrea Kay", "@alice"
  name_range note;       // inside the trailing parenthesis, untrimmed: "Chair"
};
}  // namespace minutes::grammar::ast
