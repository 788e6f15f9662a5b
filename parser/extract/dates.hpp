// Calendar helpers (extract stage): ISO formatting, the year of dates printed without one,
// day arithmetic, and the due date of a commitment ("by 30 June", "by the next meeting",
// "within two weeks", "at the July meeting", "end of March").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/grammar/clock_time.hpp"
#include "parser/grammar/date_ast.hpp"

namespace minutes::parser {

struct ymd {
  int year = 0, month = 0, day = 0;
};

std::string iso_date(const ymd& d);
std::string iso_time(const grammar::ast::clock_time& t);
ymd add_days(ymd d, int days);
int days_in_month(int year, int month);
bool before(const ymd& a, const ymd& b);

// A printed date made whole: without a year it takes `reference`'s year, or the next one
// when `future` and that would put it before `reference`. nullopt when no year can be had
// or the date has no day.
std::optional<ymd> complete_date(const grammar::ast::date& d, const std::optional<ymd>& reference,
                                 bool future);

// Informal minutes print "Tuesday 10th September" and no year anywhere: the year is the
// latest, up to `latest_year`, in which that day falls on that weekday (1 = Monday). nullopt
// when the date has no weekday or no such year is found in 28 years.
std::optional<int> year_of_weekday(const grammar::ast::date& d, int latest_year);

// The latest year a date inferred from its weekday may take: the year this version was
// released. A fixed number, so that the same input always gives the same output.
inline constexpr int latest_inferred_year = 2026;

// The due date a commitment's text fixes, relative to the meeting and the next meeting.
std::optional<std::string> due_date(std::string_view text, const std::optional<ymd>& meeting,
                                    const std::optional<ymd>& next_meeting);

}  // namespace minutes::parser
