// Printing the ledger's answers: aligned columns for a terminal, JSON or CSV for scripts.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "ledger/queries.hpp"

namespace minutes::cli {

// `format` is "table", "json" or "csv". JSON is one object {title: rows}; CSV has a header
// row per table and a blank line between tables.
void print_tables(std::ostream& out, const std::vector<ledger::table>& tables,
                  const std::string& format);

}  // namespace minutes::cli
