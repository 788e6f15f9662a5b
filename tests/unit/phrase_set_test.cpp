// Unit tests of phrase_set: one pass over a text finds what text::find_word finds phrase by
// phrase — whole words, ASCII case folded — including one-byte phrases, phrases with spaces,
// and phrases at either end of the text.
#include <catch2/catch.hpp>

#include <array>
#include <string_view>

#include "parser/phrase_set.hpp"
#include "parser/text.hpp"

namespace text = minutes::parser::text;

namespace {

constexpr std::array<std::string_view, 8> phrases = {
    "moved by", "moved", "seconded", "a", "&", "carried unanimously", "to", "on a motion by"};

constexpr std::string_view texts[] = {
    "",
    "a",
    "&",
    "Moved by Cllr Smith, seconded by Cllr Jones, carried unanimously.",
    "On a motion by Ann, MOVED BY Bob & seconded: CARRIED UNANIMOUSLY to",
    "removed bymoved secondedly area toast",
    "It was moved",
    "Smith & Jones to",
    "x a",
    "moved  by (two spaces) moved\tby",
    // Phrases glued to a word, or to each other: only a byte after no letter or digit opens
    // one.
    "a&b x& a && a&&a &a& (a) [to]",
    "Ra\xC3\xBAl a \xC3\xA9"
    "a to\xC3\xA9 to",
    "9a a9 to9 9 to",
};

}  // namespace

TEST_CASE("phrase_set::find_each finds what find_word finds, phrase by phrase",
          "[unit][phrase_set]") {
  text::phrase_set set(phrases);
  for (std::string_view s : texts) {
    INFO("text: " << s);
    auto at = set.find_each(s);
    for (std::size_t k = 0; k < phrases.size(); ++k) {
      INFO("phrase: " << phrases[k]);
      CHECK(at[k] == text::find_word(s, phrases[k]));
    }
  }
}

TEST_CASE("phrase_set::find_first returns the first phrase in table order that occurs",
          "[unit][phrase_set]") {
  text::phrase_set set(phrases);
  for (std::string_view s : texts) {
    INFO("text: " << s);
    std::optional<text::phrase_set::match> expected;
    for (std::size_t k = 0; k < phrases.size() && !expected; ++k)
      if (auto at = text::find_word(s, phrases[k]); at != std::string_view::npos)
        expected = text::phrase_set::match{k, at};
    auto got = set.find_first(s);
    REQUIRE(got.has_value() == expected.has_value());
    if (got) {
      CHECK(got->index == expected->index);
      CHECK(got->at == expected->at);
    }
  }
  CHECK_FALSE(set.find_first("nothing here at all"));
  auto last = set.find_first("and then x a");
  REQUIRE(last);
  CHECK(last->index == 3);  // "a", a one-byte phrase that ends the text
  CHECK(last->at == 11);
}
