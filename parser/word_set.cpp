// Word tables with constant-time lookup (see word_set.hpp).
#include "parser/word_set.hpp"

#include <algorithm>
#include <cstdint>

#include "parser/text.hpp"

namespace minutes::parser::text {

word_set::word_set(std::span<const std::string_view> words) {
  std::size_t size = 8;
  while (size < 2 * words.size()) size *= 2;  // at most half full: probe runs stay short
  slots_.resize(size);
  mask_ = size - 1;
  for (std::string_view w : words) {
    if (w.empty()) {
      has_empty_ = true;
      continue;
    }
    if (contains(w)) continue;
    longest_ = std::max(longest_, w.size());
    lengths_by_start_[start_key(w)] |= std::uint64_t{1} << length_bit(w.size());
    std::size_t i = hash(w) & mask_;
    while (!slots_[i].empty()) i = (i + 1) & mask_;
    slots_[i] = w;
  }
}

std::size_t word_set::slot_of(std::string_view word) const {
  if (!may_hold(word)) return npos;
  for (std::size_t i = hash(word) & mask_; !slots_[i].empty(); i = (i + 1) & mask_)
    if (iequals(slots_[i], word)) return i;
  return npos;
}

std::size_t word_set::hash(std::string_view word) {
  return static_cast<std::size_t>(case_blind_hash(word));
}

}  // namespace minutes::parser::text
