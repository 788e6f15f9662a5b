// Per-document limits (see commands.hpp): the clock of a document's time budget starts when
// its parse starts, so a slow file in a batch does not eat the budget of the next.
#include <chrono>

#include "cli/commands.hpp"

namespace minutes::cli {

parser::parse_limits document_limits::start() const {
  auto budget = std::chrono::duration_cast<parser::parse_limits::clock::duration>(
      std::chrono::duration<double>(time_budget_seconds));
  return parser::parse_limits::with_budget(max_pages, budget);
}

}  // namespace minutes::cli
