#include "parser/grammar/vote_count.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::find_vote_count;
using minutes::grammar::match_vote_count;

namespace {
using matcher = std::optional<minutes::grammar::vote_match> (*)(std::string_view);

void parses(std::string_view in, int f, int a, int ab, matcher match = match_vote_count) {
  INFO("input: " << in);
  auto m = match(in);
  REQUIRE(m);
  CHECK(m->value.for_ == f);
  CHECK(m->value.against == a);
  CHECK(m->value.abstain == ab);
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_vote_count(in));
}
}  // namespace

TEST_CASE("tallies", "[grammar][vote_count]") {
  parses("5-2", 5, 2, -1);
  parses("7-0-1 in favour", 7, 0, 1);
  parses(
      "5\xE2\x80\x93"
      "2.",
      5, 2, -1);
  parses("5 to 2", 5, 2, -1);
  parses("(6-1)", 6, 1, -1);
}

TEST_CASE("labelled counts in any order", "[grammar][vote_count]") {
  parses("For: 5 Against: 2 Abstentions: 1", 5, 2, 1);
  parses("For 8, Against 3, Abstain 1", 8, 3, 1);
  parses("Ayes: 4; Nays: 1", 4, 1, -1);
  parses("Against: 2, For: 6", 6, 2, -1);
  parses("12 for, 1 against, 2 abstain", 12, 1, 2);
  parses("6 in favour, 1 against", 6, 1, -1);
  parses("(4 in favor, 0 opposed)", 4, 0, -1);
  parses("9 for and 2 abstentions", 9, -1, 2);
}

TEST_CASE("not vote counts", "[grammar][vote_count]") {
  rejects("2022-23 budget");
  rejects("For the record");
  rejects("1234-5");
  rejects("Ayes: Smith, Jones");
  rejects("five to two");
  rejects("");
  rejects("5-2x");
}

TEST_CASE("finding vote counts in a sentence", "[grammar][vote_count]") {
  auto f = find_vote_count("Motion carried 5-2 after debate.");
  REQUIRE(f);
  CHECK(f->value.for_ == 5);
  CHECK(f->begin == 15);
  CHECK(f->end == 18);
  CHECK_FALSE(find_vote_count("The 2023-24 budget was approved."));
  CHECK_FALSE(find_vote_count("Call 555-1234 for details."));
  auto l = find_vote_count("Recorded vote: For: 8, Against: 3, Abstain: 1.");
  REQUIRE(l);
  CHECK(l->value.abstain == 1);
}

TEST_CASE("finding a count reached through side words, labels and brackets",
          "[grammar][vote_count]") {
  // find_vote_count reads only where letters, blanks and "(:+-" lead to a digit.
  auto f = find_vote_count("After debate, those in favour\t(6) and against:  2 were noted.");
  REQUIRE(f);
  CHECK(f->value.for_ == 6);
  CHECK(f->value.against == 2);
  auto g = find_vote_count("The vote, taken by show of hands: For (7): Councillors Lee, Ng.");
  REQUIRE(g);
  CHECK(g->value.for_ == 7);
  CHECK(g->begin == 34);
  // A comma or a full stop between the side word and the number: no count.
  CHECK_FALSE(find_vote_count("Those in favour, as set out on page 3."));
  CHECK_FALSE(find_vote_count("Members voted against. Item 4 followed."));
  CHECK_FALSE(find_vote_count("Nobody was opposed; 12 attended."));
}

TEST_CASE("counts separated by slashes", "[grammar][vote_count]") {
  parses("For 4 / Against 1 / Abstain 1", 4, 1, 1);
}

TEST_CASE("counts with the word votes", "[grammar][vote_count]") {
  parses("2 votes for, 4 against and 1 abstention", 2, 4, 1);
}

TEST_CASE("a count in brackets before the names", "[grammar][vote_count]") {
  parses("For (7): Councillors Adeyinka, Ainsworth", 7, -1, -1);
  parses("Against (3):   Councillors Hafeez", -1, 3, -1);
}

TEST_CASE("+1 / -1 / 0 votes of standards bodies and projects", "[grammar][vote_count]") {
  parses("+1: 5, -1: 0, 0: 1", 5, 0, 1);
  parses("-1: 2, +1: 7", 7, 2, -1);
  auto f = find_vote_count("Vote: +1: 5, -1: 0, 0: 1 (Oskar abstains).");
  REQUIRE(f);
  CHECK(f->value.for_ == 5);
  CHECK(f->value.abstain == 1);
  // Rejected: the labels need their colon; a lone number is no vote.
  rejects("+1 from me");
  rejects("0 items");
  rejects("-1 degrees");
}

TEST_CASE("tallies written with slashes", "[grammar][vote_count]") {
  using minutes::grammar::match_slash_tally;
  parses("7/0", 7, 0, -1, match_slash_tally);
  parses("3/4.", 3, 4, -1, match_slash_tally);
  parses("6/1/1 (Cr Dwyer abstaining)", 6, 1, 1, match_slash_tally);
  for (std::string_view in : {"21/05/2025", "2025/041", "7/0a", "/7", "7-0", "seven/0"}) {
    INFO("input: " << in);
    CHECK_FALSE(match_slash_tally(in));
  }
  // Not a vote count of its own: only after an outcome word.
  CHECK_FALSE(match_vote_count("7/0"));
}
