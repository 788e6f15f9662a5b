// Unit tests of the date grammar: the forms found in real minutes, the numbers that only
// look like dates, and the search for a date inside a sentence.
#include "parser/grammar/date.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::find_date;
using minutes::grammar::match_date;
using minutes::grammar::ast::date;

namespace {
// `in` opens with `expected`, which covers `length` bytes (the whole input by default).
void parses(std::string_view in, date expected, std::size_t length = std::string_view::npos) {
  INFO("input: " << in);
  auto m = match_date(in);
  REQUIRE(m);
  CHECK(m->value.year == expected.year);
  CHECK(m->value.month == expected.month);
  CHECK(m->value.day == expected.day);
  CHECK(m->value.weekday == expected.weekday);
  CHECK(m->length == (length == std::string_view::npos ? in.size() : length));
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  auto m = match_date(in);
  CHECK_FALSE(m);
  if (m) INFO("matched " << m->length << " bytes");
}
// The first date in `in` spans [begin, end) and reads as `expected`.
void finds(std::string_view in, date expected, std::size_t begin, std::size_t end) {
  INFO("input: " << in);
  auto f = find_date(in);
  REQUIRE(f);
  CHECK(f->value.year == expected.year);
  CHECK(f->value.month == expected.month);
  CHECK(f->value.day == expected.day);
  CHECK(f->value.weekday == expected.weekday);
  CHECK(f->begin == begin);
  CHECK(f->end == end);
}
void finds_none(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(find_date(in));
}
}  // namespace

TEST_CASE("day month year with weekday and ordinal", "[grammar][date]") {
  parses("Wednesday, 11th May, 2022", {.year = 2022, .month = 5, .day = 11, .weekday = 3});
  parses("Wednesday 11 May 2022", {.year = 2022, .month = 5, .day = 11, .weekday = 3});
  parses("Tuesday 10th September", {.month = 9, .day = 10, .weekday = 2});
  parses("Tuesday, 26 July", {.month = 7, .day = 26, .weekday = 2});
  parses("Thursday the 3rd of March 2022", {.year = 2022, .month = 3, .day = 3, .weekday = 4});
  parses("Sun. 1 May 2022", {.year = 2022, .month = 5, .day = 1, .weekday = 7});
  parses("Thurs 2nd June 2022", {.year = 2022, .month = 6, .day = 2, .weekday = 4});
}

TEST_CASE("day month year without weekday", "[grammar][date]") {
  parses("11 May 2022", {.year = 2022, .month = 5, .day = 11});
  parses("11th of May 2022", {.year = 2022, .month = 5, .day = 11});
  parses("11 May, 2022", {.year = 2022, .month = 5, .day = 11});
  parses("01 January 1999", {.year = 1999, .month = 1, .day = 1});
  parses("31 December 2099", {.year = 2099, .month = 12, .day = 31});
}

TEST_CASE("day and month without a year", "[grammar][date]") {
  parses("1st March", {.month = 3, .day = 1});
  parses("26 July", {.month = 7, .day = 26});
  parses("27th Sept", {.month = 9, .day = 27});
  parses("29 February", {.month = 2, .day = 29});
}

TEST_CASE("month day year (US order)", "[grammar][date]") {
  parses("May 11, 2022", {.year = 2022, .month = 5, .day = 11});
  parses("May 11th, 2022", {.year = 2022, .month = 5, .day = 11});
  parses("October 19, 2020", {.year = 2020, .month = 10, .day = 19});
  parses("October 19 2020", {.year = 2020, .month = 10, .day = 19});
  parses("Sept 27th", {.month = 9, .day = 27});
  parses("Friday, May 13", {.month = 5, .day = 13, .weekday = 5});
}

TEST_CASE("month abbreviations with and without a dot", "[grammar][date]") {
  const char* const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int month = 1; month <= 12; ++month) {
    std::string name = names[month - 1];
    parses("3 " + name + " 2021", {.year = 2021, .month = month, .day = 3});
    if (month != 5) parses("3 " + name + ". 2021", {.year = 2021, .month = month, .day = 3});
  }
  parses("Sept. 27th", {.month = 9, .day = 27});
  parses("14 Sept 2021", {.year = 2021, .month = 9, .day = 14});
}

TEST_CASE("month and weekday names in capitals", "[grammar][date]") {
  parses("WEDNESDAY 11TH MAY 2022", {.year = 2022, .month = 5, .day = 11, .weekday = 3});
  parses("MAY 11, 2022", {.year = 2022, .month = 5, .day = 11});
  parses("11 SEPT. 2022", {.year = 2022, .month = 9, .day = 11});
  parses("SEPTEMBER 2018", {.year = 2018, .month = 9});
}

TEST_CASE("lowercase month names only in full dates", "[grammar][date]") {
  parses("11 may 2022", {.year = 2022, .month = 5, .day = 11});
  parses("may 11, 2022", {.year = 2022, .month = 5, .day = 11});
  parses("1st of march 2021", {.year = 2021, .month = 3, .day = 1});
  rejects("may 11");
  rejects("may 2022");
  rejects("march on");
  rejects("26 july");
  rejects("mAY 11, 2022");
  rejects("wednesday 11 May 2022");
  finds_none("Members may 12 months later decide");
  finds_none("Item 11 may be deferred");
}

TEST_CASE("month and year", "[grammar][date]") {
  parses("September 2018", {.year = 2018, .month = 9});
  parses("March, 2018", {.year = 2018, .month = 3});
  parses("May 2022", {.year = 2022, .month = 5});
  parses("Dec 2021", {.year = 2021, .month = 12});
}

TEST_CASE("numeric dates are read day first", "[grammar][date]") {
  parses("16.06.2021", {.year = 2021, .month = 6, .day = 16});
  parses("16/06/2021", {.year = 2021, .month = 6, .day = 16});
  parses("16-06-2021", {.year = 2021, .month = 6, .day = 16});
  parses("05/06/2021", {.year = 2021, .month = 6, .day = 5});
  parses("1.2.2022", {.year = 2022, .month = 2, .day = 1});
  parses("Wednesday 16.06.2021", {.year = 2021, .month = 6, .day = 16, .weekday = 3});
}

TEST_CASE("numeric dates read month first when the day comes second", "[grammar][date]") {
  parses("06/16/2021", {.year = 2021, .month = 6, .day = 16});
  parses("12.31.2021", {.year = 2021, .month = 12, .day = 31});
  rejects("13/13/2021");
  rejects("31/02/2021");
}

TEST_CASE("two-digit years", "[grammar][date]") {
  parses("16/6/21", {.year = 2021, .month = 6, .day = 16});
  parses("1-4-22", {.year = 2022, .month = 4, .day = 1});
  parses("16.06.21", {.year = 2021, .month = 6, .day = 16});
  rejects("3.1.12");
  rejects("16/6/215");
}

TEST_CASE("ISO dates", "[grammar][date]") {
  parses("2022-05-11", {.year = 2022, .month = 5, .day = 11});
  parses("2022/05/11", {.year = 2022, .month = 5, .day = 11});
  parses("2024-02-29", {.year = 2024, .month = 2, .day = 29});
  rejects("2023-02-29");
  rejects("2022-13-01");
  rejects("1850-01-01");
}

TEST_CASE("day ranges are checked against the month", "[grammar][date]") {
  parses("30 April 2022", {.year = 2022, .month = 4, .day = 30});
  parses("29 February 2024", {.year = 2024, .month = 2, .day = 29});
  parses("29 February 2000", {.year = 2000, .month = 2, .day = 29});
  rejects("31 April 2022");
  rejects("29 February 2023");
  rejects("29 February 1900");
  rejects("30 February");
  rejects("42 May");
  rejects("0 May 2022");
  rejects("May 32, 2022");
}

TEST_CASE("dates followed by more text", "[grammar][date]") {
  parses("11 May 2022 at 6pm", {.year = 2022, .month = 5, .day = 11}, 11);
  parses("26 July 2022 at 1pm-4pm", {.year = 2022, .month = 7, .day = 26}, 12);
  parses("Tuesday 26 July 10am", {.month = 7, .day = 26, .weekday = 2}, 15);
  parses("May 11, 12 and 13", {.month = 5, .day = 11}, 6);
  parses("16/06/2021, in the Chamber", {.year = 2021, .month = 6, .day = 16}, 10);
  parses("16.06.2021.", {.year = 2021, .month = 6, .day = 16}, 10);
  parses("September 2018 meeting", {.year = 2018, .month = 9}, 14);
  parses("11 May 2022–12 May 2022", {.year = 2022, .month = 5, .day = 11}, 11);
  parses("11 May 2022)", {.year = 2022, .month = 5, .day = 11}, 11);
}

TEST_CASE("dates at the end of a line", "[grammar][date]") {
  for (auto eol : minutes::test::line_endings) {
    parses(std::string("11 May 2022") + eol, {.year = 2022, .month = 5, .day = 11}, 11);
    parses(std::string("16/6/21") + eol, {.year = 2021, .month = 6, .day = 16}, 7);
    parses(std::string("26 July") + eol, {.month = 7, .day = 26}, 7);
    rejects(std::string("May") + eol);
  }
}

TEST_CASE("numbers that are not dates", "[grammar][date]") {
  rejects("2022");
  rejects("2022 was a good year");
  rejects("11.5 million");
  rejects("5/2");
  rejects("5/2 of the members");
  rejects("1.2.3.4");
  rejects("17.1");
  rejects("6.00 pm");
  rejects("16.06.2021.3");
  rejects("1/2/2022/5");
  rejects("");
}

TEST_CASE("words that are not dates", "[grammar][date]") {
  rejects("Mayor Smith");
  rejects("March on");
  rejects("May");
  rejects("Wednesday evening");
  rejects("Marching 2022");
  rejects("Monday, 2022");
}

TEST_CASE("dates glued to letters or digits", "[grammar][date]") {
  rejects("11May2022x");
  rejects("11 May 2022x");
  rejects("26 July 1850");
  rejects("11 May 20225");
  rejects("11thMay 2022");
  rejects("May 11x");
  rejects("16/06/2021x");
}

TEST_CASE("find a date in a sentence", "[grammar][date]") {
  finds("Minutes of the meeting held on Wednesday, 11th May, 2022 at 6pm",
        {.year = 2022, .month = 5, .day = 11, .weekday = 3}, 31, 56);
  finds("Date: 16.06.2021", {.year = 2021, .month = 6, .day = 16}, 6, 16);
  finds("Next meeting: 26 July", {.month = 7, .day = 26}, 14, 21);
  finds("Held (2022-05-11) online", {.year = 2022, .month = 5, .day = 11}, 6, 16);
  finds("The Mayor spoke in March, 2018.", {.year = 2018, .month = 3}, 19, 30);
}

TEST_CASE("find skips numbers that only look like dates", "[grammar][date]") {
  finds_none("version v1.2.2022 released");
  finds_none("clause 1.2.3.2022 applies");
  finds_none("It cost £6.30 and 11.5 million");
  finds_none("The Mayor will march on");
  finds("version v1.2.2022 of 3 May 2022", {.year = 2022, .month = 5, .day = 3}, 21, 31);
}

TEST_CASE("find starts at the given offset", "[grammar][date]") {
  std::string_view text = "From 1 May 2022 to 3 May 2022";
  auto first = find_date(text);
  REQUIRE(first);
  CHECK(first->begin == 5);
  auto second = find_date(text, first->end);
  REQUIRE(second);
  CHECK(second->begin == 19);
  CHECK(second->value.day == 3);
  auto tail = find_date(text, 20);  // inside the second date: only "May 2022" is left
  REQUIRE(tail);
  CHECK(tail->begin == 21);
  CHECK(tail->value.day == 0);
  CHECK_FALSE(find_date(text, 25));
  CHECK_FALSE(find_date(text, 100));
}
