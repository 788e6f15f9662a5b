#include "parser/grammar/clause_label.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::label_style;
using minutes::grammar::match_clause_label;

namespace {
void parses(std::string_view in, std::string_view label, label_style style) {
  INFO("input: " << in);
  auto m = match_clause_label(in);
  REQUIRE(m);
  CHECK(m->label == label);
  CHECK(m->style == style);
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_clause_label(in));
}
}  // namespace

TEST_CASE("clause labels in brackets", "[grammar][clause_label]") {
  parses("(i) The Board noted", "i", label_style::roman);
  parses("(iv) The date", "iv", label_style::roman);
  parses("(b) Officers", "b", label_style::letter);
  parses("(12) Twelfth", "12", label_style::number);
  parses("(II) Upper", "II", label_style::roman);
}

TEST_CASE("clause labels with a closing bracket or dot", "[grammar][clause_label]") {
  parses("ii) That all members", "ii", label_style::roman);
  parses("a) first", "a", label_style::letter);
  parses("3. third", "3", label_style::number);
  parses("A. Upper letter", "A", label_style::letter);
  auto m = match_clause_label("(iii)\tTab after");
  REQUIRE(m);
  CHECK(m->bracketed);
  CHECK(m->length == 6);
}

TEST_CASE("clause label at the end of the line", "[grammar][clause_label]") {
  parses("ii)", "ii", label_style::roman);
  for (auto eol : minutes::test::line_endings) {
    INFO("eol");
    CHECK_FALSE(match_clause_label(std::string("ii)x") + eol));
  }
}

TEST_CASE("not clause labels", "[grammar][clause_label]") {
  rejects("That the Board");
  rejects("2022. The year");
  rejects("(i)x glued");
  rejects("i.e. for example");
  rejects("Mr. Smith");
  rejects("");
  rejects("(iv");
}
