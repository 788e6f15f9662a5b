// Ingest stage entry point: bytes in, SourceText out — encoding detected and decoded, lines
// split on LF, CRLF or CR, each line normalised, its original byte range recorded.
#pragma once

#include <optional>
#include <string>

#include "parser/errors.hpp"
#include "parser/ingest/source_text.hpp"

namespace minutes::parser {

// Builds the SourceText of `bytes`; nullopt with `why` filled when the bytes are not text.
std::optional<source_text> ingest_text(std::string bytes, parse_failure& why);

// Lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace minutes::parser
