// Instantiates the vote_count grammar and implements its accessors.
#include "parser/grammar/vote_count_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(vote_count_type, iterator_type, context_type)
}  // namespace rules

rules::vote_count_type const& vote_count() {
  return rules::vote_count;
}

std::optional<vote_match> match_vote_count(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::vote_tally tally;
  if (!x3::parse(first, last, vote_count(), tally)) return std::nullopt;
  if (tally.for_ < 0 && tally.against < 0 && tally.abstain < 0) return std::nullopt;
  return vote_match{tally, static_cast<std::size_t>(first - text.data())};
}

std::optional<vote_found> find_vote_count(std::string_view text, std::size_t from) {
  auto word_char = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  for (std::size_t i = from; i < text.size(); ++i) {
    if (i > 0 && (word_char(text[i - 1]) || text[i - 1] == '-' || text[i - 1] == '/' ||
                  text[i - 1] == '.' || text[i - 1] == '$'))
      continue;
    char c = text[i];
    if (!word_char(c) && c != '(') continue;
    if (auto m = match_vote_count(text.substr(i))) return vote_found{m->value, i, i + m->length};
  }
  return std::nullopt;
}

}  // namespace minutes::grammar
