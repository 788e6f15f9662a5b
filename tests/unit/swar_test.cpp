// Unit tests of the eight-byte tests (parser/swar.hpp): each marks exactly the bytes with its
// property, at every offset of the word, with no carry into a neighbour — checked against
// the byte-by-byte answer for every byte value.
#include "parser/swar.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <functional>
#include <string>

namespace swar = minutes::parser::swar;

namespace {

// The mask a byte-by-byte test gives for the eight bytes of `s`.
std::uint64_t expected_mask(const std::string& s, const std::function<bool(unsigned char)>& has) {
  std::uint64_t mask = 0;
  for (std::size_t k = 0; k < 8; ++k)
    if (has(static_cast<unsigned char>(s[k]))) mask |= std::uint64_t{0x80} << (8 * k);
  return mask;
}

// Every byte value at every offset, between neighbours that tempt a borrow or a carry.
void check_each_byte(const std::function<std::uint64_t(std::uint64_t)>& test,
                     const std::function<bool(unsigned char)>& has) {
  for (unsigned char neighbour : {0x00, 0x1F, 0x20, 0x41, 0x5A, 0x7F, 0x80, 0xFF}) {
    for (int b = 0; b < 256; ++b) {
      for (std::size_t at = 0; at < 8; ++at) {
        std::string s(8, static_cast<char>(neighbour));
        s[at] = static_cast<char>(b);
        INFO("byte " << b << " at " << at << " among " << int(neighbour));
        CHECK(test(swar::load(s.data())) == expected_mask(s, has));
      }
    }
  }
}

}  // namespace

TEST_CASE("swar marks the bytes equal to one", "[unit][swar]") {
  if constexpr (!swar::little_endian) return;
  check_each_byte([](std::uint64_t x) { return swar::bytes_equal(x, '.'); },
                  [](unsigned char c) { return c == '.'; });
  check_each_byte(swar::zero_bytes, [](unsigned char c) { return c == 0; });
}

TEST_CASE("swar marks the bytes of a range, and the unprintable ones", "[unit][swar]") {
  if constexpr (!swar::little_endian) return;
  check_each_byte([](std::uint64_t x) { return swar::bytes_between(x, 'A', 'Z'); },
                  [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
  check_each_byte([](std::uint64_t x) { return swar::bytes_between(x, 0, 0x1F); },
                  [](unsigned char c) { return c <= 0x1F; });
  check_each_byte(swar::bytes_not_printable, [](unsigned char c) { return c < 0x20 || c >= 0x7F; });
}

TEST_CASE("swar finds the first marked byte", "[unit][swar]") {
  if constexpr (!swar::little_endian) return;
  std::string s = "no stop.";
  CHECK(swar::first(swar::bytes_equal(swar::load(s.data()), '.')) == 7);
  s = "A.b.c.d.";
  CHECK(swar::first(swar::bytes_equal(swar::load(s.data()), '.')) == 1);
  CHECK(swar::first(swar::bytes_between(swar::load(s.data()), 'A', 'Z')) == 0);
}
