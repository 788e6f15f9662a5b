// Calendar helpers (see dates.hpp).
#include "parser/extract/dates.hpp"

#include <array>
#include <cstdio>

#include "parser/grammar/date.hpp"
#include "parser/text.hpp"
#include "parser/words/date_words.hpp"

namespace minutes::parser {
namespace {

// Month named by the capitalised word at `s` ("July"), 0 when none.
int month_at(std::string_view s) {
  for (std::size_t m = 0; m < std::size(words::month_names); ++m)
    if (text::starts_with_word(s, words::month_names[m]) && text::is_ascii_upper(s[0]))
      return static_cast<int>(m) + 1;
  return 0;
}

// "two", "2" → 2; 0 when the word is not a small number.
int count_at(std::string_view s) {
  if (!s.empty() && text::is_digit(s[0])) {
    int v = 0;
    for (std::size_t i = 0; i < s.size() && text::is_digit(s[i]) && v < 1000; ++i)
      v = v * 10 + (s[i] - '0');
    return v;
  }
  for (std::size_t n = 0; n < std::size(words::number_words); ++n)
    if (text::starts_with_word(s, words::number_words[n])) return static_cast<int>(n) + 1;
  if (text::starts_with_word(s, "a") || text::starts_with_word(s, "one")) return 1;
  return 0;
}

std::string_view after_word(std::string_view s, std::size_t pos) {
  std::size_t i = pos;
  while (i < s.size() && !text::is_space(s[i])) ++i;
  while (i < s.size() && text::is_space(s[i])) ++i;
  return s.substr(i);
}

}  // namespace

std::string iso_date(const ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string iso_time(const grammar::ast::clock_time& t) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
  return buf;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool before(const ymd& a, const ymd& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

ymd add_days(ymd d, int days) {
  d.day += days;
  while (d.day > days_in_month(d.year, d.month)) {
    d.day -= days_in_month(d.year, d.month);
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  while (d.day < 1) {
    if (--d.month < 1) {
      d.month = 12;
      --d.year;
    }
    d.day += days_in_month(d.year, d.month);
  }
  return d;
}

namespace {

// Day of the week of a date, 1 = Monday .. 7 = Sunday (Sakamoto's method).
int weekday_of(int year, int month, int day) {
  static constexpr int offsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) --year;
  int sunday_based = (year + year / 4 - year / 100 + year / 400 + offsets[month - 1] + day) % 7;
  return sunday_based == 0 ? 7 : sunday_based;
}

}  // namespace

std::optional<int> year_of_weekday(const grammar::ast::date& d, int latest_year) {
  constexpr int calendar_cycle_years = 28;
  if (d.weekday == 0 || d.day == 0 || d.month == 0 || d.year != 0) return std::nullopt;
  for (int year = latest_year; year > latest_year - calendar_cycle_years; --year)
    if (d.day <= days_in_month(year, d.month) && weekday_of(year, d.month, d.day) == d.weekday)
      return year;
  return std::nullopt;
}

std::optional<ymd> complete_date(const grammar::ast::date& d, const std::optional<ymd>& reference,
                                 bool future) {
  if (d.day == 0 || d.month == 0) return std::nullopt;
  ymd out{d.year, d.month, d.day};
  if (out.year == 0) {
    if (!reference) return std::nullopt;
    out.year = reference->year;
    if (future && before(out, *reference)) ++out.year;
  }
  return out;
}

namespace {

// True when a word of `words` is among the first `reach` words of `s`.
bool word_within(std::string_view s, std::size_t reach, const auto& words) {
  for (std::size_t n = 0; n < reach && !s.empty(); ++n, s = after_word(s, 0)) {
    std::string_view w = s.substr(0, std::min(s.find(' '), s.size()));
    w = text::trim(w, ".,;:)'");
    for (std::string_view g : words)
      if (text::iequals(w, g)) return true;
  }
  return false;
}

// "on Monday", "by Friday": the first such day after the meeting.
std::optional<ymd> weekday_after(std::string_view rest, const ymd& meeting) {
  std::string_view w = text::trim(rest.substr(0, std::min(rest.find(' '), rest.size())), ".,;:");
  for (int n = 0; n < 7; ++n) {
    if (!text::iequals(w, words::weekday_names[n])) continue;
    int from = weekday_of(meeting.year, meeting.month, meeting.day);
    int ahead = (n + 1 - from + 7) % 7;
    return add_days(meeting, ahead == 0 ? 7 : ahead);
  }
  return std::nullopt;
}

// "by 3/31", "by 14/3": a day and a month in figures with no year, in either order — the
// reading that falls soonest on or after the meeting (US minutes write 3/14, UK ones 14/3).
std::optional<ymd> day_and_month_in_figures(std::string_view rest, const ymd& meeting) {
  auto figures = [&](std::size_t& i) {
    int n = 0, digits = 0;
    while (i < rest.size() && text::is_digit(rest[i]) && digits < 3) {
      n = n * 10 + (rest[i++] - '0');
      ++digits;
    }
    return digits >= 1 && digits <= 2 ? n : 0;
  };
  std::size_t i = 0;
  int a = figures(i);
  if (a == 0 || i >= rest.size() || rest[i] != '/') return std::nullopt;
  ++i;
  int b = figures(i);
  if (b == 0 || (i < rest.size() && (text::is_digit(rest[i]) || rest[i] == '/')))
    return std::nullopt;
  std::optional<ymd> best;
  for (auto [month, day] : {std::pair{a, b}, std::pair{b, a}}) {
    if (month > 12 || day > days_in_month(meeting.year, month)) continue;
    ymd d{meeting.year, month, day};
    if (before(d, meeting)) ++d.year;
    if (!best || before(d, *best)) best = d;
  }
  return best;
}

}  // namespace

std::optional<std::string> due_date(std::string_view s, const std::optional<ymd>& meeting,
                                    const std::optional<ymd>& next_meeting) {
  for (auto lead : words::due_date_lead_ins) {
    for (std::size_t at = text::find_word(s, lead); at != std::string_view::npos;
         at = text::find_word(s, lead, at + 1)) {
      std::string_view rest = after_word(s, at + lead.size() - 1);
      if (text::starts_with_word(rest, "the")) rest = after_word(rest, 0);
      // "by the next call", "to the next meeting of the Committee", "at the next Board".
      constexpr std::size_t gathering_reach = 3;
      if (next_meeting && text::starts_with_word(rest, "next") &&
          word_within(after_word(rest, 0), gathering_reach, words::next_gathering_words))
        return iso_date(*next_meeting);
      // "at the April 15 meeting": the day it names, before the month names the next meeting.
      if (auto m = grammar::match_date(rest); m && m->value.day && lead != "to")
        if (auto d = complete_date(m->value, meeting, true)) return iso_date(*d);
      // "at the July meeting", "to the February Board": a month that names the next meeting.
      if (int month = month_at(rest);
          month && next_meeting && next_meeting->month == month &&
          word_within(after_word(rest, 0), gathering_reach, words::next_gathering_words))
        return iso_date(*next_meeting);
      if (lead == "to") continue;  // "to" leads only to a meeting
      if (auto m = grammar::match_date(rest)) {
        if (auto d = complete_date(m->value, meeting, true)) return iso_date(*d);
      }
      if (meeting && !grammar::find_date(rest.substr(0, std::min<std::size_t>(rest.size(), 40))))
        if (auto d = weekday_after(rest, *meeting)) return iso_date(*d);
      if (meeting)
        if (auto d = day_and_month_in_figures(rest, *meeting)) return iso_date(*d);
      // "by Friday (2024-02-09)", "by Friday, 9 February": the date a few words on.
      constexpr std::size_t date_reach = 16;
      if (auto f = grammar::find_date(rest.substr(0, date_reach + 20));
          f && f->begin <= date_reach) {
        if (auto d = complete_date(f->value, meeting, true)) return iso_date(*d);
      }
      // "by (the) end of March"
      if (text::starts_with_word(rest, "end of")) {
        std::string_view tail = after_word(after_word(rest, 0), 0);
        if (int month = month_at(tail); month && meeting) {
          ymd d{meeting->year, month, 0};
          if (month < meeting->month) ++d.year;
          d.day = days_in_month(d.year, month);
          return iso_date(d);
        }
      }
    }
  }
  if (!meeting) return std::nullopt;
  // "within two weeks", "within 10 days"
  for (std::size_t at = text::find_word(s, "within"); at != std::string_view::npos;
       at = text::find_word(s, "within", at + 1)) {
    std::string_view rest = after_word(s, at + 5);
    if (int n = count_at(rest)) {
      std::string_view unit = after_word(rest, 0);
      if (text::starts_with_word(unit, "days") || text::starts_with_word(unit, "day"))
        return iso_date(add_days(*meeting, n));
      if (text::starts_with_word(unit, "weeks") || text::starts_with_word(unit, "week"))
        return iso_date(add_days(*meeting, 7 * n));
    }
  }
  if (text::has_word(s, "tomorrow")) return iso_date(add_days(*meeting, 1));
  // "post the strawman to the list today", "later today", "by end of day".
  if (text::has_word(s, "today") || text::has_word(s, "by end of day")) return iso_date(*meeting);
  return std::nullopt;
}

}  // namespace minutes::parser
