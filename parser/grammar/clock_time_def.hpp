// Rules of the clock_time grammar. Only clock_time.cpp includes this file.
#pragma once

#include "parser/grammar/clock_time.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
// Prefixed with time_: rule IDs name the parse functions of every grammar in one library.
struct time_hour12_class;
struct time_hour24_class;
struct time_hour24_two_class;
struct time_minute_class;
struct time_noon_class;
struct time_with_meridiem_class;
struct time_military_class;
struct time_oclock_class;
struct time_24h_class;
struct time_hour_only_class;
struct time_range_start_class;

// ---- Rules ------------------------------------------------------------------------------
// Templates have external linkage, so they get their own namespace.
namespace time_detail {
// Keeps a number as the rule's value when it lies in [Lo, Hi]; fails the parse otherwise.
template <int Lo, int Hi>
const auto in_range = [](auto& ctx) {
  x3::_val(ctx) = x3::_attr(ctx);
  x3::_pass(ctx) = Lo <= x3::_attr(ctx) && x3::_attr(ctx) <= Hi;
};
}  // namespace time_detail

// Each time form starts from a blank value: a form that failed may have written parts.
const auto reset_time = [](auto& ctx) { x3::_val(ctx) = ast::printed_time{}; };
const auto set_hour = [](auto& ctx) { x3::_val(ctx).hour = x3::_attr(ctx); };
const auto set_minute = [](auto& ctx) { x3::_val(ctx).minute = x3::_attr(ctx); };
const auto set_half = [](auto& ctx) { x3::_val(ctx).half = x3::_attr(ctx); };
const auto set_noon = [](auto& ctx) { x3::_val(ctx) = ast::printed_time{12, 0, x3::_attr(ctx)}; };
const auto set_hour_only = [](auto& ctx) {
  x3::_val(ctx) = ast::printed_time{x3::_attr(ctx), 0, ast::meridiem::none, true};
};

const auto reset_range = [](auto& ctx) { x3::_val(ctx) = ast::printed_range{}; };
const auto set_start = [](auto& ctx) { x3::_val(ctx).start = x3::_attr(ctx); };
const auto set_single = [](auto& ctx) {
  x3::_val(ctx).start = x3::_attr(ctx);
  x3::_val(ctx).end.reset();
};
// "1-4" names no half of the day: a bare start needs an end with am/pm.
const auto set_end = [](auto& ctx) {
  const ast::printed_time& start = x3::_val(ctx).start;
  const ast::printed_time& end = x3::_attr(ctx);
  x3::_pass(ctx) = !(start.hour_only && end.half == ast::meridiem::none);
  if (x3::_pass(ctx)) x3::_val(ctx).end = end;
};

// ASCII only: x3::alnum asserts on bytes >= 0x80, and an en dash after a time is no letter.
const auto alnum = x3::char_("0-9a-zA-Z");
const auto digit = x3::char_("0-9");
const auto word_end = !alnum;
const auto hm_separator = x3::lit('.') | ':';

const x3::symbols<ast::meridiem> meridiem_names({{"am", ast::meridiem::am},
                                                 {"a.m.", ast::meridiem::am},
                                                 {"a.m", ast::meridiem::am},
                                                 {"AM", ast::meridiem::am},
                                                 {"A.M.", ast::meridiem::am},
                                                 {"A.M", ast::meridiem::am},
                                                 {"pm", ast::meridiem::pm},
                                                 {"p.m.", ast::meridiem::pm},
                                                 {"p.m", ast::meridiem::pm},
                                                 {"PM", ast::meridiem::pm},
                                                 {"P.M.", ast::meridiem::pm},
                                                 {"P.M", ast::meridiem::pm}},
                                                "am or pm");

// Noon closes the morning (12 pm); midnight opens the day (12 am).
const x3::symbols<ast::meridiem> noon_names({{"noon", ast::meridiem::pm},
                                             {"Noon", ast::meridiem::pm},
                                             {"NOON", ast::meridiem::pm},
                                             {"midday", ast::meridiem::pm},
                                             {"Midday", ast::meridiem::pm},
                                             {"MIDDAY", ast::meridiem::pm},
                                             {"mid-day", ast::meridiem::pm},
                                             {"Mid-day", ast::meridiem::pm},
                                             {"midnight", ast::meridiem::am},
                                             {"Midnight", ast::meridiem::am},
                                             {"MIDNIGHT", ast::meridiem::am}},
                                            "noon or midnight");

const auto hours_suffix = (x3::lit("hours") | "hrs" | "hr" | "HRS" | "Hrs" | 'h') >> word_end;
const auto quantity =
    (x3::lit("million") | "billion" | "thousand" | "per cent" | "percent") >> word_end;
// A time without am/pm must stand alone: "16.06.2021", "17.10.2", "6.00%" and
// "6.00 million" are numbers that only begin like a time.
const auto bare_end =
    word_end >> !(x3::char_(".:") >> digit) >> !x3::lit('%') >> !(' ' >> quantity);

const x3::rule<time_hour12_class, int> time_hour12 = "hour";
const auto time_hour12_def = x3::uint_parser<int, 10, 1, 2>{}[time_detail::in_range<1, 12>];

const x3::rule<time_hour24_class, int> time_hour24 = "hour";
const auto time_hour24_def = x3::uint_parser<int, 10, 1, 2>{}[time_detail::in_range<0, 23>];

const x3::rule<time_hour24_two_class, int> time_hour24_two = "hour";
const auto time_hour24_two_def = x3::uint_parser<int, 10, 2, 2>{}[time_detail::in_range<0, 23>];

const x3::rule<time_minute_class, int> time_minute = "minutes";
const auto time_minute_def = x3::uint_parser<int, 10, 2, 2>{}[time_detail::in_range<0, 59>];

const x3::rule<time_noon_class, ast::printed_time> time_noon = "noon or midnight";
const auto time_noon_def =
    -(x3::lit("12") >> -(hm_separator >> "00") >> ' ') >> noon_names[set_noon] >> word_end;

const x3::rule<time_with_meridiem_class, ast::printed_time> time_with_meridiem =
    "time with am or pm";
const auto time_with_meridiem_def = x3::eps[reset_time] >> time_hour12[set_hour] >>
                                    -(hm_separator >> time_minute[set_minute]) >>
                                    -x3::lit(' ') >> meridiem_names[set_half] >> word_end;

// "1830 hrs": four digits are a year or a count unless "hrs" says otherwise.
const x3::rule<time_military_class, ast::printed_time> time_military = "time in hours";
const auto time_military_def = x3::eps[reset_time] >> time_hour24_two[set_hour] >>
                               time_minute[set_minute] >> -x3::lit(' ') >>
                               (x3::lit("hrs") | "HRS" | "Hrs") >> word_end;

const x3::rule<time_oclock_class, ast::printed_time> time_oclock = "time o'clock";
const auto time_oclock_def = x3::eps[reset_time] >> time_hour12[set_hour] >> " o'clock" >> word_end;

const x3::rule<time_24h_class, ast::printed_time> time_24h = "24-hour time";
const auto time_24h_def = x3::eps[reset_time] >> time_hour24[set_hour] >> hm_separator >>
                          time_minute[set_minute] >> -(-x3::lit(' ') >> hours_suffix) >> bare_end;

// ---- Grammar ----------------------------------------------------------------------------
const clock_time_type clock_time = "time";
const auto clock_time_def = time_noon | time_with_meridiem | time_military | time_oclock | time_24h;

const x3::rule<time_hour_only_class, ast::printed_time> time_hour_only = "hour";
const auto time_hour_only_def = time_hour12[set_hour_only];

const x3::rule<time_range_start_class, ast::printed_time> time_range_start = "start time";
const auto time_range_start_def = clock_time | time_hour_only;

// A hyphen, en dash or em dash, or a word; spaced dashes are as common as tight ones.
const auto range_separator =
    (-x3::lit(' ') >> (x3::lit('-') | "\xE2\x80\x93" | "\xE2\x80\x94") >> -x3::lit(' ')) |
    (x3::lit(' ') >> (x3::lit("to") | "until" | "till") >> ' ');

const time_range_type time_range = "time range";
const auto time_range_def = x3::eps[reset_range] >> ((time_range_start[set_start] >>
                                                      range_separator >> clock_time[set_end]) |
                                                     clock_time[set_single]);

BOOST_SPIRIT_DEFINE(time_hour12, time_hour24, time_hour24_two, time_minute, time_noon,
                    time_with_meridiem, time_military, time_oclock, time_24h, time_hour_only,
                    time_range_start, clock_time, time_range)

}  // namespace minutes::grammar::rules
