// How much two texts say the same (extract stage): the share of the shorter text's content
// words that the longer one has. Used to tell a restatement from a new record.
#pragma once

#include <cstddef>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace minutes::parser {

// 0 when either text has no content words, 1 when every content word of the shorter one
// appears in the other.
double overlap(std::string_view a, std::string_view b);

// The words of `s` that are not stop words, in order (views into `s`).
std::vector<std::string_view> content_words(std::string_view s);
// overlap(a, b) from the two texts' content words.
double overlap(std::span<const std::string_view> a, std::span<const std::string_view> b);

// Texts compared with many others (a document's resolutions, each with every carried
// motion): their content words are found once, not again for every pair. Each text is
// copied, so its words stay valid whatever becomes of the original.
class content_word_list {
 public:
  void add(std::string_view text);
  std::size_t size() const { return words_.size(); }
  std::span<const std::string_view> operator[](std::size_t k) const { return words_[k]; }

 private:
  std::deque<std::string> texts_;  // a deque: adding never moves the texts the words view
  std::vector<std::vector<std::string_view>> words_;
};

}  // namespace minutes::parser
