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

std::optional<vote_match> match_slash_tally(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::vote_tally tally;
  if (!x3::parse(first, last, rules::slash_tally, tally)) return std::nullopt;
  return vote_match{tally, static_cast<std::size_t>(first - text.data())};
}

namespace {

bool is_word_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// True when `c` can stand before a vote count's first digit: in its side words ("in favour",
// "against"), after a label ("For: (5"), or in "+1:" and "-1:". A count is read only where
// such characters lead to a digit.
bool may_lead_to_count(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '\t' || c == '(' ||
         c == ':' || c == '+' || c == '-';
}

// True when a vote count can begin with `c`: "(", a digit, or the first letter of a side's
// word (in favour, ayes, yeas, for, against, opposed, nays, noes, abstain…). A cheap filter:
// the grammar (with x3::no_case's locale calls) runs only where it can match.
bool may_open_vote(char c) {
  switch (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) {
    case '(':
    case '+':
    case '-':
    case 'i':
    case 'a':
    case 'y':
    case 'f':
    case 'o':
    case 'n':
      return true;
    default:
      return c >= '0' && c <= '9';
  }
}

}  // namespace

std::optional<vote_found> find_vote_count(std::string_view text, std::size_t from) {
  // Every vote count holds a digit, so no match starts after the last one.
  std::size_t last_digit = text.size();
  while (last_digit > from && !(text[last_digit - 1] >= '0' && text[last_digit - 1] <= '9'))
    --last_digit;
  if (last_digit == from) return std::nullopt;
  --last_digit;
  // Positions before `reach_end` share one answer, `reaches`, to "is there a digit ahead
  // with only side words between?": each byte is looked at once, however many words open.
  std::size_t reach_end = from;
  bool reaches = false;
  for (std::size_t i = from; i <= last_digit; ++i) {
    if (i > 0 && (is_word_char(text[i - 1]) || text[i - 1] == '-' || text[i - 1] == '/' ||
                  text[i - 1] == '.' || text[i - 1] == '$'))
      continue;
    char c = text[i];
    if (!may_open_vote(c)) continue;
    if (i >= reach_end) {
      std::size_t j = i;
      while (j < text.size() && !is_digit(text[j]) && may_lead_to_count(text[j])) ++j;
      reaches = j < text.size() && is_digit(text[j]);
      reach_end = j + 1;
    }
    if (!reaches) continue;
    if (auto m = match_vote_count(text.substr(i))) return vote_found{m->value, i, i + m->length};
  }
  return std::nullopt;
}

}  // namespace minutes::grammar
