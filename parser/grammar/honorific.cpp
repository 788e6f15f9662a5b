// Instantiates the honorific grammar and implements its accessors.
#include "parser/grammar/honorific_def.hpp"

#include <algorithm>
#include <array>
#include <bitset>

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

namespace {

static_assert(std::ranges::all_of(rules::honorific_table,
                                  [](const auto& entry) { return entry.word.size() >= 2; }));

// The first two bytes of every title as printed and in capitals: most capitalised words of
// minutes ("The", "Budget") are ruled out by them before the grammar's symbol table.
const auto title_openings = [] {
  std::array<std::bitset<256>, 256> pairs;
  auto caps = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
  for (const auto& entry : rules::honorific_table) {
    auto w = entry.word;
    pairs[static_cast<unsigned char>(w[0])].set(static_cast<unsigned char>(w[1]));
    pairs[static_cast<unsigned char>(caps(w[0]))].set(static_cast<unsigned char>(caps(w[1])));
  }
  return pairs;
}();

}  // namespace

std::optional<honorific_match> match_honorific(std::string_view text) {
  if (text.size() < 2 || !title_openings[static_cast<unsigned char>(text[0])].test(
                             static_cast<unsigned char>(text[1])))
    return std::nullopt;
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
