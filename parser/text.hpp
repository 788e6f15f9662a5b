// Small text helpers over string_views shared by layout and extract: ASCII case folding,
// word boundaries, trimming. Non-ASCII bytes count as letters (names like "Raúl").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace minutes::parser::text {

inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_letter(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c) || static_cast<unsigned char>(c) >= 0x80;
}
inline bool is_word_char(char c) {
  return is_letter(c) || is_digit(c);
}
inline char lower(char c) {
  return is_ascii_upper(c) ? static_cast<char>(c + 32) : c;
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t';
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

// ASCII case-insensitive equality.
bool iequals(std::string_view a, std::string_view b);
// ASCII case-insensitive prefix test.
bool istarts_with(std::string_view s, std::string_view prefix);
// True when `s` starts with the word `w` (case-insensitive) followed by a non-word character.
bool starts_with_word(std::string_view s, std::string_view w);
// Position of the first case-insensitive whole-word occurrence of `w` at or after `from`.
std::size_t find_word(std::string_view s, std::string_view w, std::size_t from = 0);
// True when `s` contains `w` as a whole word (case-insensitive).
inline bool has_word(std::string_view s, std::string_view w) {
  return find_word(s, w) != std::string_view::npos;
}
// Removes leading and trailing spaces, tabs and the given punctuation.
std::string_view trim(std::string_view s, std::string_view extra = "");
// Number of space-separated words.
std::size_t word_count(std::string_view s);
// True when every letter is uppercase and there are at least two ASCII letters.
bool all_caps(std::string_view s);
// Lowercase ASCII copy.
std::string to_lower(std::string_view s);
// The text with tabs (column gaps) read as spaces.
std::string gaps_as_spaces(std::string_view s);
// Appends code point `cp` as UTF-8; surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

}  // namespace minutes::parser::text
