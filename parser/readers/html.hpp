// The HTML reader (ingest stage): web pages, HTML fragments and Word-saved HTML, rendered as
// the lines the layout stage reads. See html.cpp.
#pragma once

#include <optional>
#include <string_view>

#include "parser/errors.hpp"
#include "parser/limits.hpp"
#include "parser/readers/modules.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

// True when the bytes are HTML: a doctype or <html> first, or typical tags in the first
// 4 KB; or the path ends in .html, .htm or .xhtml.
bool detect_html(std::string_view bytes, std::string_view path);
// Renders an HTML document. Never fails on odd input.
std::optional<rendered_document> read_html(std::string_view bytes, parse_failure& why,
                                           const parse_limits& limits = {});

// The reader proper, in the module libminutes_markup.so (modules.hpp): read_html loads the module
// and calls it.
std::optional<rendered_document> render_html(std::string_view bytes, parse_failure& why,
                                             const parse_limits& limits);

}  // namespace minutes::parser
