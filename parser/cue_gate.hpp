// A cue gate (shared by the extract stage): a quick, one-pass test that a sentence holds at
// least one word a rule family needs before the family's rules read it word by word.
//
// Most sentences of minutes are narrative that no given family can use: a decision needs
// "agreed", "resolved", "noted" …; a motion needs "moved", "seconded", "carried" …. Each
// family's rules look up many tables at many positions of every sentence, and that was most
// of the parse time. A gate is built from the same tables the rules use, so it can only
// admit too much, never too little: for every word or phrase of the tables it keeps one
// letter run (the longest), which any whole-word match of that entry must show as a whole
// run of letters in the sentence.
#pragma once

#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "parser/word_set.hpp"

namespace minutes::parser::text {

class cue_gate {
 public:
  using table = std::span<const std::string_view>;
  // Assumes the tables' strings outlive the gate (tables of literals). An entry with no
  // letter at all would need every sentence: the gate then admits everything.
  explicit cue_gate(std::initializer_list<table> tables);

  // False only when no run of letters in `s` is a cue (ASCII case-insensitive); a run of
  // letters is a maximal run of text::is_letter bytes.
  bool admits(std::string_view s) const;

 private:
  static std::vector<std::string_view> cues_of(std::initializer_list<table> tables,
                                               bool& admit_all);

  bool admit_all_ = false;
  std::vector<std::string_view> cues_;  // one letter run per table entry
  word_set set_;
};

}  // namespace minutes::parser::text
