// Rules of the date grammar. Only date.cpp includes this file.
#pragma once

#include <cctype>
#include <span>
#include <string>

#include "parser/grammar/date.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
// Prefixed with date_: rule IDs name the parse functions of every grammar in one library.
struct date_weekday_class;
struct date_day_class;
struct date_month_class;
struct date_month_lower_class;
struct date_year_class;
struct date_year_part_class;
struct date_numeric_year_class;
struct date_iso_class;
struct date_numeric_class;
struct date_day_first_class;
struct date_month_first_class;
struct date_month_year_class;

// ---- Rules ------------------------------------------------------------------------------
// Functions and templates have external linkage, so they get their own namespace.
namespace date_detail {
struct name_entry {
  const char* name;
  int value;
  bool abbreviation;  // may take a dot: "Sept."
};

inline constexpr name_entry months[] = {
    {"January", 1, false},   {"Jan", 1, true},     {"February", 2, false},  {"Feb", 2, true},
    {"March", 3, false},     {"Mar", 3, true},     {"April", 4, false},     {"Apr", 4, true},
    {"May", 5, false},       {"June", 6, false},   {"Jun", 6, true},        {"July", 7, false},
    {"Jul", 7, true},        {"August", 8, false}, {"Aug", 8, true},        {"September", 9, false},
    {"Sep", 9, true},        {"Sept", 9, true},    {"October", 10, false},  {"Oct", 10, true},
    {"November", 11, false}, {"Nov", 11, true},    {"December", 12, false}, {"Dec", 12, true}};

inline constexpr name_entry weekdays[] = {
    {"Monday", 1, false},   {"Mon", 1, true},        {"Tuesday", 2, false},  {"Tue", 2, true},
    {"Tues", 2, true},      {"Wednesday", 3, false}, {"Wed", 3, true},       {"Weds", 3, true},
    {"Thursday", 4, false}, {"Thu", 4, true},        {"Thur", 4, true},      {"Thurs", 4, true},
    {"Friday", 5, false},   {"Fri", 5, true},        {"Saturday", 6, false}, {"Sat", 6, true},
    {"Sunday", 7, false},   {"Sun", 7, true}};

// A table of names Capitalised and in CAPITALS, or in lowercase only: lowercase names are
// also verbs ("may", "march") and are admitted only where a date cannot be mistaken.
inline x3::symbols<int> name_table(std::span<const name_entry> entries, bool lowercase) {
  x3::symbols<int> table;
  auto add = [&](const std::string& name, const name_entry& e) {
    table.add(name, e.value);
    if (e.abbreviation) table.add(name + ".", e.value);
  };
  for (const auto& e : entries) {
    std::string upper, lower;
    for (const char* c = e.name; *c; ++c) {
      upper += static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    }
    if (lowercase) {
      add(lower, e);
    } else {
      add(e.name, e);
      add(upper, e);
    }
  }
  return table;
}

constexpr bool leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// An unknown year (0) allows 29 February: "29 February" is a real date in some year.
constexpr int days_in_month(int month, int year) {
  constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year != 0 && !leap_year(year)) return 28;
  return days[month - 1];
}

constexpr bool valid(const ast::date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 0 && d.day <= days_in_month(d.month, d.year);
}

// Keeps a number as the rule's value when it lies in [Lo, Hi]; fails the parse otherwise.
template <int Lo, int Hi>
const auto in_range = [](auto& ctx) {
  x3::_val(ctx) = x3::_attr(ctx);
  x3::_pass(ctx) = Lo <= x3::_attr(ctx) && x3::_attr(ctx) <= Hi;
};
}  // namespace date_detail

// Each date form starts from a blank value: a form that failed may have written parts.
const auto reset_date = [](auto& ctx) { x3::_val(ctx) = ast::date{}; };
const auto set_weekday = [](auto& ctx) { x3::_val(ctx).weekday = x3::_attr(ctx); };
const auto set_day = [](auto& ctx) { x3::_val(ctx).day = x3::_attr(ctx); };
const auto set_month = [](auto& ctx) { x3::_val(ctx).month = x3::_attr(ctx); };
const auto set_year = [](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); };
const auto check_date = [](auto& ctx) { x3::_pass(ctx) = date_detail::valid(x3::_val(ctx)); };

// Numeric dates read day first unless only the US order makes sense ("06/16/2021").
const auto set_day_month_year = [](auto& ctx) {
  using boost::fusion::at_c;
  auto& attr = x3::_attr(ctx);
  int first = at_c<0>(attr), second = at_c<1>(attr), year = at_c<2>(attr);
  bool month_first = second > 12 && first <= 12;
  ast::date& d = x3::_val(ctx);
  d.day = month_first ? second : first;
  d.month = month_first ? first : second;
  d.year = year < 100 ? 2000 + year : year;
  x3::_pass(ctx) = d.day >= 1 && date_detail::valid(d);
};
const auto set_year_month_day = [](auto& ctx) {
  using boost::fusion::at_c;
  auto& attr = x3::_attr(ctx);
  ast::date& d = x3::_val(ctx);
  d.year = at_c<0>(attr);
  d.month = at_c<1>(attr);
  d.day = at_c<2>(attr);
  x3::_pass(ctx) = d.day >= 1 && date_detail::valid(d);
};

// ASCII only: x3::alnum asserts on bytes >= 0x80, and an en dash after a date is no letter.
const auto alnum = x3::char_("0-9a-zA-Z");
const auto digit = x3::char_("0-9");
const auto word_end = !alnum;
// "16.06.2021.3" and "1/2/2022/5" are numbering, not dates.
const auto numeric_end = word_end >> !(x3::char_("./") >> digit);
const auto small_number = x3::uint_parser<int, 10, 1, 2>{};
const auto two_digits = x3::uint_parser<int, 10, 2, 2>{};
const auto short_year = two_digits >> word_end;
const auto ordinal = x3::lit("st") | "nd" | "rd" | "th" | "ST" | "ND" | "RD" | "TH";
const auto year_separator = x3::lit(", ") | ' ';

// Three numbers joined by one separator, as in 16/06/2021 or 2022-05-11.
const auto numbers = [](auto first, char separator, auto second, auto third) {
  return first >> x3::lit(separator) >> second >> x3::lit(separator) >> third;
};

const auto month_names = date_detail::name_table(date_detail::months, false);
const auto month_names_lower = date_detail::name_table(date_detail::months, true);
const auto weekday_names = date_detail::name_table(date_detail::weekdays, false);

const x3::rule<date_weekday_class, int> date_weekday = "weekday";
const auto date_weekday_def = weekday_names >> (x3::lit(", ") | ' ') >> -x3::lit("the ");

const x3::rule<date_day_class, int> date_day = "day of the month";
const auto date_day_def = small_number[date_detail::in_range<1, 31>] >> -ordinal >> word_end;

const x3::rule<date_month_class, int> date_month = "month name";
const auto date_month_def = month_names >> word_end;

const x3::rule<date_month_lower_class, int> date_month_lower = "lowercase month name";
const auto date_month_lower_def = month_names_lower >> word_end;

const x3::rule<date_year_class, int> date_year = "year";
const auto date_year_def =
    x3::uint_parser<int, 10, 4, 4>{}[date_detail::in_range<1900, 2099>] >> word_end;

// The year after a day or month; its separator belongs to it so that a date without a
// year ends before the space.
const x3::rule<date_year_part_class, int> date_year_part = "year";
const auto date_year_part_def = year_separator >> date_year;

// A date without a year must not stop short of four digits it could not read as a year:
// "26 July 1850" and "11 May 2022x" are not "26 July" and "11 May".
const auto no_year = !(year_separator >> x3::repeat(4)[digit]);

const x3::rule<date_numeric_year_class, int> date_numeric_year = "year";
const auto date_numeric_year_def = date_year | short_year;

const x3::rule<date_iso_class, ast::date> date_iso = "ISO date";
const auto date_iso_def = x3::eps[reset_date] >> -date_weekday[set_weekday] >>
                          (numbers(date_year, '-', small_number, small_number)[set_year_month_day] |
                           numbers(date_year, '/', small_number,
                                   small_number)[set_year_month_day]) >>
                          numeric_end;

// Dotted dates take a two-digit year only as dd.mm.yy: "3.1.12" is clause numbering.
const x3::rule<date_numeric_class, ast::date> date_numeric = "numeric date";
const auto date_numeric_def =
    x3::eps[reset_date] >> -date_weekday[set_weekday] >>
    (numbers(small_number, '/', small_number, date_numeric_year)[set_day_month_year] |
     numbers(small_number, '-', small_number, date_numeric_year)[set_day_month_year] |
     numbers(small_number, '.', small_number, date_year)[set_day_month_year] |
     numbers(two_digits, '.', two_digits, short_year)[set_day_month_year]) >>
    numeric_end;

const x3::rule<date_day_first_class, ast::date> date_day_first = "date";
const auto date_day_first_def = x3::eps[reset_date] >> -date_weekday[set_weekday] >>
                                date_day[set_day] >> (x3::lit(" of ") | ' ') >>
                                ((date_month_lower[set_month] >> date_year_part[set_year]) |
                                 (date_month[set_month] >> (date_year_part[set_year] | no_year))) >>
                                x3::eps[check_date];

const x3::rule<date_month_first_class, ast::date> date_month_first = "date";
const auto date_month_first_def =
    x3::eps[reset_date] >> -date_weekday[set_weekday] >>
    ((date_month_lower[set_month] >> ' ' >> date_day[set_day] >> date_year_part[set_year]) |
     (date_month[set_month] >> ' ' >> date_day[set_day] >> (date_year_part[set_year] | no_year))) >>
    x3::eps[check_date];

const x3::rule<date_month_year_class, ast::date> date_month_year = "month and year";
const auto date_month_year_def =
    x3::eps[reset_date] >> date_month[set_month] >> date_year_part[set_year];

// ---- Grammar ----------------------------------------------------------------------------
const date_type date = "date";
const auto date_def = date_iso | date_numeric | date_day_first | date_month_first | date_month_year;

BOOST_SPIRIT_DEFINE(date_weekday, date_day, date_month, date_month_lower, date_year, date_year_part,
                    date_numeric_year, date_iso, date_numeric, date_day_first, date_month_first,
                    date_month_year, date)

}  // namespace minutes::grammar::rules
