// Unit tests of cue_index: a sentence gets a family's bit when one of its runs of letters is
// the longest letter run of an entry of that family's tables, in any ASCII case; the
// families of the cue words of cues.hpp, on sentences of minutes.
#include <catch2/catch.hpp>

#include <string_view>

#include "parser/cue_index.hpp"
#include "parser/extract/cues.hpp"
#include "parser/text.hpp"
#include "parser/words/meeting_words.hpp"

namespace text = minutes::parser::text;
namespace parser = minutes::parser;

namespace {
constexpr std::string_view verbs[] = {"agreed", "resolved"};
constexpr std::string_view phrases[] = {"as a true record", "re-elected", ": approved"};
constexpr std::string_view movers[] = {"moved by", "seconded"};
constexpr text::cue_mask decided = 1, moved = 2;
}  // namespace

TEST_CASE("cue_index sets a family's bit for a cue standing as a whole run of letters",
          "[unit][cue_index]") {
  const text::cue_index index{{decided, {verbs, phrases}}, {moved, {movers}}};
  for (std::string_view s :
       {"It was AGREED that the clerk writes.", "Resolved:", "(i) agreed, subject to funds",
        "Approved as a true record.", "Cllr Hart was re-elected Chair", "Item 4: approved",
        "agreed2 is still a run of letters"})
    CHECK(index.classify(s) == decided);
  CHECK(index.classify("Moved by Cllr Hart") == moved);
  CHECK(index.classify("Seconded and agreed.") == (decided | moved));
}

TEST_CASE("cue_index sets no bit for sentences without cues", "[unit][cue_index]") {
  const text::cue_index index{{decided, {verbs, phrases}}, {moved, {movers}}};
  // Cues inside longer words, prefixes of cues, and the short words of a phrase are not cues.
  for (std::string_view s :
       {"The clerk disagreed with the figures.", "Agree the date later", "as a true copy",
        "re-election next year", "", "12:30 – 14:00", "She removed the sign"})
    CHECK(index.classify(s) == 0);
}

TEST_CASE("cue_index always sets the bit of a family with a letterless entry",
          "[unit][cue_index]") {
  constexpr std::string_view marks[] = {"agreed", "--"};
  const text::cue_index index{{decided, {marks}}, {moved, {movers}}};
  CHECK(index.classify("Nothing here at all.") == decided);
  CHECK(index.classify("") == decided);
}

TEST_CASE("the families' cues of minutes", "[unit][cue_index]") {
  using parser::cues_of;
  CHECK(cues_of("The minutes of the last meeting were approved.") & parser::decision_cues);
  CHECK(cues_of("It was the consensus of the Board that the fees stay.") & parser::decision_cues);
  CHECK(cues_of("Cllr Ross moved that the report be received; carried 5-2.") & parser::motion_cues);
  CHECK(cues_of("The motion was lost.") & parser::motion_cues);
  CHECK(cues_of("Sam offered to book the hall.") & parser::to_cues);
  CHECK(cues_of("The clerk was asked to write.") & parser::commitment_opener_cues);
  CHECK(cues_of("Members asked Sam to book the hall.") & parser::asking_cues);
  CHECK(cues_of("Ann said she would ring the contractor.") & parser::commitment_opener_cues);
  // A phrase's cue is its longest word: "was" and "has" alone open no commitment.
  CHECK_FALSE(cues_of("The hall was full and the heating has failed.") &
              parser::commitment_opener_cues);
  CHECK(cues_of("Cllr Hart arrived at 7.40 pm.") & parser::arrival_cues);
  CHECK(cues_of("Cllr Lee attended on behalf of Cllr Shah.") & parser::substitution_cues);
  CHECK(cues_of("In the absence of the Chair, Cllr Shah presided.") & parser::substitution_cues);
  CHECK(cues_of("Apologies were received from Cllrs Holt and Amin.") & parser::presence_cues);
  CHECK(cues_of("Also present were Ann Lee and Raj Patel.") & parser::presence_cues);
  CHECK(cues_of("Oskar did not attend.") == parser::presence_cues);
  CHECK(cues_of("The clerk read a letter from the county about potholes.") == 0);
  // Each family's bit alone: nothing else in these sentences is a cue.
  CHECK(cues_of("Moved by Cllr Ross.") == parser::motion_cues);
  // A seconder alone opens no motion: with one open, every sentence is read.
  CHECK(cues_of("Seconded by Cllr Ross.") == 0);
  CHECK(cues_of("Minutes received.") == parser::decision_cues);
}

TEST_CASE("every phrase of a meeting's opening or closing time holds one of its cue words",
          "[unit][cue_index]") {
  namespace words = minutes::parser::words;
  auto has_cue = [](std::string_view phrase) {
    for (std::string_view w : words::time_phrase_words)
      if (text::find_word(phrase, w) != std::string_view::npos) return true;
    return false;
  };
  for (std::string_view p : words::opening_phrases) CHECK(has_cue(p));
  for (std::string_view p : words::closing_phrases) CHECK(has_cue(p));
  CHECK(parser::cues_of("The meeting was called to order at 7:02 p.m.") & parser::time_cues);
  CHECK(parser::cues_of("The Chair adjourned the meeting at 9 pm.") & parser::time_cues);
}
