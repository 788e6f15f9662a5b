// Text overlap (see text_overlap.hpp). Linking compares every motion with its item's
// resolutions and every action with the kept ones, so this runs for many pairs: words are
// views into the texts, with no lower-cased copies. (A hash set of the longer text's words
// costs more to build than a plain search saves at these lengths.)
#include "parser/extract/text_overlap.hpp"

#include <algorithm>
#include <vector>

#include "parser/text.hpp"
#include "parser/word_set.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser {
namespace {

const text::word_set stop_words{words::stop_words};

}  // namespace

// Content words are compared ignoring ASCII case.
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

double overlap(std::string_view a, std::string_view b) {
  return overlap(content_words(a), content_words(b));
}

double overlap(std::span<const std::string_view> wa, std::span<const std::string_view> wb) {
  if (wa.empty() || wb.empty()) return 0;
  const auto& shorter = wa.size() <= wb.size() ? wa : wb;
  const auto& longer = wa.size() <= wb.size() ? wb : wa;
  std::size_t hits = 0;
  for (std::string_view w : shorter)
    hits += std::any_of(longer.begin(), longer.end(),
                        [&](std::string_view l) { return text::iequals(l, w); });
  return static_cast<double>(hits) / static_cast<double>(shorter.size());
}

void content_word_list::add(std::string_view text) {
  texts_.emplace_back(text);
  words_.push_back(content_words(texts_.back()));
}

}  // namespace minutes::parser
