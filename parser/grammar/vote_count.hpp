// vote_count: the counts of a recorded vote as minutes print them — "5-2", "7-0-1",
// "5 to 2", "For: 5 Against: 2 Abstentions: 1", "12 for, 1 against, 2 abstain",
// "Ayes 4, Nays 1", "(6 in favour, 1 against)". Used by the motion family.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/config.hpp"
#include "parser/grammar/vote_count_ast.hpp"

namespace minutes::grammar {
namespace rules {
struct vote_count_class;
using vote_count_type = x3::rule<vote_count_class, ast::vote_tally>;
BOOST_SPIRIT_DECLARE(vote_count_type)
}  // namespace rules

rules::vote_count_type const& vote_count();

struct vote_match {
  ast::vote_tally value;
  std::size_t length;  // bytes consumed
};

// Parses vote counts at the very start of `text`.
std::optional<vote_match> match_vote_count(std::string_view text);

struct vote_found {
  ast::vote_tally value;
  std::size_t begin, end;  // byte offsets into the searched text
};

// Parses a tally written with slashes ("7/0", "6/1/1") at the very start of `text`: for,
// against and abstain. Only after an outcome word ("CARRIED 7/0") is it a vote.
std::optional<vote_match> match_slash_tally(std::string_view text);

// Finds the first vote counts at a word boundary at or after `from`.
std::optional<vote_found> find_vote_count(std::string_view text, std::size_t from = 0);

}  // namespace minutes::grammar
