// Text helpers (see text.hpp). Plain loops: these run on every line.
#include "parser/text.hpp"

#include <algorithm>
#include <cstring>

namespace minutes::parser::text {

namespace {

// The first `c` in [p, end), or `end`.
const char* find_byte(const char* p, const char* end, char c) {
  const void* at = std::memchr(p, c, static_cast<std::size_t>(end - p));
  return at ? static_cast<const char*>(at) : end;
}

// ASCII case-insensitive equality of `n` bytes.
bool iequals_n(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

}  // namespace

// Phrase tables call this for every sentence, so candidates are found with memchr (vectorised)
// on both cases of the first byte rather than by folding every byte. Each case keeps its own
// cursor, so every byte is scanned at most once per case.
std::size_t find_word(std::string_view s, std::string_view w, std::size_t from) {
  if (w.empty() || from > s.size() || w.size() > s.size() - from) return std::string_view::npos;
  const char* begin = s.data();
  const char* stop = begin + (s.size() - w.size()) + 1;  // one past the last possible start
  const char lo = lower(w[0]);
  const char up = is_ascii_lower(lo) ? static_cast<char>(lo - 32) : lo;
  // The next first letter in lower case, and in upper case a stretch at a time, up to it
  // or a little past: a capital that never comes must not send every call to the end of a
  // long text ("for the" searched again and again in a sentence with no "F").
  constexpr std::size_t capital_stretch = 256;
  const char* next_lo = find_byte(begin + from, stop, lo);
  const char* next_up = stop;              // the next capital found, else stop
  const char* up_searched = begin + from;  // capitals have been looked for up to here
  while (true) {
    if (up != lo && next_up == stop && up_searched < next_lo) {
      std::size_t room = static_cast<std::size_t>(stop - up_searched);
      const char* limit = std::max(next_lo, up_searched + std::min(room, capital_stretch));
      const char* found = find_byte(up_searched, limit, up);
      up_searched = limit;
      if (found != limit) next_up = found;
    }
    const char* at = std::min(next_lo, next_up);
    if (at == stop) return std::string_view::npos;
    bool starts_word = at == begin || !is_word_char(at[-1]);
    const char* after = at + w.size();
    if (starts_word && iequals_n(at + 1, w.data() + 1, w.size() - 1) &&
        (after == begin + s.size() || !is_word_char(*after)))
      return static_cast<std::size_t>(at - begin);
    if (at == next_up) {
      next_up = stop;
      up_searched = at + 1;
    } else {
      next_lo = find_byte(at + 1, stop, lo);
    }
  }
}

std::string_view trim_edges(std::string_view s, std::string_view extra) {
  // A plain loop over `extra`: it holds a byte or two, where a memchr call costs more.
  auto drop = [&](char c) {
    if (is_space(c)) return true;
    for (char e : extra)
      if (c == e) return true;
    return false;
  };
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
