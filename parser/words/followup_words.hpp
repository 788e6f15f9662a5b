// Follow-up words (ledger): how later minutes report on an earlier action. Read by
// ledger/followup.cpp on a sentence or action-log row that refers back to the action.
#pragma once

#include <string_view>

namespace minutes::parser::words {

// The action will not be done: "no longer required", "the committee agreed not to pursue".
inline constexpr std::string_view followup_dropped[] = {
    "no longer required", "no longer needed", "not to pursue", "not be pursued", "dropped",
    "withdrawn",          "abandoned",        "cancelled",     "canceled",       "superseded",
    "not proceed",        "not to proceed",   "closed without"};

// The action is done: "the signs had been installed", "Status: Complete".
inline constexpr std::string_view followup_done[] = {
    "done",      "completed", "complete",  "finished",       "has been",        "had been",
    "have been", "was sent",  "were sent", "was circulated", "were circulated", "now installed",
    "in place",  "resolved",  "closed",    "delivered",      "achieved",        "discharged"};

}  // namespace minutes::parser::words
