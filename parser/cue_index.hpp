// A cue index (shared by the extract stage): which rule families a sentence can concern, told
// by its words in one pass, before any family's rules read it word by word.
//
// Most sentences of minutes are narrative that a given family cannot use: a decision needs
// "agreed", "resolved", "noted" …; a motion needs "moved", "seconded", "carried" …. Each
// family's rules look up many tables at many positions of every sentence, and that was most
// of the parse time. A family's cues are built from the same tables its rules use, so the
// index can only admit too much, never too little: for every word or phrase of the tables it
// keeps one letter run (the longest), which any whole-word match of that entry must show as
// a whole run of letters in the sentence.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "parser/word_set.hpp"

namespace minutes::parser::text {

using cue_mask = std::uint32_t;  // one bit per family

class cue_index {
 public:
  using table = std::span<const std::string_view>;
  struct family {
    cue_mask bit;
    std::initializer_list<table> tables;
  };
  // Assumes the tables' strings outlive the index (tables of literals). An entry with no
  // letter at all could stand in any sentence: its family's bit is then always set.
  explicit cue_index(std::initializer_list<family> families);

  // The bits of the families with a cue in `s`: a cue is a run of letters of `s` (a maximal
  // run of text::is_letter bytes), compared without ASCII case.
  cue_mask classify(std::string_view s) const;

 private:
  struct cue {
    std::string_view word;
    cue_mask bits;
  };
  static std::vector<cue> cues_of(std::initializer_list<family> families, cue_mask& always);
  static std::vector<std::string_view> words_of(const std::vector<cue>& cues);

  cue_mask always_ = 0;                 // families with a cue that has no letters
  cue_mask all_ = 0;                    // every family's bit: classify stops when it has them all
  std::vector<cue> cues_;               // one letter run per table entry, with its family's bit
  word_set set_;                        // the cues' words
  std::vector<cue_mask> bits_by_slot_;  // the bits of the word in each slot of set_
};

}  // namespace minutes::parser::text
