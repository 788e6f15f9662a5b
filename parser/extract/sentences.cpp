// Sentence splitting (see sentences.hpp).
#include "parser/extract/sentences.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "parser/swar.hpp"
#include "parser/text.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser {
namespace {

bool abbreviation_before(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && (text::is_letter(text[start - 1]) || text[start - 1] == '.')) --start;
  std::string_view word = text.substr(start, dot - start);
  if (word.size() == 1 && text::is_ascii_upper(word[0])) return true;  // an initial
  for (auto a : words::abbreviations)
    if (text::iequals(word, a)) return true;
  return false;
}

bool is_stop(char c) {
  return c == '.' || c == '!' || c == '?';
}

// The first '.', '!' or '?' at or after `from` (the text's size when there is none): most
// bytes are none of them, and are passed eight at a time.
std::size_t next_stop(std::string_view text, std::size_t from) {
  std::size_t i = from;
  if constexpr (swar::little_endian) {
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t x = swar::load(text.data() + i);
      if (std::uint64_t stops =
              swar::bytes_equal(x, '.') | swar::bytes_equal(x, '!') | swar::bytes_equal(x, '?'))
        return i + swar::first(stops);
    }
  }
  while (i < text.size() && !is_stop(text[i])) ++i;
  return std::min(i, text.size());
}

}  // namespace

void split_sentences(std::string_view text, std::vector<sentence>& out) {
  out.clear();
  std::size_t begin = 0;
  while (begin < text.size() && text::is_space(text[begin])) ++begin;
  for (std::size_t i = next_stop(text, begin); i < text.size(); i = next_stop(text, i + 1)) {
    char c = text[i];
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (j < text.size() && !text::is_space(text[j])) continue;  // "1.5", "e.g.x"
    std::size_t next = j;
    while (next < text.size() && text::is_space(text[next])) ++next;
    if (next < text.size()) {
      char n = text[next];
      bool opens = text::is_ascii_upper(n) || text::is_digit(n) || n == '"' || n == '\'' ||
                   n == '(' || static_cast<unsigned char>(n) >= 0x80;
      if (!opens) continue;
    }
    if (c == '.' && abbreviation_before(text, i)) continue;
    out.push_back({begin, j});
    begin = next;
    i = next == 0 ? 0 : next - 1;
  }
  if (begin < text.size()) out.push_back({begin, text.size()});
}

void block_sentences::add(std::string_view text) {
  split_sentences(text, one_);
  all_.insert(all_.end(), one_.begin(), one_.end());
  for (const sentence& s : one_)
    cues_.push_back(parser::cues_of(text.substr(s.begin, s.end - s.begin)));
  starts_.push_back(all_.size());
}

}  // namespace minutes::parser
