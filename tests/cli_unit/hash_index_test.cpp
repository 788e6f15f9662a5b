// hash_index: records found by hash and confirmed by their callers, through collisions and
// growth.
#include "cli/hash_index.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using minutes::cli::hash_index;
using minutes::cli::hash_of_name;

TEST_CASE("records are found by name, the first of equal names", "[hash_index]") {
  std::vector<std::string> names;
  hash_index index;
  auto hash_at = [&](std::size_t n) { return hash_of_name(names[n]); };
  for (int i = 0; i < 1000; ++i) {  // grows from 16 slots, rehashing on the way
    names.push_back("doc-" + std::to_string(i) + ".txt");
    index.add(names.size() - 1, hash_at);
  }
  names.push_back("doc-7.txt");  // a second record with a name already there
  index.add(names.size() - 1, hash_at);
  auto find = [&](const std::string& name) {
    return index.find(hash_of_name(name), [&](std::size_t n) { return names[n] == name; });
  };
  CHECK(find("doc-0.txt") == 0u);
  CHECK(find("doc-999.txt") == 999u);
  CHECK(find("doc-7.txt") == 7u);
  CHECK_FALSE(find("doc-1000.txt"));
  CHECK_FALSE(find(""));
}

TEST_CASE("records whose hashes collide are told apart by the caller", "[hash_index]") {
  const std::vector<std::string> names = {"a", "b", "c", "d", "e"};
  hash_index index;
  auto same_hash = [](std::size_t) { return std::uint64_t{42}; };
  index.reserve(2, same_hash);
  for (std::size_t n = 0; n < names.size(); ++n) index.add(n, same_hash);
  for (std::size_t n = 0; n < names.size(); ++n)
    CHECK(index.find(42, [&](std::size_t k) { return names[k] == names[n]; }) == n);
  CHECK_FALSE(index.find(42, [&](std::size_t k) { return names[k] == "z"; }));
  CHECK_FALSE(hash_index().find(42, [](std::size_t) { return true; }));
}
