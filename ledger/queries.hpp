// The questions `minutes ledger` answers, each as a table of text cells (NULL as nullopt), so
// the command line can print them for a terminal, as JSON or as CSV. Every record row ends
// with its source: the path and the first line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ledger/sqlite.hpp"

namespace minutes::ledger {

struct table {
  std::string title;
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

// Archive people whose name or a variant contains `name` (ignoring case).
table find_people(database& db, const std::string& name);

// One archive person's attendance (with the rate in the title) and commitments.
std::vector<table> person_report(database& db, const std::string& archive_person);

struct action_filter {
  bool open = false;     // open or reported: not done, not dropped
  bool overdue = false;  // flagged overdue
  std::optional<std::string> owner, body, since;
};
table find_actions(database& db, const action_filter& filter);

// Members × meetings of the bodies whose name contains `body`: P present, A apologies,
// X absent, blank not listed; the rate is present ÷ listed.
table attendance_matrix(database& db, const std::string& body);

// Full-text search over item titles, item text and resolutions.
table search_text(database& db, const std::string& query);

}  // namespace minutes::ledger
