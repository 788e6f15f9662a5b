// Numbered lists a decision introduces (extract stage): "Moved by Rosenblatt to address cold
// weather conditions as follows:" and then "1. Direct city staff …", "2. …" on lines of their
// own. Each entry is a resolution of its own; details under an entry (bullets) stay with it.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"
#include "parser/extract/context.hpp"

namespace minutes::parser {

struct listed_clause {
  std::string text;   // the entry without its number: "Direct city staff to …"
  model::span where;  // its lines
};

// The entries listed after the block where `where` starts (a text ending with ':') in item
// `item_id`, up to the first line that is not an entry or a detail under one.
std::vector<listed_clause> clauses_after(const extract_context& cx, const model::span& where,
                                         const std::string& item_id);

}  // namespace minutes::parser
