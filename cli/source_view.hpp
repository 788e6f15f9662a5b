// The source text an HTML page shows beside the facts (command line): the lines the
// document's spans number. Text, PDF and Word documents number the lines the pipeline read
// (what `parse --format text` prints); Markdown and HTML documents number the lines of the
// file itself, so their page shows the file's own text, decoded to UTF-8.
#pragma once

#include <string>
#include <variant>

#include "model/document.hpp"
#include "parser/errors.hpp"
#include "parser/limits.hpp"

namespace minutes::cli {

// The numbered source of `doc`, parsed from `bytes` (read from `path`). Reading the lines
// again costs a second ingest of the document; only HTML output asks for it.
std::variant<std::string, parser::parse_failure> numbered_source(
    std::string bytes, const std::string& path, const model::document& doc,
    const parser::parse_limits& limits);

// The HTML audit page of `doc`: its numbered source, read from `bytes`, beside its facts.
std::variant<std::string, parser::parse_failure> html_page(std::string bytes,
                                                           const std::string& path,
                                                           const model::document& doc,
                                                           const parser::parse_limits& limits);

}  // namespace minutes::cli
