// Unit tests of the agenda_number grammar: numbers with and without keywords, the
// separators after them, and the numbers that open other kinds of lines.
#include "parser/grammar/agenda_number.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::match_agenda_number;

namespace {
// `in` opens with the agenda number `number` after `keyword`; number, separator and spaces
// cover `length` bytes.
void parses(std::string_view in, std::string_view number, std::string_view keyword,
            std::size_t length) {
  INFO("input: " << in);
  auto m = match_agenda_number(in);
  REQUIRE(m);
  CHECK(m->number == number);
  CHECK(m->keyword == keyword);
  CHECK(m->length == length);
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_agenda_number(in));
}
}  // namespace

TEST_CASE("plain numbers with a dot", "[grammar][agenda_number]") {
  parses("1.", "1", "", 2);
  parses("1. Apologies", "1", "", 3);
  parses("12. Minutes of the last meeting", "12", "", 4);
  parses("123. Any other business", "123", "", 5);
  parses("3.\tDeclarations", "3", "", 3);
}

TEST_CASE("plain numbers followed by spaces or the end", "[grammar][agenda_number]") {
  parses("1", "1", "", 1);
  parses("1 ", "1", "", 2);
  parses("4 Declarations of interest", "4", "", 2);
  parses("7  Planning", "7", "", 3);
}

TEST_CASE("compound numbers", "[grammar][agenda_number]") {
  parses("17.1", "17.1", "", 4);
  parses("17.1.", "17.1", "", 5);
  parses("17.1 Budget", "17.1", "", 5);
  parses("17.1. Budget", "17.1", "", 6);
  parses("3.2.1 Detail", "3.2.1", "", 6);
  parses("23/045", "23/045", "", 6);
  parses("23/045 Planning application", "23/045", "", 7);
  parses("12/24 Finance", "12/24", "", 6);
}

TEST_CASE("numbers with a letter", "[grammar][agenda_number]") {
  parses("5a", "5a", "", 2);
  parses("5a. Sub-item", "5a", "", 4);
  parses("4A Highways", "4A", "", 3);
  parses("5(a) Sub-item", "5(a)", "", 5);
  parses("17.1b Detail", "17.1b", "", 6);
}

TEST_CASE("other separators", "[grammar][agenda_number]") {
  parses("5: Finance", "5", "", 3);
  parses("5 - Finance", "5", "", 4);
  parses("5 – Finance", "5", "", 6);
  parses("5 — Finance", "5", "", 6);
  parses("5– Finance", "5", "", 5);
  parses("5 -", "5", "", 3);
  parses("5 -Finance", "5", "", 2);
}

TEST_CASE("keywords before the number", "[grammar][agenda_number]") {
  parses("Item 5", "5", "Item", 6);
  parses("Item 5:", "5", "Item", 7);
  parses("Item 5: Budget", "5", "Item", 8);
  parses("Item 5 -", "5", "Item", 8);
  parses("Item 5) Budget", "5", "Item", 8);
  parses("ITEM 5 BUDGET", "5", "ITEM", 7);
  parses("Agenda Item 7", "7", "Agenda Item", 13);
  parses("Agenda item 7 – Finance", "7", "Agenda item", 18);
  parses("Minute 12", "12", "Minute", 9);
  parses("Minute No. 12", "12", "Minute", 13);
  parses("Minute No.12 Finance", "12", "Minute", 13);
  parses("Min 12/24", "12/24", "Min", 9);
  parses("Min. 12/24 Budget", "12/24", "Min", 11);
  parses("Objective 3", "3", "Objective", 11);
  parses("Part 2 Exempt items", "2", "Part", 7);
  parses("Item 17.1a Detail", "17.1a", "Item", 11);
}

TEST_CASE("roman numerals", "[grammar][agenda_number]") {
  parses("IV.", "IV", "", 3);
  parses("I. Call to order", "I", "", 3);
  parses("XII. Adjournment", "XII", "", 5);
  parses("LXXXIX. Last", "LXXXIX", "", 8);
  parses("XL. Fortieth", "XL", "", 4);
  parses("Part IV", "IV", "Part", 7);
  parses("Part II Exempt", "II", "Part", 8);
}

TEST_CASE("agenda numbers at the end of a line", "[grammar][agenda_number]") {
  for (auto eol : minutes::test::line_endings) {
    parses(std::string("1.") + eol, "1", "", 2);
    parses(std::string("17.1") + eol, "17.1", "", 4);
    parses(std::string("Item 5 -") + eol, "5", "Item", 8);
    parses(std::string("IV.") + eol, "IV", "", 3);
    rejects(std::string("1st") + eol);
  }
}

TEST_CASE("numbers that are too long", "[grammar][agenda_number]") {
  rejects("2022 was a good year");
  rejects("2022.");
  rejects("1234");
  rejects("17.1234");
  rejects("1.2.3.4.5 Deep");
  rejects("2023/045");
}

TEST_CASE("times and quantities", "[grammar][agenda_number]") {
  rejects("6.00 pm");
  rejects("6 pm start");
  rejects("6pm");
  rejects("6:30");
  rejects("6.30 a.m.");
  rejects("1830 hrs");
  rejects("17.1 million");
  rejects("2.5 per cent");
  rejects("10%");
  rejects("1,000");
  rejects("£5");
}

TEST_CASE("dates at the start of a line", "[grammar][agenda_number]") {
  rejects("11 May 2022");
  rejects("1 March");
  rejects("16/6/21");
  rejects("16.06.21 Meeting");
  parses("Item 11 May Fair", "11", "Item", 8);
}

TEST_CASE("words that are not agenda numbers", "[grammar][agenda_number]") {
  rejects("Mr Smith");
  rejects("I think");
  rejects("IV");
  rejects("IIII. Four");
  rejects("VX. Wrong");
  rejects("CIVIL.");
  rejects("iv. lower case");
  rejects("Item");
  rejects("Items 5");
  rejects("Minutes 5");
  rejects("item 5");
  rejects("");
  rejects(" 1. Indented");
}

TEST_CASE("clause labels and glued text", "[grammar][agenda_number]") {
  rejects("1)");
  rejects("1) That the");
  rejects("(1)");
  rejects("1st");
  rejects("1st item");
  rejects("5am");
  rejects("1.Apologies");
  rejects("1-4pm");
  rejects("5abc");
}

TEST_CASE("minute references with the body's letters", "[grammar][agenda_number]") {
  auto m = minutes::grammar::match_agenda_number("TB/23/110\tWelcome, introductions and apologies");
  REQUIRE(m);
  CHECK(m->number == "TB/23/110");
  auto c = minutes::grammar::match_agenda_number("CPB/4 Budget");
  REQUIRE(c);
  CHECK(c->number == "CPB/4");
  auto h = minutes::grammar::match_agenda_number("HB23/041\tWelcome");
  REQUIRE(h);
  CHECK(h->number == "HB23/041");
  CHECK_FALSE(minutes::grammar::match_agenda_number("A1 road works"));
  CHECK_FALSE(minutes::grammar::match_agenda_number("TB/ Budget"));
  CHECK_FALSE(minutes::grammar::match_agenda_number("ABCDEF/1 Budget"));
  CHECK_FALSE(minutes::grammar::match_agenda_number("tb/23/110 Budget"));
  // One letter before the number or its '/': "B/12", "H23/041".
  parses("B/12 Budget", "B/12", "", 5);
  parses("H23/041 Welcome", "H23/041", "", 8);
  // Letters, a space, then a number with a '/': "MD 17/25".
  parses("MD 17/25\tDISCLOSURE OF INTERESTS", "MD 17/25", "", 9);
  CHECK_FALSE(minutes::grammar::match_agenda_number("M 17/25 Budget"));
  CHECK_FALSE(minutes::grammar::match_agenda_number("MD 17 Budget"));
  CHECK_FALSE(minutes::grammar::match_agenda_number("Md 17/25 Budget"));
}

TEST_CASE("lines that open with no agenda number", "[grammar][agenda_number]") {
  // Every opening the grammar knows is a digit or a capital; other lines are ruled out on
  // their first two bytes.
  rejects("The 5 members present");
  rejects("Cllr 3 spoke");
  rejects("the item 4 report");
  rejects("(4) Budget");
  rejects("  4. Budget");
  rejects("");
  rejects("T");
  parses("V. Finance", "V", "", 3);
  parses("Part 2 Exempt items", "2", "Part", 7);
}
