// Rosters (extract stage): the entries of attendance lists and tables as minutes print them —
//   "Cllr Rachel Hanley (RH) - Chairman", "Sunita Gill, Member-at-Large",
//   "alice (Alice Whitmore), bkumar, Chen Rui", "Gordon Ashcombe <gap> Chairman <gap> (GA)",
//   "President ........ Freya Lindgren (FL)", a Markdown table with a Name column.
// Entries are split at commas, semicolons and "and" outside brackets; a role or affiliation
// standing as an entry of its own belongs to the name before it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/attendance.hpp"
#include "parser/extract/names.hpp"

namespace minutes::parser {

// Columns of a roster table, from its header row ("Handle | Name | Affiliation").
struct roster_columns {
  int name = -1, handle = -1, role = -1;  // column indexes, -1 when absent
  int status = -1;                        // "Present": Yes / No / Apologies
  int cells = 0;                          // cells in the header row
  bool known() const { return name >= 0 || handle >= 0; }
};

// The cells of a row: column gaps (tabs) and dotted leaders separate them.
int cell_count(std::string_view row);

// Reads the header row of a roster table; nothing is known when it is not one.
roster_columns read_roster_header(std::string_view row);

// The status a roster table's status cell gives: "Yes" present, "No" absent,
// "Apologies" apologies; nullopt when the cell says nothing of the kind.
std::optional<model::attendance_status> status_cell(std::string_view cell);

// Reads one line of a roster (or one row of a roster table) into `out`, cleared first.
// `shared_honorific` is a plural honorific heading the list ("County Councillors").
// `strict` (lines under a label, not on it) refuses entries that run on into lowercase
// words: "Notes taken by Lee." is not a roster line.
// `one_per_line` (a bullet) reads "Jeff Brezina, Quilo" as a name and its affiliation.
void read_roster_line(std::string_view line, const roster_columns& columns,
                      std::string_view shared_honorific, bool strict, std::vector<found_name>& out,
                      bool one_per_line = false);

}  // namespace minutes::parser
