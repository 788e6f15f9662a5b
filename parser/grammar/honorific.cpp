// Instantiates the honorific grammar and implements its accessors.
#include "parser/grammar/honorific_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(honorific_word_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(honorific_type, iterator_type, context_type)
}  // namespace rules

rules::honorific_word_type const& honorific_word() {
  return rules::honorific_word;
}
rules::honorific_type const& honorific() {
  return rules::honorific;
}

std::optional<honorific_match> match_honorific(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::honorific_number number{};
  if (!x3::parse(first, last, honorific(), number)) return std::nullopt;
  std::string_view printed(text.data(), static_cast<std::size_t>(first - text.data()));
  while (first != last && *first == ' ') ++first;
  return honorific_match{printed, number == ast::honorific_number::plural,
                         static_cast<std::size_t>(first - text.data())};
}

}  // namespace minutes::grammar
