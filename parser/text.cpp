// Text helpers (see text.hpp). Plain loops: these run on every line.
#include "parser/text.hpp"

namespace minutes::parser::text {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool starts_with_word(std::string_view s, std::string_view w) {
  return istarts_with(s, w) && (s.size() == w.size() || !is_word_char(s[w.size()]));
}

std::size_t find_word(std::string_view s, std::string_view w, std::size_t from) {
  if (w.empty()) return std::string_view::npos;
  for (std::size_t i = from; i + w.size() <= s.size(); ++i) {
    if (lower(s[i]) != lower(w[0])) continue;
    if (i > 0 && is_word_char(s[i - 1])) continue;
    if (!iequals(s.substr(i, w.size()), w)) continue;
    if (i + w.size() < s.size() && is_word_char(s[i + w.size()])) continue;
    return i;
  }
  return std::string_view::npos;
}

std::string_view trim(std::string_view s, std::string_view extra) {
  auto drop = [&](char c) { return is_space(c) || extra.find(c) != std::string_view::npos; };
  while (!s.empty() && drop(s.front())) s.remove_prefix(1);
  while (!s.empty() && drop(s.back())) s.remove_suffix(1);
  return s;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = is_space(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool all_caps(std::string_view s) {
  std::size_t upper = 0;
  for (char c : s) {
    if (is_ascii_lower(c)) return false;
    upper += is_ascii_upper(c);
  }
  return upper >= 2;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

std::string gaps_as_spaces(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t') c = ' ';
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace minutes::parser::text
