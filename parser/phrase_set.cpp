// Phrase tables searched in one pass (see phrase_set.hpp).
#include "parser/phrase_set.hpp"

#include <bit>
#include <cassert>

#include "parser/text.hpp"

namespace minutes::parser::text {

phrase_set::phrase_set(std::span<const std::string_view> phrases)
    : phrases_(phrases.begin(), phrases.end()) {
  assert(phrases_.size() <= max_phrases);
  // Both cases of the first byte are entered, so that the scan indexes the table with the
  // byte as it is, without folding its case first.
  auto enter = [](std::array<std::uint64_t, 256>& table, char c, std::uint64_t bit) {
    char low = lower(c);
    char up = is_ascii_lower(low) ? static_cast<char>(low - 'a' + 'A') : low;
    table[static_cast<unsigned char>(low)] |= bit;
    table[static_cast<unsigned char>(up)] |= bit;
  };
  for (std::size_t i = 0; i < phrases_.size(); ++i) {
    if (phrases_[i].empty()) continue;  // find_word never finds an empty word
    const std::uint64_t bit = std::uint64_t{1} << i;
    enter(by_first_byte_, phrases_[i][0], bit);
    if (phrases_[i].size() >= 2) {
      enter(by_second_byte_, phrases_[i][1], bit);
    } else {
      for (auto& mask : by_second_byte_) mask |= bit;
      one_byte_ |= bit;
    }
  }
}

std::uint64_t phrase_set::all_phrases() const {
  return phrases_.size() == max_phrases ? ~std::uint64_t{0}
                                        : (std::uint64_t{1} << phrases_.size()) - 1;
}

template <typename OnMatch>
void phrase_set::scan(std::string_view s, std::uint64_t wanted, OnMatch on_match) const {
  // Only a byte that follows no letter or digit can begin a phrase: the rest of each word is
  // passed over without a look at the tables.
  for (std::size_t i = 0; i < s.size() && wanted;) {
    std::uint64_t candidates = by_first_byte_[static_cast<unsigned char>(s[i])] & wanted;
    if (candidates)
      candidates &=
          i + 1 < s.size() ? by_second_byte_[static_cast<unsigned char>(s[i + 1])] : one_byte_;
    while (candidates) {
      auto k = static_cast<std::size_t>(std::countr_zero(candidates));
      candidates &= candidates - 1;
      std::string_view p = phrases_[k];
      if (p.size() > s.size() - i || !iequals(s.substr(i, p.size()), p)) continue;
      if (i + p.size() < s.size() && is_word_char(s[i + p.size()])) continue;
      wanted = on_match(k, i);
      candidates &= wanted;
    }
    if (!is_word_char(s[i])) {
      ++i;
      continue;
    }
    // The word's other bytes, and the byte after it, which follows a letter or a digit.
    ++i;
    while (i < s.size() && is_word_char(s[i])) ++i;
    ++i;
  }
}

std::optional<phrase_set::match> phrase_set::find_first(std::string_view s) const {
  std::optional<match> best;
  scan(s, all_phrases(), [&](std::size_t k, std::size_t at) {
    best = match{k, at};
    return (std::uint64_t{1} << k) - 1;  // only a phrase listed earlier can do better
  });
  return best;
}

phrase_set::positions phrase_set::find_each(std::string_view s) const {
  positions at;
  at.fill(std::string_view::npos);
  std::uint64_t wanted = all_phrases();
  scan(s, wanted, [&](std::size_t k, std::size_t pos) {
    at[k] = pos;
    wanted &= ~(std::uint64_t{1} << k);  // the first occurrence is the one
    return wanted;
  });
  return at;
}

}  // namespace minutes::parser::text
