// Action logs (extract stage): tables of actions with owner columns (see action_log.cpp).
#pragma once

#include <cstddef>
#include <string>

#include "parser/extract/context.hpp"

namespace minutes::parser {

struct log_row {
  std::string ref, action, owner, due, status;  // the row's cells, wrapped lines joined
  std::size_t begin = 0, end = 0;               // bytes of the row in the table's text
  // "Complete", "Closed – superseded": a report of work done, not an open commitment.
  bool finished_work() const;
};

struct log_row_sink {
  virtual void add(const log_row& row) = 0;
  virtual ~log_row_sink() = default;
};

// Reads table block `k` as an action log when its header row has action and owner columns.
void read_action_log(extract_context& cx, std::size_t k, log_row_sink& sink);

}  // namespace minutes::parser
