// The parser's public entry point: bytes in, one Document out — or the reason the bytes
// are not minutes text at all. Odd input is never a failure: it becomes diagnostics.
#pragma once

#include <string>
#include <variant>

#include "model/document.hpp"
#include "parser/errors.hpp"
#include "parser/limits.hpp"

namespace minutes::parser {

using parse_result = std::variant<model::document, parse_failure>;

// The document's text as the pipeline reads it: one normalised line per line, indented,
// bullets as "- ". What a reader made of a PDF or a Word file, for people to check.
std::variant<std::string, parse_failure> read_text(std::string bytes, const std::string& path,
                                                   const parse_limits& limits = {});

// Parses one document. `path` is recorded in the source facts and not opened.
parse_result parse(std::string bytes, const std::string& path, const parse_limits& limits = {});

}  // namespace minutes::parser
