// Document: the one model of a meeting that every reader feeds and every exporter reads.
#pragma once

#include <optional>
#include <vector>

#include "model/attendance.hpp"
#include "model/decisions.hpp"
#include "model/diagnostic.hpp"
#include "model/item.hpp"
#include "model/meeting.hpp"
#include "model/person.hpp"
#include "model/source.hpp"

namespace minutes::model {

struct document {
  model::source from;                         // what was read
  model::meeting meeting;                     // when, where, who met
  std::vector<model::block> preamble;         // text before the first item: title block, attendance
  std::vector<model::person> people;          // everyone named in a role the model records
  std::vector<model::attendance> attendance;  // presence, apologies, absence
  std::vector<model::item> items;             // agenda items in order
  std::vector<model::resolution> resolutions;  // decision clauses
  std::vector<model::motion> motions;          // formal motions
  std::vector<model::action> actions;          // commitments with owners
  std::optional<model::next_meeting> next;     // the next meeting, when fixed
  std::vector<model::diagnostic> diagnostics;  // the parser's doubts
};

}  // namespace minutes::model
