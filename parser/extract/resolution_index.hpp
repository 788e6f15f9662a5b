// The lookups that link motions to resolutions (extract stage), each answered without walking
// every resolution, block or motion again, so that linking stays linear in the document's
// size: a year of meetings in one file puts thousands of resolutions under one item number.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/extract/context.hpp"
#include "parser/extract/text_overlap.hpp"

namespace minutes::parser {

class resolution_index {
 public:
  // Reads the labelled resolution blocks and the motions' places; resolutions come by `update`.
  explicit resolution_index(const extract_context& cx);

  // Catches up with `all`: resolutions are only ever appended.
  void update(const std::vector<model::resolution>& all);
  // Marks resolution `n` as the record of a motion.
  void take(std::size_t n) { taken_[n] = true; }
  bool taken(std::size_t n) const { return taken_[n]; }

  // Counts the content words of a text compared with the resolutions.
  content_word_counts count(std::string_view text) { return count_content_words(text, ids_); }
  // The first resolution of `item`, not yet taken, whose words overlap `words` at least
  // `share` (see `overlap`), which must be above 0: only the resolutions that share a word
  // with `words` are compared.
  std::optional<std::size_t> first_untaken_like(const std::optional<std::string>& item,
                                                const content_word_counts& words, double share);
  // The first resolution whose first line is in [first, last] and that `fits`, in order of
  // that line, then of number.
  template <class Fits>
  std::optional<std::size_t> first_starting_in(std::size_t first, std::size_t last,
                                               Fits&& fits) const {
    for (auto it = by_line_.lower_bound(first); it != by_line_.end() && it->first <= last; ++it)
      if (fits(it->second)) return it->second;
    return std::nullopt;
  }
  // True when line `line` is in a labelled resolution block ("RESOLVED: That …").
  bool in_resolved_block(std::size_t line) const;
  // The first line of the next motion of `item` after line `line`, if any.
  std::optional<std::size_t> next_motion_line(const std::optional<std::string>& item,
                                              std::size_t line) const;

 private:
  // Resolutions of one item with the same content words: they overlap any text alike, so
  // each text is compared with one of them, and the first untaken is kept at the front.
  struct same_words {
    std::size_t counts;                // index into counts_ of the shared words
    std::vector<std::size_t> members;  // resolution numbers, ascending
    std::size_t front = 0;             // members before it are taken
  };
  struct item_resolutions {
    std::vector<same_words> groups;  // in order of first member
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_hash;  // words → groups
    // Each group's next group with an untaken member (itself while it has one), and one
    // past the last: groups all taken are stepped over, not visited again. A group all taken
    // stays so; a resolution with its words starts a new group.
    std::vector<std::size_t> next_open{0};
    std::size_t open_from(std::size_t g);
    bool open(std::size_t g) { return open_from(g) == g; }
    // Past `walk_limit` groups, the groups that hold each word, ascending; those before
    // `from` are all taken. A text is then compared only with the groups that share one of
    // its words, and an item of thousands of records that no motion matches is not walked
    // whole for every motion. Below it, a walk costs less than keeping the postings.
    static constexpr std::size_t walk_limit = 32;
    struct posting {
      std::vector<std::size_t> groups;
      std::size_t from = 0;
    };
    std::unordered_map<std::uint32_t, posting> with_word;
    bool indexed = false;
    void add_group(same_words group, const content_word_counts& words);
    void index_words(const std::vector<content_word_counts>& counts);
  };
  // Considers group `g` of an item for the first untaken record like `words`, kept in
  // `first`; false once no later group can hold an earlier one.
  bool consider(item_resolutions& of_item, std::size_t g, const content_word_counts& words,
                double share, std::optional<std::size_t>& first);

  word_ids ids_;
  std::vector<content_word_counts> counts_;  // one per distinct words of an item
  std::vector<bool> taken_;
  std::size_t seen_ = 0;  // resolutions indexed
  std::map<std::optional<std::string>, item_resolutions> of_item_;
  std::multimap<std::size_t, std::size_t> by_line_;  // first line → resolution
  // Labelled resolution blocks: first lines ascending, and the furthest last line so far.
  std::vector<std::pair<std::size_t, std::size_t>> resolved_blocks_;
  std::map<std::optional<std::string>, std::vector<std::size_t>> motion_lines_;  // sorted
};

}  // namespace minutes::parser
