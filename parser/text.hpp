// Small text helpers over string_views shared by layout and extract: ASCII case folding,
// word boundaries, trimming. Non-ASCII bytes count as letters (names like "Raúl").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace minutes::parser::text {

// The class of each byte, looked up rather than compared: these tests run at nearly every
// byte of a document, and a table lookup is one load where a range test is several branches.
namespace byte_class {
enum : unsigned char { upper = 1, lower = 2, digit = 4, high = 8, space = 16, clause_mark = 32 };
inline constexpr auto table = [] {
  struct classes {
    unsigned char of[256] = {};
    char lowered[256] = {};
  } t;
  for (int b = 0; b < 256; ++b) {
    unsigned char c = 0;
    if (b >= 'A' && b <= 'Z') c = upper;
    if (b >= 'a' && b <= 'z') c = lower;
    if (b >= '0' && b <= '9') c = digit;
    if (b >= 0x80) c = high;
    if (b == ' ' || b == '\t') c = space;
    if (b == ',' || b == ';' || b == ':') c = clause_mark;
    t.of[b] = c;
    t.lowered[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return t;
}();
inline unsigned char of(char c) {
  return table.of[static_cast<unsigned char>(c)];
}
}  // namespace byte_class

inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
// Non-ASCII bytes count as letters: names like "Raúl".
inline bool is_letter(char c) {
  return byte_class::of(c) & (byte_class::upper | byte_class::lower | byte_class::high);
}
inline bool is_word_char(char c) {
  return byte_class::of(c) &
         (byte_class::upper | byte_class::lower | byte_class::high | byte_class::digit);
}
inline char lower(char c) {
  return byte_class::table.lowered[static_cast<unsigned char>(c)];
}
// FNV-1a over the ASCII-lower-cased bytes: words that differ only in ASCII case hash alike
// (the hash of iequals).
inline std::uint64_t case_blind_hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(lower(c))) * 1099511628211ull;
  return h;
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t';
}
// A space, or the ',', ';' or ':' that ends a clause: where keyword scanners end a word.
inline bool ends_word(char c) {
  return byte_class::of(c) & (byte_class::space | byte_class::clause_mark);
}

// Position of the first byte of `s` at or after `from` that is one of `set`, or npos: what
// s.find_first_of(set, from) returns, without its call to memchr on the set for every byte.
inline std::size_t find_any(std::string_view s, std::string_view set, std::size_t from = 0) {
  for (std::size_t i = from; i < s.size(); ++i)
    for (char c : set)
      if (s[i] == c) return i;
  return std::string_view::npos;
}

// True when `s` holds an ASCII digit.
inline bool has_digit(std::string_view s) {
  for (char c : s)
    if (is_digit(c)) return true;
  return false;
}

// ASCII case-insensitive equality. Inline: keyword tests call it at nearly every word, and
// most calls end at the size test.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}
// ASCII case-insensitive prefix test.
inline bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}
// True when `s` starts with the word `w` (case-insensitive) followed by a non-word character.
inline bool starts_with_word(std::string_view s, std::string_view w) {
  return istarts_with(s, w) && (s.size() == w.size() || !is_word_char(s[w.size()]));
}
// Position of the first case-insensitive whole-word occurrence of `w` at or after `from`.
std::size_t find_word(std::string_view s, std::string_view w, std::size_t from = 0);
// True when `s` contains `w` as a whole word (case-insensitive).
inline bool has_word(std::string_view s, std::string_view w) {
  return find_word(s, w) != std::string_view::npos;
}
// trim's loop, out of line: for a string with something to remove at an end.
std::string_view trim_edges(std::string_view s, std::string_view extra);
// Removes leading and trailing spaces, tabs and the given punctuation.
inline std::string_view trim(std::string_view s, std::string_view extra = "") {
  // Most strings trimmed have nothing to trim: decided inline, at their two ends.
  auto kept = [&](char c) {
    if (is_space(c)) return false;
    for (char e : extra)
      if (c == e) return false;
    return true;
  };
  if (s.empty() || (kept(s.front()) && kept(s.back()))) return s;
  return trim_edges(s, extra);
}
// Number of space-separated words.
std::size_t word_count(std::string_view s);
// Calls f(word) for each space-separated word of `s`, in order.
template <typename F>
void for_each_word(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    if (end > i) f(s.substr(i, end - i));
    i = end + 1;
  }
}
// True when every letter is uppercase and there are at least two ASCII letters.
bool all_caps(std::string_view s);
// Lowercase ASCII copy.
std::string to_lower(std::string_view s);
// The text with tabs (column gaps) read as spaces.
std::string gaps_as_spaces(std::string_view s);
// Appends code point `cp` as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

}  // namespace minutes::parser::text
