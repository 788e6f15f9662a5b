// Sentence splitting (extract stage): the sentences of a block's text, as byte ranges, so a
// rule can work on one sentence and still point at its lines.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "parser/extract/cues.hpp"

namespace minutes::parser {

struct sentence {
  std::size_t begin;  // offset of the first byte in the block text
  std::size_t end;    // one past the last byte (the full stop included)
};

// Splits `text` into sentences; `out` is cleared first and reused by the caller.
// A full stop ends a sentence unless it closes an abbreviation ("Cllr.", "Mr.", "e.g.")
// or an initial ("O. Prothero").
void split_sentences(std::string_view text, std::vector<sentence>& out);

// The sentences of each block of a document, split once: every rule family reads the same
// blocks sentence by sentence, and splitting them again in each family was a hot spot.
class block_sentences {
 public:
  // Splits the next block's text; blocks are added in order, from block 0.
  void add(std::string_view text);
  // The sentences of block `k`; assumes it was added.
  std::span<const sentence> of(std::size_t k) const {
    return std::span(all_).subspan(starts_[k], starts_[k + 1] - starts_[k]);
  }
  // The cue words of each sentence of block `k` (cues.hpp), in the same order.
  std::span<const cue_mask> cues_of(std::size_t k) const {
    return std::span(cues_).subspan(starts_[k], starts_[k + 1] - starts_[k]);
  }
  // The cue words of block `k` as a whole: its sentences hold every word of its text.
  cue_mask block_cues_of(std::size_t k) const {
    cue_mask all = 0;
    for (cue_mask c : cues_of(k)) all |= c;
    return all;
  }

 private:
  std::vector<sentence> all_;           // every block's sentences, block after block
  std::vector<cue_mask> cues_;          // the cue words of each of all_
  std::vector<std::size_t> starts_{0};  // block k's are all_[starts_[k] .. starts_[k + 1])
  std::vector<sentence> one_;           // the block being split
};

}  // namespace minutes::parser
