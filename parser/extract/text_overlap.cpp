// Text overlap (see text_overlap.hpp). Linking compares every motion with its item's
// resolutions and every action with the kept ones, so this runs for many pairs. For a pair
// seen once, words are views into the texts, with no lower-cased copies (a hash set of the
// longer text's words costs more to build than a plain search saves at these lengths); a
// text compared with many is counted once (content_word_counts).
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

double overlap(std::string_view a, std::string_view b) {
  auto wa = content_words(a), wb = content_words(b);
  if (wa.empty() || wb.empty()) return 0;
  const auto& shorter = wa.size() <= wb.size() ? wa : wb;
  const auto& longer = wa.size() <= wb.size() ? wb : wa;
  std::size_t hits = 0;
  for (std::string_view w : shorter)
    hits += std::any_of(longer.begin(), longer.end(),
                        [&](std::string_view l) { return text::iequals(l, w); });
  return static_cast<double>(hits) / static_cast<double>(shorter.size());
}

std::uint32_t word_ids::of(std::string_view word) {
  auto [at, added] =
      ids_.try_emplace(text::to_lower(word), static_cast<std::uint32_t>(ids_.size()));
  return at->second;
}

content_word_counts count_content_words(std::string_view s, word_ids& ids) {
  std::vector<std::uint32_t> words;
  for (std::string_view w : content_words(s)) words.push_back(ids.of(w));
  std::sort(words.begin(), words.end());
  content_word_counts out;
  out.total = words.size();
  for (std::uint32_t w : words) {
    if (out.counts.empty() || out.counts.back().first != w) out.counts.emplace_back(w, 0);
    ++out.counts.back().second;
  }
  return out;
}

// The same share as overlap() on the texts: each of the shorter text's words (repeats
// counted) that the longer one has. Words are equal ignoring ASCII case, as there: by id.
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
