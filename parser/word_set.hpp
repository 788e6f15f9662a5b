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

namespace minutes::parser::text {

class word_set {
 public:
  // Assumes the words outlive the set (tables of literals).
  explicit word_set(std::span<const std::string_view> words);

  // True when `word` equals one of the words, ignoring ASCII case.
  bool contains(std::string_view word) const;

 private:
  static std::size_t hash(std::string_view word);

  std::vector<std::string_view> slots_;  // open addressing; an empty slot is free
  std::size_t mask_ = 0;                 // slots_.size() - 1 (a power of two)
  bool has_empty_ = false;               // the table holds "" (which no slot can)
  std::size_t longest_ = 0;              // a longer word is not in the set: no need to hash it
  // For each first byte (lower-cased), a bit per length (63 for all longer) of the words that
  // begin with it: most words looked up are not in the set, and most are ruled out here.
  std::array<std::uint64_t, 256> lengths_by_first_{};
  static unsigned length_bit(std::size_t size) { return size < 63 ? unsigned(size) : 63u; }
};

}  // namespace minutes::parser::text
