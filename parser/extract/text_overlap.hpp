// How much two texts say the same (extract stage): the share of the shorter text's content
// words that the longer one has. Used to tell a restatement from a new record.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minutes::parser {

// 0 when either text has no content words, 1 when every content word of the shorter one
// appears in the other.
double overlap(std::string_view a, std::string_view b);

// A text's content words counted, for a text compared with many others (each resolution
// with every carried motion): found once, then compared in one merge of sorted lists where
// overlap() would split both texts again and compare every word with every word.
struct content_word_counts {
  std::vector<std::pair<std::string, std::size_t>> counts;  // lower-cased word, times; sorted
  std::size_t total = 0;                                    // all its words, repeats included
};
content_word_counts count_content_words(std::string_view s);
// overlap(a, b) of the texts the counts were made from.
double overlap(const content_word_counts& a, const content_word_counts& b);

}  // namespace minutes::parser
