// The cue words of each family (see cues.hpp), taken from the tables its rules read, so that
// a family's bit is set in every sentence where its rules could find something.
#include "parser/extract/cues.hpp"

#include <vector>

#include "parser/words/attendance_words.hpp"
#include "parser/words/commitment_words.hpp"
#include "parser/words/decision_words.hpp"
#include "parser/words/meeting_words.hpp"
#include "parser/words/motion_words.hpp"

namespace minutes::parser {
namespace {

// records_decision's other words: "were in agreement", "was elected", "as a true record".
constexpr std::string_view other_decision_words[] = {"agreement", "elected", "record"};

// The outcomes of motions, as words.
const std::vector<std::string_view> outcome_words = [] {
  std::vector<std::string_view> words;
  for (const auto& o : motion_words::outcome_phrases) words.push_back(o.words);
  return words;
}();
// "Motion:" fields, and "unanimous vote" / "unanimously" told of a motion.
constexpr std::string_view other_motion_words[] = {"motion", "unanimous", "unanimously"};

// Phrases of presence, as words.
const std::vector<std::string_view> presence_words = [] {
  std::vector<std::string_view> words;
  for (const auto& p : words::presence_before_names) words.push_back(p.words);
  for (const auto& p : words::presence_after_names) words.push_back(p.words);
  return words;
}();

constexpr std::string_view have[] = {"have"};  // "to have Maddie sign up"
constexpr std::string_view to[] = {"to"};

constexpr std::string_view absence[] = {"in the absence of"};

const text::cue_index index{
    {decision_cues,
     {words::decision_verbs, words::passive_decisions, words::consensus_phrases,
      words::outcome_marks, words::decision_nouns, other_decision_words}},
    {motion_cues,
     {motion_words::mover_before_name, motion_words::mover_after_name,
      motion_words::bracketed_mover_words, outcome_words, other_motion_words}},
    {commitment_opener_cues, {commitment_words::commitment_phrases, commitment_words::modals}},
    {asking_cues, {commitment_words::asking_verbs, have}},
    {to_cues, {to}},
    {arrival_cues, {words::arrival_verbs}},
    {substitution_cues, {words::on_behalf_phrases, absence}},
    {time_cues, {words::time_phrase_words}},
    {presence_cues, {words::apology_words, presence_words}},
};

}  // namespace

cue_mask cues_of(std::string_view sentence) {
  return index.classify(sentence);
}

}  // namespace minutes::parser
