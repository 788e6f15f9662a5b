// Commitments, internal (extract stage): what the two parts of commitment finding,
// commitments.cpp and commitments_owners.cpp, share — the word scanners both run at every
// word (defined here, so that both inline them) and the owners joined by "and", "/" or
// commas. No other file includes this one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "parser/extract/commitments.hpp"
#include "parser/text.hpp"

namespace minutes::parser {

// ---- Word scanning ------------------------------------------------------------------------

// True when `w` is one of the words of `table`, in any case.
bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

// The word at `i`: up to a space, ',', ';' or ':'.
inline std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && !text::ends_word(s[j])) ++j;
  return s.substr(i, j - i);
}

// The first byte from `i` on that is not a space.
inline std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && text::is_space(s[i])) ++i;
  return i;
}

// The start of the word after the one at `i`.
inline std::size_t next_word(std::string_view s, std::size_t i) {
  while (i < s.size() && !text::is_space(s[i])) ++i;
  return skip_spaces(s, i);
}

// The start of the last word before `end`, spaces before `end` skipped.
inline std::size_t previous_word_start(std::string_view s, std::size_t end) {
  while (end > 0 && text::is_space(s[end - 1])) --end;
  std::size_t start = end;
  while (start > 0 && !text::is_space(s[start - 1])) --start;
  return start;
}

// ---- Owners (commitments_owners.cpp) ------------------------------------------------------

// The owners that end at `end`, joined by "and", "&", "/" or (in a list that ends with
// "and") commas: "Greta and Maddie will", "HP/LB to". `out` is cleared first.
void owners_before(std::string_view s, std::size_t end, std::vector<owner_ref>& out);
// The owners that start at `pos`, joined by "and", ",", "/" or "&": "Esi and bkumar to".
// `out` is cleared first; returns where the last one ends, or `pos` when there is none.
std::size_t owners_after(std::string_view s, std::size_t pos, std::vector<owner_ref>& out);

}  // namespace minutes::parser
