// Meeting: the facts of the meeting itself, and of the next one when the minutes fix it.
#pragma once

#include <optional>
#include <string>

#include "model/span.hpp"

namespace minutes::model {

struct meeting {
  std::optional<std::string> organisation;  // e.g. "Lancashire County Council"
  std::optional<std::string>
      body;  // committee or board that met; null when the whole organisation met
  std::optional<std::string> title;       // the document's title line
  std::optional<std::string> date;        // ISO YYYY-MM-DD
  std::optional<std::string> start_time;  // HH:MM, 24-hour
  std::optional<std::string> end_time;    // HH:MM, 24-hour
  std::optional<std::string> venue;       // place, or the platform of an online meeting
  span where;                             // the header lines the facts came from
};

struct next_meeting {
  std::optional<std::string> date;        // ISO YYYY-MM-DD
  std::optional<std::string> start_time;  // HH:MM
  std::optional<std::string> venue;       // place when stated
  span where;                             // the sentence that fixes it
};

}  // namespace minutes::model
