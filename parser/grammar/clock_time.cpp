// Instantiates the clock_time grammar and implements its accessors: the 24-hour reading of
// printed times and the am/pm inference across a range.
#include "parser/grammar/clock_time_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(clock_time_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(time_range_type, iterator_type, context_type)
}  // namespace rules

rules::clock_time_type const& clock_time() {
  return rules::clock_time;
}
rules::time_range_type const& time_range() {
  return rules::time_range;
}

namespace {
using ast::meridiem;

ast::clock_time on_24h_clock(int hour, int minute, meridiem half) {
  if (half == meridiem::am && hour == 12) hour = 0;
  if (half == meridiem::pm && hour != 12) hour += 12;
  return {hour, minute};
}
ast::clock_time on_24h_clock(const ast::printed_time& t) {
  return on_24h_clock(t.hour, t.minute, t.half);
}
int minutes_of(ast::clock_time t) {
  return t.hour * 60 + t.minute;
}

// Lends am/pm from the side of a range that prints it to the side that does not.
std::pair<ast::clock_time, ast::clock_time> read_range(const ast::printed_time& start,
                                                       const ast::printed_time& end) {
  ast::clock_time s = on_24h_clock(start), e = on_24h_clock(end);
  bool start_open = start.half == meridiem::none && start.hour >= 1 && start.hour <= 12;
  bool end_open = end.half == meridiem::none && end.hour >= 1 && end.hour <= 12;
  if (start_open && end.half != meridiem::none) {
    // Midnight closes the pm half: "10-12am" runs from 22:00.
    bool midnight = minutes_of(e) == 0;
    meridiem half = midnight ? meridiem::pm : end.half;
    int end_minutes = midnight ? 24 * 60 : minutes_of(e);
    ast::clock_time shared = on_24h_clock(start.hour, start.minute, half);
    s = minutes_of(shared) < end_minutes ? shared
                                         : on_24h_clock(start.hour, start.minute, meridiem::am);
  } else if (end_open && start.half != meridiem::none) {
    ast::clock_time morning = on_24h_clock(end.hour, end.minute, meridiem::am);
    ast::clock_time evening = on_24h_clock(end.hour, end.minute, meridiem::pm);
    if (minutes_of(morning) > minutes_of(s)) {
      e = morning;
    } else if (minutes_of(evening) > minutes_of(s)) {
      e = evening;
    } else {
      e = morning;  // past midnight: "11pm-1.00"
    }
  }
  return {s, e};
}

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A time may start at a word not glued to what precedes it, nor to a currency sign (£6.30,
// $6.30, €6.30) or to numbering ("1.12.30").
bool may_start_time(std::string_view text, std::size_t at) {
  if (!is_alnum(text[at])) return false;
  if (at == 0) return true;
  std::string_view before = text.substr(0, at);
  char last = before.back();
  if (is_alnum(last) || last == '$') return false;
  if (before.ends_with("\xC2\xA3") || before.ends_with("\xE2\x82\xAC")) return false;
  bool numbering = last == '.' || last == ':' || last == ',' || last == '/';
  return !(numbering && at >= 2 && is_digit(text[at - 2]));
}
}  // namespace

std::optional<time_match> match_time(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::printed_time printed;
  if (!x3::parse(first, last, clock_time(), printed)) return std::nullopt;
  return time_match{on_24h_clock(printed), printed.half != meridiem::none,
                    static_cast<std::size_t>(first - text.data())};
}

std::optional<time_range_match> match_time_range(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::printed_range printed;
  if (!x3::parse(first, last, time_range(), printed)) return std::nullopt;
  auto length = static_cast<std::size_t>(first - text.data());
  if (!printed.end) return time_range_match{on_24h_clock(printed.start), std::nullopt, length};
  auto [start, end] = read_range(printed.start, *printed.end);
  return time_range_match{start, end, length};
}

std::optional<time_found> find_time(std::string_view text, std::size_t from) {
  for (std::size_t at = from; at < text.size(); ++at) {
    if (!may_start_time(text, at)) continue;
    if (auto m = match_time(text.substr(at))) return time_found{m->value, at, at + m->length};
  }
  return std::nullopt;
}

}  // namespace minutes::grammar
