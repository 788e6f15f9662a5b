// The ledger's tables (docs/ledger.md describes each column). The ledger version changes
// whenever a table or column does; a database of another version is refused with a clear
// message rather than read wrongly.
#pragma once

#include <string_view>

#include "ledger/sqlite.hpp"

namespace minutes::ledger {

inline constexpr std::string_view ledger_version = "1";

// Creates the tables in a new database, or checks an existing one's versions: throws
// sqlite_error with what to do when they differ.
void prepare_schema(database& db);

// The tables recomputed from the document tables after every build, in dependency order.
inline constexpr std::string_view derived_tables[] = {
    "search", "action_status", "followups", "ambiguities", "person_links", "archive_people"};

}  // namespace minutes::ledger
