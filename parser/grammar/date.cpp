// Instantiates the date grammar and implements its accessors.
#include "parser/grammar/date_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
}  // namespace rules

rules::date_type const& date() {
  return rules::date;
}

namespace {
bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A date may start at a word that is not glued to what precedes it, and not inside
// dotted or slashed numbering ("1.2.3.2022" holds no date).
bool may_start_date(std::string_view text, std::size_t at) {
  if (!is_alnum(text[at])) return false;
  if (at == 0) return true;
  char before = text[at - 1];
  if (is_alnum(before)) return false;
  return !((before == '.' || before == '/') && at >= 2 && is_digit(text[at - 2]));
}
}  // namespace

std::optional<date_match> match_date(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::date value;
  if (!x3::parse(first, last, date(), value)) return std::nullopt;
  return date_match{value, static_cast<std::size_t>(first - text.data())};
}

std::optional<date_found> find_date(std::string_view text, std::size_t from) {
  for (std::size_t at = from; at < text.size(); ++at) {
    if (!may_start_date(text, at)) continue;
    if (auto m = match_date(text.substr(at))) return date_found{m->value, at, at + m->length};
  }
  return std::nullopt;
}

}  // namespace minutes::grammar
