// What a later passage says about an earlier action (follow-up, see followup.hpp): dropped,
// done, reported (progress) or mentioned (named with nothing new). Keyword families are in
// parser/words/followup_words.hpp.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "parser/text.hpp"

namespace minutes::ledger {

// True when `s` holds one of `phrases` as whole words.
bool mentions(std::string_view s, const auto& phrases) {
  for (std::string_view p : phrases)
    if (parser::text::find_word(s, p) != std::string_view::npos) return true;
  return false;
}

// Calls on_word(word) for each run of word characters in `s`, in order.
template <typename OnWord>
inline void each_word(std::string_view s, OnWord on_word) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && parser::text::is_word_char(s[j])) ++j;
    if (j > i) on_word(s.substr(i, j - i));
    i = std::max(j, i + 1);
  }
}

// A sentence `s` of a later meeting that refers to `action`.
std::string kind_of(std::string_view s, std::string_view action);
// A row of an action log, which speaks in its last column: "Complete", "Open".
std::string kind_of_row(std::string_view row, std::string_view action);

}  // namespace minutes::ledger
