// How much two texts say the same (extract stage): the share of the shorter text's content
// words that the longer one has. Used to tell a restatement from a new record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace minutes::parser {

// Numbers for the words of one document's texts: the same number for the same word,
// ignoring ASCII case, so that counted texts compare numbers rather than strings.
class word_ids {
 public:
  std::uint32_t of(std::string_view word);

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;  // lower-cased word → its number
};

// A text's content words (its words that are not stop words) counted, for a text compared
// with many others (each resolution with every carried motion): found once, then compared
// in one merge of sorted lists, not split again and compared word by word for every pair.
struct content_word_counts {
  std::vector<std::pair<std::uint32_t, std::size_t>> counts;  // word id, times; by id
  std::size_t total = 0;                                      // all its words, repeats included
};
// Counts the content words of `s`; texts compared with each other share `ids`.
content_word_counts count_content_words(std::string_view s, word_ids& ids);
// The share of the shorter text's content words (repeats counted) that the other has: 0
// when either has none, 1 when the other has every one.
double overlap(const content_word_counts& a, const content_word_counts& b);

}  // namespace minutes::parser
