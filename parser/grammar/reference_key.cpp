// Instantiates the reference_key grammar and implements its accessors.
#include "parser/grammar/reference_key_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(reference_key_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(reference_prefix_type, iterator_type, context_type)
}  // namespace rules

rules::reference_key_type const& reference_key() {
  return rules::reference_key;
}
rules::reference_prefix_type const& reference_prefix() {
  return rules::reference_prefix;
}

std::optional<std::size_t> match_reference_prefix(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  if (!x3::parse(first, last, reference_prefix()) || first == last) return std::nullopt;
  return static_cast<std::size_t>(first - text.data());
}

}  // namespace minutes::grammar
