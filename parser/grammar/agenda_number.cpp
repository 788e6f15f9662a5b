// Instantiates the agenda_number grammar and implements its accessor.
#include "parser/grammar/agenda_number_def.hpp"
#include "parser/grammar/date.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(agenda_number_type, iterator_type, context_type)
}  // namespace rules

rules::agenda_number_type const& agenda_number() {
  return rules::agenda_number;
}

namespace {
std::string_view view(const ast::text_range& range) {
  return {range.begin(), static_cast<std::size_t>(range.size())};
}
}  // namespace

std::optional<agenda_number_match> match_agenda_number(std::string_view line) {
  iterator_type first = line.data();
  iterator_type const last = line.data() + line.size();
  ast::agenda_number parts;
  if (!x3::parse(first, last, agenda_number(), parts)) return std::nullopt;
  // "11 May 2022" and "16/6/21" open header lines, not agenda items.
  if (parts.keyword.empty() && match_date(line)) return std::nullopt;
  return agenda_number_match{view(parts.number), view(parts.keyword),
                             static_cast<std::size_t>(first - line.data())};
}

}  // namespace minutes::grammar
