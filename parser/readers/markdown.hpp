// The Markdown reader (ingest stage): CommonMark with GitHub tables and task lists, and YAML
// or TOML front matter, rendered as the lines the layout stage reads. See markdown.cpp.
#pragma once

#include <optional>
#include <string_view>

#include "parser/errors.hpp"
#include "parser/limits.hpp"
#include "parser/readers/modules.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

// True for files named *.md, *.markdown, *.mdown or *.mkd that are not HTML pages.
bool detect_markdown(std::string_view bytes, std::string_view path);
// Renders a Markdown document. Never fails on odd input.
std::optional<rendered_document> read_markdown(std::string_view bytes, parse_failure& why,
                                               const parse_limits& limits = {});

// The reader proper, in the module libminutes_markup.so (modules.hpp): read_markdown loads the
// module and calls it.
std::optional<rendered_document> render_markdown(std::string_view bytes, parse_failure& why,
                                                 const parse_limits& limits);

}  // namespace minutes::parser
