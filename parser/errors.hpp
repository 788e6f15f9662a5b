// The closed set of reasons a document cannot be parsed at all. Anything else is odd input,
// which the parser survives and reports as diagnostics. The CLI maps these to exit codes.
#pragma once

#include <string>

namespace minutes::parser {

enum class failure {
  unreadable,          // the file could not be opened or read
  not_a_file,          // a directory or other non-regular file
  empty,               // no bytes, or nothing but whitespace
  binary,              // bytes that are not text in any encoding
  unsupported_format,  // a known format this build cannot read (e.g. legacy .doc)
  too_large,           // over the size limit or the page limit
  out_of_time,         // over the time budget
};

struct parse_failure {
  failure kind;
  std::string reason;  // human words, without the file name (the caller prefixes it)
};

}  // namespace minutes::parser
