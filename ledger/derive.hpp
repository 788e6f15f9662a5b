// What the ledger concludes across documents: archive people, follow-ups and statuses, and
// the full-text index. Rebuilt from the document tables in one transaction after every build,
// so the result depends only on which documents the ledger holds, not on the order or the
// number of runs that put them there.
#pragma once

#include "ledger/sqlite.hpp"

namespace minutes::ledger {

void derive(database& db);

}  // namespace minutes::ledger
