// Line normalisation (ingest stage): one decoded UTF-8 line in, its canonical content out —
// leading indentation measured, a bullet glyph recognised and removed, every kind of space
// made one ASCII space (a tab or wide gap inside a line becomes one tab: a column gap), smart
// quotes made ASCII, invisible characters dropped, NFC applied.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "parser/ingest/source_text.hpp"

namespace minutes::parser {

struct normalise_stats {
  std::size_t nuls = 0;      // NUL characters removed
  std::size_t controls = 0;  // other control characters turned into spaces
};

// Appends the normalised content of `line` (valid UTF-8, no terminator) to `out` and fills
// `info.indent`, `info.bullet`, `info.text_begin` and `info.text_end`.
void normalise_line(std::string_view line, std::string& out, line_info& info,
                    normalise_stats& stats);

}  // namespace minutes::parser
