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

// 0 when either text has no content words, 1 when every content word of the shorter one
// appears in the other.
double overlap(std::string_view a, std::string_view b);

// Numbers for the words of one document's texts: the same number for the same word,
// ignoring ASCII case, so that counted texts compare numbers rather than strings.
class word_ids {
 public:
  std::uint32_t of(std::string_view word);

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;  // lower-cased word → its number
};

// A text's content words counted, for a text compared with many others (each resolution
// with every carried motion): found once, then compared in one merge of sorted lists where
// overlap() would split both texts again and compare every word with every word.
struct content_word_counts {
  std::vector<std::pair<std::uint32_t, std::size_t>> counts;  // word id, times; by id
  std::size_t total = 0;                                      // all its words, repeats included
};
// Counts the content words of `s`; texts compared with each other share `ids`.
content_word_counts count_content_words(std::string_view s, word_ids& ids);
// overlap(a, b) of the texts the counts were made from.
double overlap(const content_word_counts& a, const content_word_counts& b);

}  // namespace minutes::parser
