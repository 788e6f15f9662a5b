// clause_label: the label that opens a clause — "(i)", "ii)", "a)", "(b)", "1.", "2)", "A." —
// followed by a space or the end of the line. Used by layout for Resolved blocks and lists.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/clause_label_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct clause_label_class;
using clause_label_type = x3::rule<clause_label_class, ast::text_range>;
BOOST_SPIRIT_DECLARE(clause_label_type)
}  // namespace rules

// The rule itself, for grammars that build on it.
rules::clause_label_type const& clause_label();

enum class label_style { roman, letter, number };

struct clause_label_match {
  std::string_view label;  // without brackets or dot: "ii"
  label_style style;       // roman also covers single letters i, v, x (resolved by context)
  bool bracketed;          // "(ii)" rather than "ii)" or "ii."
  std::size_t length;      // bytes consumed, including the spaces after the label
};

// Parses a clause label at the start of `line`; nullopt when the line does not open with one.
std::optional<clause_label_match> match_clause_label(std::string_view line);

}  // namespace minutes::grammar
