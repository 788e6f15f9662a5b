// Result of the date grammar: a calendar date as printed in minutes. A part that is not
// printed stays 0 ("26 July" has year 0), so extract can tell what the text says from what
// it has to infer from the meeting.
#pragma once

namespace minutes::grammar::ast {
struct date {
  int year = 0;     // 1900-2099, or 0 when not printed
  int month = 0;    // 1-12
  int day = 0;      // 1-31, or 0 for a month and year ("September 2018")
  int weekday = 0;  // 1 = Monday .. 7 = Sunday, or 0 when not printed
};
}  // namespace minutes::grammar::ast
