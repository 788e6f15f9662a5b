#include "parser/grammar/reference_key.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::match_reference_prefix;

namespace {
void opens(std::string_view in, std::size_t length) {
  INFO("input: " << in);
  auto m = match_reference_prefix(in);
  REQUIRE(m);
  CHECK(*m == length);
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_reference_prefix(in));
}
}  // namespace

TEST_CASE("issue keys before a sentence", "[grammar][reference_key]") {
  opens("ODPI-95 \xE2\x80\x93 All agreed to push this out", 12);
  opens("ODPI-94 - Approved to merge in PR", 10);
  opens("CVE-2024-1234: patched in 3.2", 15);
  opens("#212: merged after review", 6);
  opens("PR 1434 \xE2\x80\x94 approved", 12);
  opens("PR #1434 - approved", 11);
  opens("Issue #7: closed", 10);
  opens("A1 - Clerk to write", 5);  // an action's number is a key too
}

TEST_CASE("words, numbers and labels that are no reference key", "[grammar][reference_key]") {
  rejects("ODPI-95");                  // nothing after it
  rejects("ODPI-95 was merged");       // no separator
  rejects("Resolved: that");           // a label, no number
  rejects("2024-25 budget - agreed");  // a year range, no capitals
  rejects("ODPI95x - note");           // letters after the number
  rejects("odpi-95 - note");           // lowercase is a word
}
