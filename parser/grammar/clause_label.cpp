// Instantiates the clause_label grammar and implements its accessor.
#include "parser/grammar/clause_label_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(clause_label_type, iterator_type, context_type)
}  // namespace rules

rules::clause_label_type const& clause_label() {
  return rules::clause_label;
}

namespace {
label_style style_of(std::string_view label) {
  if (label.find_first_not_of("ivxlIVXL") == std::string_view::npos) return label_style::roman;
  if (label[0] >= '0' && label[0] <= '9') return label_style::number;
  return label_style::letter;
}
}  // namespace

std::optional<clause_label_match> match_clause_label(std::string_view line) {
  iterator_type first = line.data();
  iterator_type const last = line.data() + line.size();
  ast::text_range body;
  if (!x3::parse(first, last, clause_label(), body)) return std::nullopt;
  std::string_view label(body.begin(), static_cast<std::size_t>(body.size()));
  bool bracketed = body.begin() != line.data();
  while (first != last && (*first == ' ' || *first == '\t')) ++first;
  return clause_label_match{label, style_of(label), bracketed,
                            static_cast<std::size_t>(first - line.data())};
}

}  // namespace minutes::grammar
