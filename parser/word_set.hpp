// A fixed table of words looked up in constant time (shared by layout and extract). Keyword
// tests ("is this a role word?") run for nearly every word of a document; walking a table of
// a hundred words with text::iequals each time was a hot spot. A word_set hashes the word's
// ASCII-lower-cased bytes instead. Matching is text::iequals's: ASCII case-insensitive.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parser/text.hpp"

namespace minutes::parser::text {

class word_set {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // Assumes the words outlive the set (tables of literals).
  explicit word_set(std::span<const std::string_view> words);

  // True when `word` equals one of the words, ignoring ASCII case.
  bool contains(std::string_view word) const {
    return word.empty() ? has_empty_ : may_hold(word) && slot_of(word) != npos;
  }
  // False for most words the set does not hold, and true for every word it does: a test
  // without hashing, made inline before the look-up.
  bool may_hold(std::string_view word) const {
    return !word.empty() && word.size() <= longest_ &&
           (lengths_by_start_[start_key(word)] >> length_bit(word.size()) & 1);
  }

  // The slot that holds `word` (0 ≤ slot < slot_count()), or npos when the set does not hold
  // it; the empty word has no slot. For tables that keep a value per word beside the set.
  std::size_t slot_of(std::string_view word) const;
  std::size_t slot_count() const { return slots_.size(); }

 private:
  static std::size_t hash(std::string_view word);

  std::vector<std::string_view> slots_;  // open addressing; an empty slot is free
  std::size_t mask_ = 0;                 // slots_.size() - 1 (a power of two)
  bool has_empty_ = false;               // the table holds "" (which no slot can)
  std::size_t longest_ = 0;              // a longer word is not in the set: no need to hash it
  // For each first byte (lower-cased), a bit per length (63 for all longer) of the words that
  // begin with it: most words looked up are not in the set, and most are ruled out here,
  // without hashing. (A table by the first two bytes rules out a few more, but at 8 KB a set
  // it cost more at start-up, in pages touched, than it saved.)
  std::array<std::uint64_t, 256> lengths_by_start_{};
  static std::size_t start_key(std::string_view word) {
    return static_cast<unsigned char>(lower(word[0]));
  }
  static unsigned length_bit(std::size_t size) { return size < 63 ? unsigned(size) : 63u; }
};

}  // namespace minutes::parser::text
