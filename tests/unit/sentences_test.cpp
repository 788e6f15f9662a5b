// Unit tests of sentence splitting: where sentences end, where a full stop does not end one
// (abbreviations, initials, decimals), and the exact offsets of each sentence.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parser/extract/sentences.hpp"

using minutes::parser::sentence;
using minutes::parser::split_sentences;

namespace {

std::vector<std::string_view> sentences_of(std::string_view text) {
  std::vector<sentence> found;
  split_sentences(text, found);
  std::vector<std::string_view> out;
  for (const auto& s : found) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using list = std::vector<std::string_view>;

}  // namespace

TEST_CASE("sentences end at a full stop before a capital", "[unit][sentences]") {
  std::vector<sentence> found;
  split_sentences("The Board met. It agreed the plan.", found);
  REQUIRE(found.size() == 2);
  CHECK(found[0].begin == 0);
  CHECK(found[0].end == 14);
  CHECK(found[1].begin == 15);
  CHECK(found[1].end == 34);
}

TEST_CASE("question and exclamation marks end sentences", "[unit][sentences]") {
  std::vector<sentence> found;
  split_sentences("Is it done? Yes! Good.", found);
  REQUIRE(found.size() == 3);
  CHECK(found[0].begin == 0);
  CHECK(found[0].end == 11);
  CHECK(found[1].begin == 12);
  CHECK(found[1].end == 16);
  CHECK(found[2].begin == 17);
  CHECK(found[2].end == 22);
}

TEST_CASE("a sentence may be followed by a digit or a quote", "[unit][sentences]") {
  CHECK(sentences_of("The vote was taken. 5 voted for.") ==
        list{"The vote was taken.", "5 voted for."});
  CHECK(sentences_of("It ended. \"Next,\" he said.") == list{"It ended.", "\"Next,\" he said."});
  CHECK(sentences_of("It ended. (See below.)") == list{"It ended.", "(See below.)"});
}

TEST_CASE("a closing quote stays with its sentence", "[unit][sentences]") {
  std::vector<sentence> found;
  split_sentences("He said \"Yes.\" Then left.", found);
  REQUIRE(found.size() == 2);
  CHECK(found[0].end == 14);
  CHECK(found[1].begin == 15);
  CHECK(found[1].end == 25);
}

TEST_CASE("a full stop before lowercase does not end a sentence", "[unit][sentences]") {
  CHECK(sentences_of("It closed at 9 p.m. and all left.") ==
        list{"It closed at 9 p.m. and all left."});
}

TEST_CASE("abbreviations do not end sentences", "[unit][sentences]") {
  CHECK(sentences_of("Cllr. Smith spoke. Mr. Jones agreed.") ==
        list{"Cllr. Smith spoke.", "Mr. Jones agreed."});
  CHECK(sentences_of("Items, e.g. Finance, were noted. Next item.") ==
        list{"Items, e.g. Finance, were noted.", "Next item."});
  CHECK(sentences_of("Dr. Patel and Mrs. Khan met at St. Mary's.") ==
        list{"Dr. Patel and Mrs. Khan met at St. Mary's."});
  CHECK(sentences_of("See ref. No. 12 and approx. 40 people.") ==
        list{"See ref. No. 12 and approx. 40 people."});
}

TEST_CASE("initials do not end sentences", "[unit][sentences]") {
  CHECK(sentences_of("O. Prothero agreed. Next.") == list{"O. Prothero agreed.", "Next."});
  CHECK(sentences_of("Thanks to J. R. Smith for the report.") ==
        list{"Thanks to J. R. Smith for the report."});
}

TEST_CASE("decimals and glued stops do not end sentences", "[unit][sentences]") {
  CHECK(sentences_of("It cost 1.5 million. Next.") == list{"It cost 1.5 million.", "Next."});
  CHECK(sentences_of("See www.example.org today.") == list{"See www.example.org today."});
}

TEST_CASE("leading and trailing spaces are outside the sentences", "[unit][sentences]") {
  std::vector<sentence> found;
  split_sentences("  Hello. World.  ", found);
  REQUIRE(found.size() == 2);
  CHECK(found[0].begin == 2);
  CHECK(found[0].end == 8);
  CHECK(found[1].begin == 9);
  CHECK(found[1].end == 15);
}

TEST_CASE("text without a full stop is one sentence", "[unit][sentences]") {
  std::vector<sentence> found;
  split_sentences("No full stop here", found);
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == 0);
  CHECK(found[0].end == 17);
}

TEST_CASE("empty text has no sentences and the output is cleared", "[unit][sentences]") {
  std::vector<sentence> found{{1, 2}, {3, 4}};
  split_sentences("", found);
  CHECK(found.empty());
  split_sentences("   ", found);
  CHECK(found.empty());
}

TEST_CASE("stops found at every offset of a long block", "[unit][sentences]") {
  // The splitter passes bytes without a stop eight at a time: each stop, wherever it falls,
  // must end its sentence as before, and a decimal or an abbreviation must not.
  for (std::size_t pad = 0; pad < 24; ++pad) {
    std::string first = "The clerk " + std::string(pad, 'x') + " read 1.5 pages, e.g. two.";
    std::string text = first + " Was it agreed? It was! Next item.";
    INFO("pad " << pad);
    CHECK(sentences_of(text) == list{first, "Was it agreed?", "It was!", "Next item."});
  }
}
