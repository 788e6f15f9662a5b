// Unit tests of the text helpers the rules read words with: find_word (whole words, ASCII
// case folded, capitals found however far they stand) and for_each_word.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "parser/text.hpp"

namespace text = minutes::parser::text;

TEST_CASE("find_word: whole words in either case", "[unit][text]") {
  CHECK(text::find_word("Apologies for the meeting", "for the") == 10);
  CHECK(text::find_word("Apologies For The meeting", "for the") == 10);
  CHECK(text::find_word("before therapy", "for the") == std::string_view::npos);
  CHECK(text::find_word("to", "to") == 0);
  CHECK(text::find_word("into the town", "to") == std::string_view::npos);
  CHECK(text::find_word("go to", "to", 3) == 3);
  CHECK(text::find_word("go to", "to", 4) == std::string_view::npos);
}

TEST_CASE("find_word: a capital far past the lowercase candidates", "[unit][text]") {
  // Lowercase near-misses, then the word in capitals more than a stretch away: the capital
  // search must go on past each stretch it looked through.
  std::string s;
  for (int i = 0; i < 200; ++i) s += "fortune ";
  std::size_t at = s.size();
  s += "For The record";
  CHECK(text::find_word(s, "for the") == at);
  // And from a start inside the text.
  CHECK(text::find_word(s, "for the", 700) == at);
  // A lowercase match before any capital wins.
  std::string t = "xx for the " + s;
  CHECK(text::find_word(t, "for the") == 3);
}

TEST_CASE("for_each_word: space-separated words, empty ones skipped", "[unit][text]") {
  std::vector<std::string> words;
  text::for_each_word("  Uí  Mhurchú and ", [&](std::string_view w) { words.emplace_back(w); });
  CHECK(words == std::vector<std::string>{"Uí", "Mhurchú", "and"});
  words.clear();
  text::for_each_word("", [&](std::string_view w) { words.emplace_back(w); });
  CHECK(words.empty());
}
