// Rows of an action log, read for follow-up (see followup.hpp): the reference a log gives an
// action ("A13"), the row's title ("Damp survey, flat 9"), and who the row names as owner
// ("TA/JC"). A log's reference carries the action forward: later minutes write "A13 Roof –
// scaffolding went up" without repeating the action's words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace minutes::ledger {

struct log_row {
  std::string reference;                    // "A13", "AP-2", "23/71"; "" when the row has none
  std::string title;                        // the cells that describe the work
  std::vector<std::string> owner_initials;  // "TA", "JC" from "TA/JC"; upper case
};

// Reads a row whose cells are separated by tabs; the last of three or more cells is its
// status and is left out of the title.
log_row read_log_row(std::string_view row);

// The reference that opens a sentence or a row ("A13 Roof – …"), or "" when there is none:
// one to three letters and digits ("A13", "AP-2"), or a minute number ("23/71").
std::string_view leading_reference(std::string_view s);

// True when a row's owners may be the action's: the row names none, or one of them has the
// initials of one of `owner_names` ("CF" for "Claire Foden", "C" or "CF" for "Claire").
bool owners_agree(const log_row& row, const std::vector<std::string>& owner_names);

}  // namespace minutes::ledger
