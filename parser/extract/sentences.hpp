// Sentence splitting (extract stage): the sentences of a block's text, as byte ranges, so a
// rule can work on one sentence and still point at its lines.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace minutes::parser {

struct sentence {
  std::size_t begin;  // offset of the first byte in the block text
  std::size_t end;    // one past the last byte (the full stop included)
};

// Splits `text` into sentences; `out` is cleared first and reused by the caller.
// A full stop ends a sentence unless it closes an abbreviation ("Cllr.", "Mr.", "e.g.")
// or an initial ("O. Williams").
void split_sentences(std::string_view text, std::vector<sentence>& out);

}  // namespace minutes::parser
