// Text overlap (see text_overlap.hpp). Linking compares every motion with its item's
// resolutions and every action with the kept ones, so this runs for many pairs: each text's
// words are counted once, as numbers, and a pair costs one merge of two short sorted lists.
#include "parser/extract/text_overlap.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "parser/text.hpp"
#include "parser/word_set.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser {
namespace {

const text::word_set stop_words{words::stop_words};

// The words of `s` that are not stop words, in order; compared ignoring ASCII case.
std::vector<std::string_view> content_words(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(s.size() / 8 + 1);  // words are a few letters and a space: room for most
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !text::is_word_char(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && text::is_word_char(s[j])) ++j;
    if (j > i && !stop_words.contains(s.substr(i, j - i))) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::uint32_t word_ids::of(std::string_view word) {
  auto next = static_cast<std::uint32_t>(ids_.size());
  return ids_.try_emplace(text::to_lower(word), next).first->second;
}

content_word_counts count_content_words(std::string_view s, word_ids& ids) {
  std::vector<std::string_view> content = content_words(s);
  std::vector<std::uint32_t> words;
  words.reserve(content.size());
  for (std::string_view w : content) words.push_back(ids.of(w));
  std::sort(words.begin(), words.end());
  content_word_counts out;
  out.total = words.size();
  out.counts.reserve(words.size());
  for (std::uint32_t w : words) {
    if (out.counts.empty() || out.counts.back().first != w) out.counts.emplace_back(w, 0);
    ++out.counts.back().second;
  }
  return out;
}

// Walks the shorter text's words and the longer one's together, both sorted by id.
double overlap(const content_word_counts& a, const content_word_counts& b) {
  if (a.total == 0 || b.total == 0) return 0;
  const auto& shorter = a.total <= b.total ? a : b;
  const auto& longer = a.total <= b.total ? b : a;
  std::size_t hits = 0;
  auto l = longer.counts.begin();
  for (const auto& [word, times] : shorter.counts) {
    while (l != longer.counts.end() && l->first < word) ++l;
    if (l == longer.counts.end()) break;
    if (l->first == word) hits += times;
  }
  return static_cast<double>(hits) / static_cast<double>(shorter.total);
}

}  // namespace minutes::parser
