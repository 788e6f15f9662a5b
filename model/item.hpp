// Item: one entry of the meeting's business, with its full text as blocks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/span.hpp"

namespace minutes::model {

enum class block_kind { heading, paragraph, bullet, table, quote };

struct block {
  block_kind kind = block_kind::paragraph;  // what shape the text had
  std::string text;                         // the text, lines of one paragraph joined by spaces
  int level = 0;                            // heading level or bullet nesting depth (0 = top)
  span where;                               // the lines of the block
};

struct item {
  std::string id;                       // "I1", "I2", …
  std::optional<std::string> number;    // as printed: "1", "17.1", "5a"; null when unnumbered
  std::string title;                    // the heading text without the number
  std::vector<std::string> presenters;  // people or teams presenting the item
  std::optional<std::string> purpose;   // "To receive …" statement of a single-item export
  std::vector<block> blocks;            // the item's full text, in order
  span where;                           // from the heading to the last line of the item
};

}  // namespace minutes::model
