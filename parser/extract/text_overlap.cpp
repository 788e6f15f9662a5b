// Text overlap (see text_overlap.hpp).
#include "parser/extract/text_overlap.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "parser/text.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser {
namespace {

std::vector<std::string> content_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !text::is_word_char(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && text::is_word_char(s[j])) ++j;
    if (j > i) {
      std::string w = text::to_lower(s.substr(i, j - i));
      if (std::find(std::begin(words::stop_words), std::end(words::stop_words), w) ==
          std::end(words::stop_words))
        out.push_back(std::move(w));
    }
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
  for (const auto& w : shorter) hits += std::find(longer.begin(), longer.end(), w) != longer.end();
  return static_cast<double>(hits) / static_cast<double>(shorter.size());
}

}  // namespace minutes::parser
