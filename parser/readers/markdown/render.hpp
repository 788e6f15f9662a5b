// Markdown rendering (ingest stage): md4c's blocks, spans and text walked into rendered
// lines. The Markdown reader (markdown.cpp) settles the encoding and front matter first.
#pragma once

#include <string_view>

#include "parser/readers/markup/line_writer.hpp"
#include "parser/readers/markup/source_lines.hpp"

namespace minutes::parser::markdown {

// Renders `body`, a part of `src.text()`, into `out`. False when md4c gave up (out of
// memory); what was rendered stays.
bool render(const markup::source_lines& src, std::string_view body, markup::line_writer& out);

}  // namespace minutes::parser::markdown
