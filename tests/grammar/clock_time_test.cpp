// Unit tests of the clock_time grammar: times with and without am/pm, ranges and the
// meridiem they share, numbers that only look like times, and the search in a sentence.
#include "parser/grammar/clock_time.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::find_time;
using minutes::grammar::match_time;
using minutes::grammar::match_time_range;
using minutes::grammar::ast::clock_time;

namespace {
constexpr auto whole = std::string_view::npos;

// `in` opens with the time `expected`, which covers `length` bytes (the whole input by default).
void parses(std::string_view in, clock_time expected, bool has_meridiem,
            std::size_t length = whole) {
  INFO("input: " << in);
  auto m = match_time(in);
  REQUIRE(m);
  CHECK(m->value.hour == expected.hour);
  CHECK(m->value.minute == expected.minute);
  CHECK(m->has_meridiem == has_meridiem);
  CHECK(m->length == (length == whole ? in.size() : length));
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_time(in));
}
// `in` opens with the range start-end (or a single time when `end` is empty).
void parses_range(std::string_view in, clock_time start, std::optional<clock_time> end,
                  std::size_t length = whole) {
  INFO("input: " << in);
  auto m = match_time_range(in);
  REQUIRE(m);
  CHECK(m->start.hour == start.hour);
  CHECK(m->start.minute == start.minute);
  REQUIRE(m->end.has_value() == end.has_value());
  if (end) {
    CHECK(m->end->hour == end->hour);
    CHECK(m->end->minute == end->minute);
  }
  CHECK(m->length == (length == whole ? in.size() : length));
}
void rejects_range(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_time_range(in));
}
void finds(std::string_view in, clock_time expected, std::size_t begin, std::size_t end) {
  INFO("input: " << in);
  auto f = find_time(in);
  REQUIRE(f);
  CHECK(f->value.hour == expected.hour);
  CHECK(f->value.minute == expected.minute);
  CHECK(f->begin == begin);
  CHECK(f->end == end);
}
void finds_none(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(find_time(in));
}
}  // namespace

TEST_CASE("times with am or pm", "[grammar][clock_time]") {
  parses("6.00 pm", {18, 0}, true);
  parses("6.00pm", {18, 0}, true);
  parses("6:00 PM", {18, 0}, true);
  parses("6pm", {18, 0}, true);
  parses("6 p.m.", {18, 0}, true);
  parses("7:02 p.m.", {19, 2}, true);
  parses("10.30am", {10, 30}, true);
  parses("10:30 a.m.", {10, 30}, true);
  parses("9 AM", {9, 0}, true);
  parses("9.15 A.M.", {9, 15}, true);
  parses("06.45pm", {18, 45}, true);
  parses("11.59 p.m", {23, 59}, true);
}

TEST_CASE("twelve o'clock am and pm", "[grammar][clock_time]") {
  parses("12 pm", {12, 0}, true);
  parses("12.30pm", {12, 30}, true);
  parses("12 am", {0, 0}, true);
  parses("12.15 am", {0, 15}, true);
}

TEST_CASE("noon, midday and midnight", "[grammar][clock_time]") {
  parses("12 noon", {12, 0}, true);
  parses("12.00 noon", {12, 0}, true);
  parses("noon", {12, 0}, true);
  parses("Noon", {12, 0}, true);
  parses("midday", {12, 0}, true);
  parses("12 midnight", {0, 0}, true);
  parses("Midnight", {0, 0}, true);
  rejects("6 noon");
  rejects("noonday");
}

TEST_CASE("24-hour times", "[grammar][clock_time]") {
  parses("18:00", {18, 0}, false);
  parses("18.00", {18, 0}, false);
  parses("09:30", {9, 30}, false);
  parses("9:30", {9, 30}, false);
  parses("0:05", {0, 5}, false);
  parses("23.59", {23, 59}, false);
  parses("18:00hrs", {18, 0}, false);
  parses("18:00 hrs", {18, 0}, false);
  parses("18.00h", {18, 0}, false);
  parses("18.00 hours", {18, 0}, false);
}

TEST_CASE("four-digit times need hrs", "[grammar][clock_time]") {
  parses("1830 hrs", {18, 30}, false);
  parses("0930hrs", {9, 30}, false);
  rejects("1830");
  rejects("2022");
  rejects("2530 hrs");
  rejects("1860 hrs");
  rejects("1830 hours of work");
}

TEST_CASE("o'clock", "[grammar][clock_time]") {
  parses("7 o'clock", {7, 0}, false);
  rejects("13 o'clock");
}

TEST_CASE("times followed by more text", "[grammar][clock_time]") {
  parses("6.00 pm in the Chamber", {18, 0}, true, 7);
  parses("6pm.", {18, 0}, true, 3);
  parses("6 p.m. The meeting", {18, 0}, true, 6);
  parses("18:00 having been adjourned", {18, 0}, false, 5);
  parses("18.00.", {18, 0}, false, 5);
  parses("10.30am, in", {10, 30}, true, 7);
  parses("7pm–9pm", {19, 0}, true, 3);
}

TEST_CASE("times at the end of a line", "[grammar][clock_time]") {
  for (auto eol : minutes::test::line_endings) {
    parses(std::string("6.00 pm") + eol, {18, 0}, true, 7);
    parses(std::string("18:00") + eol, {18, 0}, false, 5);
    parses(std::string("noon") + eol, {12, 0}, true, 4);
    parses_range(std::string("1-4pm") + eol, {13, 0}, clock_time{16, 0}, 5);
  }
}

TEST_CASE("numbers that are not times", "[grammar][clock_time]") {
  rejects("6.5");
  rejects("6.5 pm");
  rejects("25:00");
  rejects("24:00");
  rejects("6:61");
  rejects("6");
  rejects("£6.00");
  rejects("17.1.");
  rejects("17.10.2");
  rejects("16.06.2021");
  rejects("6.00%");
  rejects("6.00 million");
  rejects("2.50 per cent");
  rejects("13pm");
  rejects("0am");
  rejects("6.00m");
  rejects("");
}

TEST_CASE("words that are not times", "[grammar][clock_time]") {
  rejects("pm");
  rejects("am");
  rejects("6 amendments");
  rejects("6pmx");
  rejects("6 pmt");
  rejects("18:00x");
}

TEST_CASE("ranges with am or pm on both sides", "[grammar][clock_time]") {
  parses_range("1pm-4pm", {13, 0}, clock_time{16, 0});
  parses_range("1pm - 4pm", {13, 0}, clock_time{16, 0});
  parses_range("1pm – 4pm", {13, 0}, clock_time{16, 0});
  parses_range("1pm—4pm", {13, 0}, clock_time{16, 0});
  parses_range("6.00 pm to 8.15 pm", {18, 0}, clock_time{20, 15});
  parses_range("10am until 12 noon", {10, 0}, clock_time{12, 0});
  parses_range("9pm-1am", {21, 0}, clock_time{1, 0});
}

TEST_CASE("a range start takes the end's meridiem when it stays before it",
          "[grammar][clock_time]") {
  parses_range("1-4pm", {13, 0}, clock_time{16, 0});
  parses_range("11-1pm", {11, 0}, clock_time{13, 0});
  parses_range("12-2pm", {12, 0}, clock_time{14, 0});
  parses_range("10.30-11.30am", {10, 30}, clock_time{11, 30});
  parses_range("11.30-12.30pm", {11, 30}, clock_time{12, 30});
  parses_range("9 to 11am", {9, 0}, clock_time{11, 0});
  parses_range("9-12 noon", {9, 0}, clock_time{12, 0});
  parses_range("10-12am", {22, 0}, clock_time{0, 0});
  parses_range("8-midnight", {20, 0}, clock_time{0, 0});
}

TEST_CASE("a range end without meridiem follows the start", "[grammar][clock_time]") {
  parses_range("6pm - 8.30", {18, 0}, clock_time{20, 30});
  parses_range("11am-1.30", {11, 0}, clock_time{13, 30});
  parses_range("9am-10.30", {9, 0}, clock_time{10, 30});
  parses_range("11pm-1.00", {23, 0}, clock_time{1, 0});
}

TEST_CASE("24-hour ranges", "[grammar][clock_time]") {
  parses_range("18:00-20:00", {18, 0}, clock_time{20, 0});
  parses_range("10.00 to 12.00", {10, 0}, clock_time{12, 0});
  parses_range("14:00 – 16:30 hrs", {14, 0}, clock_time{16, 30});
}

TEST_CASE("a single time where a range may be", "[grammar][clock_time]") {
  parses_range("6pm", {18, 0}, std::nullopt);
  parses_range("6pm to discuss", {18, 0}, std::nullopt, 3);
  parses_range("6pm-8", {18, 0}, std::nullopt, 3);
  parses_range("noon - lunch", {12, 0}, std::nullopt, 4);
  parses_range("1pm-4pm and", {13, 0}, clock_time{16, 0}, 7);
}

TEST_CASE("not time ranges", "[grammar][clock_time]") {
  rejects_range("1-4");
  rejects_range("1 to 4");
  rejects_range("1-4 members");
  rejects_range("2022-2023");
  rejects_range("pm-4pm");
  rejects_range("13-4pm");
}

TEST_CASE("find a time in a sentence", "[grammar][clock_time]") {
  finds("The meeting started at 6.00 pm and ended at 8.15 pm", {18, 0}, 23, 30);
  finds("Closed at 20:40.", {20, 40}, 10, 15);
  finds("Meeting: 26 July 2022 at 1pm-4pm", {13, 0}, 25, 28);
  finds("Lunch at noon in the hall", {12, 0}, 9, 13);
  finds("Costs of £6.30 and 7pm", {19, 0}, 20, 23);
}

TEST_CASE("find skips numbers that only look like times", "[grammar][clock_time]") {
  finds_none("This afternoon we met");
  finds_none("It cost £6.30 or $6.30 or €6.30");
  finds_none("Clause 1.12.30 applies");
  finds_none("Held on 16.06.2021");
  finds_none("A budget of 6.00 million");
  finds_none("In 2022 there were 1830 visitors");
  finds_none("Rates rose 2.50 per cent");
}

TEST_CASE("find a time from an offset", "[grammar][clock_time]") {
  std::string_view text = "From 6pm to 8pm";
  auto first = find_time(text);
  REQUIRE(first);
  CHECK(first->begin == 5);
  auto second = find_time(text, first->end);
  REQUIRE(second);
  CHECK(second->begin == 12);
  CHECK(second->value.hour == 20);
  CHECK_FALSE(find_time(text, 13));
  CHECK_FALSE(find_time(text, 99));
}
