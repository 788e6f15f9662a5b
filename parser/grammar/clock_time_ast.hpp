// Results of the clock_time grammar: a time of day on the 24-hour clock, and the time as
// printed ("6.00 pm" is 6:00 in the afternoon half) before am/pm is applied. Ranges need the
// printed form: "1-4pm" gives its start the meridiem of its end.
#pragma once

#include <optional>

namespace minutes::grammar::ast {
struct clock_time {
  int hour = 0;    // 0-23
  int minute = 0;  // 0-59
};

enum class meridiem { none, am, pm };

struct printed_time {
  int hour = 0;                    // as printed: 1-12 with a meridiem, 0-23 without
  int minute = 0;                  // 0 when not printed
  meridiem half = meridiem::none;  // "noon" is 12 pm, "midnight" 12 am
  bool hour_only = false;          // a bare "1" that only a range end can qualify
};

struct printed_range {
  printed_time start;
  std::optional<printed_time> end;  // empty for a single time
};
}  // namespace minutes::grammar::ast
