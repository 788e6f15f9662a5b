// Limits a user sets on one document (`--max-pages`, `--time-budget`; the size limit is the
// command line's, checked before the bytes are read). A document over a limit is refused
// with a clear reason rather than parsed for ever or in part.
#pragma once

#include <chrono>

namespace minutes::parser {

struct parse_limits {
  using clock = std::chrono::steady_clock;

  int max_pages = 10'000;  // PDF pages
  // When the document's time is up; checked between stages and between PDF pages.
  clock::time_point deadline = clock::time_point::max();

  static parse_limits with_budget(int max_pages, clock::duration budget) {
    parse_limits l;
    l.max_pages = max_pages;
    if (budget.count() > 0) l.deadline = clock::now() + budget;
    return l;
  }
  bool out_of_time() const {
    return deadline != clock::time_point::max() && clock::now() > deadline;
  }
};

}  // namespace minutes::parser
