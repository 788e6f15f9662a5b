// Attendance: one person's presence, apologies or absence at this meeting.
#pragma once

#include <optional>
#include <string>

#include "model/span.hpp"

namespace minutes::model {

enum class attendance_status { present, apologies, absent };

struct attendance {
  std::string person;                                     // id of the person ("P3")
  std::string name;                                       // the person's name as in `people`
  attendance_status status = attendance_status::present;  // what the minutes state
  std::optional<std::string>
      group;  // heading of the list it came from: "Members", "Other Attendees"
  std::optional<std::string> role;          // role at the meeting: "Chair", "Clerk"
  std::optional<std::string> affiliation;   // organisation or service printed with the name
  std::optional<std::string> on_behalf_of;  // the person substituted for
  bool remote = false;                      // joined remotely
  span where;                               // the line(s) that state it
};

}  // namespace minutes::model
