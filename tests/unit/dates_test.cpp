// Unit tests of the calendar helpers of the extract stage: ISO formatting, day arithmetic,
// completing dates printed without a year, and the due dates of commitments.
#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "parser/extract/dates.hpp"

using minutes::grammar::ast::clock_time;
using minutes::grammar::ast::date;
using minutes::parser::add_days;
using minutes::parser::complete_date;
using minutes::parser::due_date;
using minutes::parser::iso_date;
using minutes::parser::ymd;

namespace {

// The meeting of 11 May 2022, whose next meeting is on 13 July 2022.
const std::optional<ymd> meeting = ymd{2022, 5, 11};
const std::optional<ymd> next_meeting = ymd{2022, 7, 13};

std::optional<std::string> due(std::string_view text) {
  return due_date(text, meeting, next_meeting);
}

}  // namespace

TEST_CASE("iso_date pads to YYYY-MM-DD", "[unit][dates]") {
  CHECK(iso_date({2022, 5, 11}) == "2022-05-11");
  CHECK(iso_date({1999, 12, 31}) == "1999-12-31");
  CHECK(iso_date({2024, 1, 1}) == "2024-01-01");
}

TEST_CASE("iso_time pads to HH:MM", "[unit][dates]") {
  using minutes::parser::iso_time;
  CHECK(iso_time(clock_time{18, 0}) == "18:00");
  CHECK(iso_time(clock_time{9, 5}) == "09:05");
  CHECK(iso_time(clock_time{0, 0}) == "00:00");
}

TEST_CASE("days_in_month knows leap years", "[unit][dates]") {
  using minutes::parser::days_in_month;
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2023, 4) == 30);
  CHECK(days_in_month(2023, 12) == 31);
}

TEST_CASE("before orders dates", "[unit][dates]") {
  using minutes::parser::before;
  CHECK(before({2022, 5, 11}, {2022, 5, 12}));
  CHECK(before({2022, 5, 31}, {2022, 6, 1}));
  CHECK(before({2021, 12, 31}, {2022, 1, 1}));
  CHECK_FALSE(before({2022, 5, 11}, {2022, 5, 11}));
  CHECK_FALSE(before({2023, 1, 1}, {2022, 12, 31}));
}

TEST_CASE("add_days across month and year ends", "[unit][dates]") {
  CHECK(iso_date(add_days({2022, 1, 31}, 1)) == "2022-02-01");
  CHECK(iso_date(add_days({2022, 12, 31}, 1)) == "2023-01-01");
  CHECK(iso_date(add_days({2022, 12, 25}, 14)) == "2023-01-08");
  CHECK(iso_date(add_days({2022, 5, 11}, 0)) == "2022-05-11");
  CHECK(iso_date(add_days({2022, 1, 1}, 365)) == "2023-01-01");
}

TEST_CASE("add_days across leap days", "[unit][dates]") {
  CHECK(iso_date(add_days({2024, 2, 28}, 1)) == "2024-02-29");
  CHECK(iso_date(add_days({2024, 2, 28}, 2)) == "2024-03-01");
  CHECK(iso_date(add_days({2023, 2, 28}, 1)) == "2023-03-01");
  CHECK(iso_date(add_days({1900, 2, 28}, 1)) == "1900-03-01");
  CHECK(iso_date(add_days({2000, 2, 28}, 1)) == "2000-02-29");
  CHECK(iso_date(add_days({2024, 1, 1}, 366)) == "2025-01-01");
}

TEST_CASE("add_days backwards", "[unit][dates]") {
  CHECK(iso_date(add_days({2023, 1, 1}, -1)) == "2022-12-31");
  CHECK(iso_date(add_days({2024, 3, 1}, -1)) == "2024-02-29");
  CHECK(iso_date(add_days({2023, 3, 1}, -1)) == "2023-02-28");
}

TEST_CASE("complete_date takes the year of the reference", "[unit][dates]") {
  auto d = complete_date(date{0, 6, 30, 0}, meeting, true);
  REQUIRE(d);
  CHECK(iso_date(*d) == "2022-06-30");
  auto past = complete_date(date{0, 3, 1, 0}, meeting, false);
  REQUIRE(past);
  CHECK(iso_date(*past) == "2022-03-01");
}

TEST_CASE("complete_date moves a future date before the reference to next year", "[unit][dates]") {
  auto d = complete_date(date{0, 3, 1, 0}, meeting, true);
  REQUIRE(d);
  CHECK(iso_date(*d) == "2023-03-01");
  auto same_day = complete_date(date{0, 5, 11, 0}, meeting, true);
  REQUIRE(same_day);
  CHECK(iso_date(*same_day) == "2022-05-11");
}

TEST_CASE("complete_date keeps a printed year", "[unit][dates]") {
  auto d = complete_date(date{2021, 3, 1, 0}, meeting, true);
  REQUIRE(d);
  CHECK(iso_date(*d) == "2021-03-01");
  auto without_reference = complete_date(date{2021, 3, 1, 0}, std::nullopt, true);
  REQUIRE(without_reference);
  CHECK(iso_date(*without_reference) == "2021-03-01");
}

TEST_CASE("complete_date rejects dates it cannot make whole", "[unit][dates]") {
  CHECK_FALSE(complete_date(date{0, 6, 30, 0}, std::nullopt, true));
  CHECK_FALSE(complete_date(date{2018, 9, 0, 0}, meeting, true));
  CHECK_FALSE(complete_date(date{2018, 0, 0, 0}, meeting, false));
}

TEST_CASE("due dates from a printed date", "[unit][dates]") {
  CHECK(due("circulate the report by 30 June") == "2022-06-30");
  CHECK(due("write to the school before 27th Sept") == "2022-09-27");
  CHECK(due("reply no later than 1 June 2023") == "2023-06-01");
  CHECK(due("report back by 1 March") == "2023-03-01");
  CHECK(due("report back by the 3rd June") == "2022-06-03");
  CHECK(due("report back by Friday 3 June") == "2022-06-03");
  CHECK(due("present it on 4 July") == "2022-07-04");
}

TEST_CASE("due date of a day and month in figures, in either order", "[unit][dates]") {
  // The reading that falls soonest after the meeting of 11 May 2022.
  CHECK(due("get three quotes by 5/31") == "2022-05-31");
  CHECK(due("get three quotes by 31/5") == "2022-05-31");
  CHECK(due("get three quotes by 6/7") == "2022-06-07");  // 7 June, not 6 July
  CHECK(due("get three quotes by 4/1") == "2023-01-04");  // 4 January, not 1 April past
  CHECK_FALSE(due("get three quotes by 13/13"));
  CHECK_FALSE(due("get the 2025/26 budget by then"));
  CHECK_FALSE(due_date("get three quotes by 5/31", std::nullopt, std::nullopt));
}

TEST_CASE("due date of a full date needs no meeting", "[unit][dates]") {
  CHECK(due_date("send it by 30 June 2023", std::nullopt, std::nullopt) == "2023-06-30");
  CHECK_FALSE(due_date("send it by 30 June", std::nullopt, std::nullopt));
}

TEST_CASE("due date of the next meeting", "[unit][dates]") {
  CHECK(due("report back by the next meeting") == "2022-07-13");
  CHECK(due("report back at the next Board meeting") == "2022-07-13");
  CHECK(due("report back by next meeting") == "2022-07-13");
  CHECK_FALSE(due_date("report back by the next meeting", meeting, std::nullopt));
}

TEST_CASE("due date of a meeting named by its month", "[unit][dates]") {
  CHECK(due("bring proposals at the July meeting") == "2022-07-13");
  CHECK(due("bring proposals for the July Board meeting") == "2022-07-13");
  CHECK(due("bring proposals before the July meeting") == "2022-07-13");
  CHECK_FALSE(due("bring proposals at the June meeting"));
  CHECK_FALSE(due_date("bring proposals at the July meeting", meeting, std::nullopt));
}

TEST_CASE("due date at the end of a month", "[unit][dates]") {
  CHECK(due("finish by the end of March") == "2023-03-31");
  CHECK(due("finish by end of June") == "2022-06-30");
  CHECK(due("finish by the end of May") == "2022-05-31");
  CHECK(due_date("finish by the end of February", ymd{2024, 1, 10}, std::nullopt) == "2024-02-29");
  CHECK_FALSE(due_date("finish by the end of March", std::nullopt, std::nullopt));
}

TEST_CASE("due date within a number of days or weeks", "[unit][dates]") {
  CHECK(due("circulate the notes within two weeks") == "2022-05-25");
  CHECK(due("circulate the notes within 10 days") == "2022-05-21");
  CHECK(due("circulate the notes within a week") == "2022-05-18");
  CHECK(due("circulate the notes within one day") == "2022-05-12");
  CHECK(due_date("reply within 3 weeks", ymd{2022, 12, 20}, std::nullopt) == "2023-01-10");
  CHECK_FALSE(due_date("circulate the notes within two weeks", std::nullopt, next_meeting));
  CHECK_FALSE(due("circulate the notes within the team"));
}

TEST_CASE("due date of a meeting named by its day, not only its month", "[unit][dates]") {
  // The next meeting is on 13 July 2022; "the July 27 meeting" is another.
  CHECK(due("present the review at the July 27 meeting") == "2022-07-27");
  CHECK(due("present the review at the July meeting") == "2022-07-13");
}

TEST_CASE("due date today", "[unit][dates]") {
  CHECK(due("post the strawman to the list today") == "2022-05-11");
  CHECK(due("send it later today") == "2022-05-11");
  CHECK_FALSE(due("send it to the todays list"));
}

TEST_CASE("due date tomorrow", "[unit][dates]") {
  CHECK(due("send the letter tomorrow") == "2022-05-12");
  CHECK(due_date("send the letter tomorrow", ymd{2022, 12, 31}, std::nullopt) == "2023-01-01");
}

TEST_CASE("no due date for ongoing or undated text", "[unit][dates]") {
  CHECK_FALSE(due("ongoing"));
  CHECK_FALSE(due("keep the matter under review"));
  CHECK_FALSE(due("circulate the report to all members"));
  CHECK_FALSE(due("may report back in due course"));
  CHECK_FALSE(due(""));
  CHECK_FALSE(due("by 31 June"));
  CHECK_FALSE(due("by 30 February"));
}

TEST_CASE("Year of a date printed with a weekday and no year", "[dates]") {
  using minutes::grammar::ast::date;
  // Tuesday 10 September: 2024 (and 2019, 2013, … before it).
  CHECK(minutes::parser::year_of_weekday(date{0, 9, 10, 2}, 2026) == 2024);
  CHECK(minutes::parser::year_of_weekday(date{0, 9, 10, 2}, 2023) == 2019);
  // Saturday 29 February: only leap years.
  CHECK(minutes::parser::year_of_weekday(date{0, 2, 29, 6}, 2026) == 2020);
  // Rejected: no weekday, a year already printed, no day.
  CHECK_FALSE(minutes::parser::year_of_weekday(date{0, 9, 10, 0}, 2026));
  CHECK_FALSE(minutes::parser::year_of_weekday(date{2024, 9, 10, 2}, 2026));
  CHECK_FALSE(minutes::parser::year_of_weekday(date{0, 9, 0, 2}, 2026));
}

TEST_CASE("Due dates from a weekday and from the next gathering", "[unit][dates]") {
  // The meeting is on Wednesday 11 May 2022; the next on 13 July 2022.
  CHECK(due("ring the lighting team on Monday") == "2022-05-16");
  CHECK(due("send it by Wednesday") == "2022-05-18");  // a week on, not the same day
  CHECK(due("draft the pull request by the next call") == "2022-07-13");
  CHECK(due("bring a report to the next meeting of the Committee") == "2022-07-13");
  CHECK(due("report the outcome to the July Board") == "2022-07-13");
  // Rejected: "to" before anything but a meeting; a month that is not the next meeting's.
  CHECK_FALSE(due("postponed to 30 June"));
  CHECK_FALSE(due("report to the August Board"));
  CHECK_FALSE(due("talk to Monday's group"));
}
