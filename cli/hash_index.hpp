// An index from hashes to the numbers of the records that have them, for tables of one record
// per input: open addressing, 4 bytes a slot, at most half full — about 8 bytes a record where
// a std::unordered_map costs 40 and more. It keeps neither keys nor hashes: callers pass
// `hash_of(number)` to place records and `matches(number)` to confirm one, so a table may keep
// its keys anywhere — in a store of names, or in a file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace minutes::cli {

class hash_index {
 public:
  // Makes room for `records` records, so that adding that many never rehashes.
  template <class HashOf>
  void reserve(std::size_t records, HashOf hash_of) {
    std::size_t size = 16;
    while (size < 2 * records) size *= 2;
    if (size <= slots_.size()) return;
    std::vector<std::uint32_t> old(size, 0);
    old.swap(slots_);
    for (std::uint32_t slot : old)
      if (slot != 0) place(slot, hash_of(slot - 1));
  }

  // The first record added with hash `hash` for which `matches(number)` holds.
  template <class Matches>
  std::optional<std::size_t> find(std::uint64_t hash, Matches matches) const {
    if (slots_.empty()) return std::nullopt;
    for (std::size_t s = hash & (slots_.size() - 1);; s = (s + 1) & (slots_.size() - 1)) {
      if (slots_[s] == 0) return std::nullopt;
      if (matches(slots_[s] - 1)) return slots_[s] - 1;
    }
  }

  // Adds record `n`, whose hash is hash_of(n).
  template <class HashOf>
  void add(std::size_t n, HashOf hash_of) {
    if (2 * (count_ + 1) > slots_.size()) reserve(2 * (count_ + 1), hash_of);
    place(static_cast<std::uint32_t>(n + 1), hash_of(n));
    ++count_;
  }

 private:
  void place(std::uint32_t slot, std::uint64_t hash) {
    std::size_t s = hash & (slots_.size() - 1);
    while (slots_[s] != 0) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = slot;
  }

  std::vector<std::uint32_t> slots_;  // record number + 1; 0 is an empty slot
  std::size_t count_ = 0;
};

// The hash the batch's indexes use for names and paths.
inline std::uint64_t hash_of_name(std::string_view name) {
  return std::hash<std::string_view>{}(name);
}

}  // namespace minutes::cli
