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

}  // namespace minutes::parser
