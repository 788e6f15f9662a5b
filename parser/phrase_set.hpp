// A fixed table of words and phrases searched in one pass (shared by the extract stage).
// Extractors look for many phrases in every sentence ("moved by", "on a motion by", …);
// calling text::find_word once per phrase scans the sentence once per phrase. A phrase_set
// scans it once: at each word boundary it tries only the phrases that begin with that byte.
// Matching is text::find_word's: ASCII case-insensitive, whole words.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace minutes::parser::text {

class phrase_set {
 public:
  // A set holds this many phrases at most (one bit each in a 64-bit mask).
  static constexpr std::size_t max_phrases = 64;

  // Assumes at most max_phrases phrases, which outlive the set (tables of literals).
  explicit phrase_set(std::span<const std::string_view> phrases);

  std::size_t size() const { return phrases_.size(); }
  std::string_view operator[](std::size_t i) const { return phrases_[i]; }

  struct match {
    std::size_t index;  // of the phrase in the table
    std::size_t at;     // where it begins in the searched text
  };

  // The phrase listed first among those `s` contains, at its first occurrence: what calling
  // text::find_word for each phrase in table order would return first.
  std::optional<match> find_first(std::string_view s) const;

  // Where each phrase first occurs in `s` (npos where it does not): text::find_word(s, p)
  // for every phrase p, in one pass.
  using positions = std::array<std::size_t, max_phrases>;
  positions find_each(std::string_view s) const;

 private:
  // Calls on_match(index, at) for phrases of `wanted` found at word boundaries, in order of
  // position; on_match returns the phrases still wanted. Stops when none is.
  std::uint64_t all_phrases() const;  // the mask of every phrase
  template <typename OnMatch>
  void scan(std::string_view s, std::uint64_t wanted, OnMatch on_match) const;

  std::vector<std::string_view> phrases_;
  std::array<std::uint64_t, 256> by_first_byte_{};  // phrases whose first byte is b, in either case
  // Phrases whose second byte is b, in either case (one-byte phrases under every b): most
  // word starts with a candidate first byte are ruled out by their second without a compare.
  std::array<std::uint64_t, 256> by_second_byte_{};
  std::uint64_t one_byte_ = 0;  // phrases of a single byte, for a word start at the text's end
};

}  // namespace minutes::parser::text
