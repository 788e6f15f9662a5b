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

// True when an agenda number can begin `line`: a digit; a keyword's or a roman numeral's
// capital ("Item", "Minute", "IV."); or a capital that a minute reference's letters, '/' or
// digits follow ("TB/23/110", "HB23/041"). Most lines of minutes open otherwise ("The",
// "Cllr"), and are ruled out without the grammar.
bool may_open_agenda_number(std::string_view line) {
  if (line.empty()) return false;
  char c = line[0];
  if (c >= '0' && c <= '9') return true;
  if (c < 'A' || c > 'Z') return false;
  switch (c) {
    case 'A':  // Agenda Item
    case 'M':  // Minute, Min
    case 'I':  // Item, and the roman numerals
    case 'O':  // Objective
    case 'P':  // Part
    case 'V':
    case 'X':
    case 'L':
      return true;
    default:
      break;
  }
  if (line.size() < 2) return false;
  char next = line[1];
  return (next >= 'A' && next <= 'Z') || next == '/' || (next >= '0' && next <= '9');
}

}  // namespace

std::optional<agenda_number_match> match_agenda_number(std::string_view line) {
  if (!may_open_agenda_number(line)) return std::nullopt;
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
