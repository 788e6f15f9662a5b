// An index from strings to the numbers of the records that hold them, for tables of one
// record per input: open addressing, 4 bytes a slot, at most half full — about 8 bytes a
// record where a std::unordered_map costs 40 and more. It keeps no strings: it reads each
// record's string back through the `key_of(number)` its callers pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace minutes::cli {

class string_index {
 public:
  // Makes room for `records` records, so that adding them never rehashes.
  template <class KeyOf>
  void reserve(std::size_t records, KeyOf key_of) {
    std::size_t size = 16;
    while (size < 2 * records) size *= 2;
    if (size <= slots_.size()) return;
    std::vector<std::uint32_t> old(size, 0);
    old.swap(slots_);
    for (std::uint32_t n : old)
      if (n != 0) place(n, key_of(n - 1));
  }

  // The first record added with string `key`.
  template <class KeyOf>
  std::optional<std::size_t> find(std::string_view key, KeyOf key_of) const {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t s = slot_of(key);; s = (s + 1) & (slots_.size() - 1)) {
      if (slots_[s] == 0) return std::nullopt;
      if (key_of(slots_[s] - 1) == key) return slots_[s] - 1;
    }
  }

  // Adds record `n`. A string added twice is found with its first record.
  template <class KeyOf>
  void add(std::size_t n, KeyOf key_of) {
    if (2 * (count_ + 1) > slots_.size()) reserve(2 * (count_ + 1), key_of);
    place(static_cast<std::uint32_t>(n + 1), key_of(n));
    ++count_;
  }

 private:
  std::size_t slot_of(std::string_view key) const {
    return std::hash<std::string_view>{}(key) & (slots_.size() - 1);
  }
  void place(std::uint32_t slot_value, std::string_view key) {
    std::size_t s = slot_of(key);
    while (slots_[s] != 0) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = slot_value;
  }

  std::vector<std::uint32_t> slots_;  // record number + 1; 0 is an empty slot
  std::size_t count_ = 0;
};

}  // namespace minutes::cli
