// Unit tests of word_set: whole-word membership, ASCII case folded, for words of every length
// (the length filter has a shared bit for 63 bytes and more) and the empty word.
#include <catch2/catch.hpp>

#include <array>
#include <initializer_list>
#include <string>
#include <string_view>

#include "parser/word_set.hpp"

namespace text = minutes::parser::text;

TEST_CASE("word_set holds its words in any ASCII case, and nothing else", "[unit][word_set]") {
  static const std::string long_word(70, 'x');
  static const std::string longer_word(80, 'x');
  const std::array<std::string_view, 6> words = {"Clerk",      "chair", "a",
                                                 "vice-chair", "clerk", long_word};
  text::word_set set(words);
  for (std::string_view w :
       std::initializer_list<std::string_view>{"clerk", "CLERK", "Clerk", "chair", "Chair", "A",
                                               "a", "Vice-Chair", std::string_view(long_word)})
    CHECK(set.contains(w));
  // Same first byte, another length; same length, another first byte; prefixes; longer.
  for (std::string_view w : std::initializer_list<std::string_view>{
           "clerks", "cler", "chairs", "b", "an", "vice", "vice-chairs", "",
           std::string_view(longer_word), std::string_view(long_word).substr(1)})
    CHECK_FALSE(set.contains(w));
}

TEST_CASE("word_set holds the empty word only when given it", "[unit][word_set]") {
  const std::array<std::string_view, 2> words = {"", "minutes"};
  text::word_set set(words);
  CHECK(set.contains(""));
  CHECK(set.contains("Minutes"));
  CHECK_FALSE(set.contains("minute"));
}
