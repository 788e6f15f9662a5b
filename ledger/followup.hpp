// Follow-up: what later meetings of the same body say about each action, and the status that
// follows — `open` (never mentioned again), `reported` (mentioned: progress, carried forward),
// `done` or `dropped` — with the evidence's span. An open action whose due date is before the
// body's latest meeting is overdue.
//
// A later sentence or action-log row is evidence when it shares most of the action's content
// words, or when it cites the action's minute number ("23/41") and shares some of them.
#pragma once

#include "ledger/sqlite.hpp"

namespace minutes::ledger {

// Rebuilds followups and action_status from the document tables.
void derive_followups(database& db);

}  // namespace minutes::ledger
