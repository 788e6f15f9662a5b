// Eight bytes at a time (shared by ingest and extract): tests on a 64-bit word loaded from
// text that mark which of its bytes have a property, so that a scan for a rare byte (a
// sentence's full stop, a capital, a control byte) skips the bytes without one in chunks.
// Each mask holds the high bit of every byte that has the property, exactly: no borrow or
// carry crosses from one byte into the next. Byte k of the text is byte k of the word on a
// little-endian machine; the scans check `little_endian` and keep their byte loops for
// others.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace minutes::parser::swar {

inline constexpr bool little_endian = std::endian::native == std::endian::little;

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;
inline constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7FULL;

inline std::uint64_t load(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, sizeof x);
  return x;
}

// The bytes that are zero.
inline std::uint64_t zero_bytes(std::uint64_t x) {
  return ~(((x & lows) + lows) | x) & highs;
}

// The bytes equal to `c`.
inline std::uint64_t bytes_equal(std::uint64_t x, unsigned char c) {
  return zero_bytes(x ^ (c * ones));
}

// The bytes from `lo` to `hi`, both below 0x80.
inline std::uint64_t bytes_between(std::uint64_t x, unsigned char lo, unsigned char hi) {
  std::uint64_t low7 = x & lows;
  std::uint64_t at_least_lo = (low7 + (0x80 - lo) * ones) & highs;
  std::uint64_t above_hi = (low7 + (0x7F - hi) * ones) & highs;
  return at_least_lo & ~above_hi & ~x;  // ~x: not a byte of 0x80 or more
}

// The bytes below 0x20 or from 0x7F up: not printable ASCII.
inline std::uint64_t bytes_not_printable(std::uint64_t x) {
  return ~bytes_between(x, 0x20, 0x7E) & highs;
}

// The offset of the first marked byte; `mask` must not be zero.
inline std::size_t first(std::uint64_t mask) {
  return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
}

}  // namespace minutes::parser::swar
