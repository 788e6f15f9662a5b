// Reader modules (ingest stage). The readers whose libraries are heavy live in shared
// modules loaded with dlopen the first time a file of their format arrives:
//   libminutes_pdf.so     the PDF reader (poppler and its thirty libraries)
//   libminutes_docx.so    the DOCX reader (libzip, which brings OpenSSL's libcrypto; pugixml)
//   libminutes_markup.so  the HTML and Markdown readers (libxml2, md4c)
// Loading every library at start-up cost more than reading a page of minutes: `minutes`
// started in 10 ms with them all linked. Detection and plain text need none of them.
//
// Each module exports one C function, `minutes_reader_v1(format)`, that returns the read
// function for a format it holds (or null). A module is looked for, in order: in the folder
// named by MINUTES_MODULE_DIR; beside the running program; in the folder it was built in;
// on the library search path. The paths are spelt out rather than left to the program's run
// path, which dlopen does not consult when a sanitizer's interceptor is the caller.
#pragma once

#include <optional>
#include <string_view>

#include "parser/errors.hpp"
#include "parser/limits.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

using read_function = std::optional<rendered_document> (*)(std::string_view bytes,
                                                           parse_failure& why,
                                                           const parse_limits& limits);

// Reads `bytes` with the `format` reader of libminutes_<module>.so, loading the module on
// first use (once per process, thread-safe). When it cannot be loaded, nullopt with `why`
// saying which file is missing and where it was looked for.
std::optional<rendered_document> read_with_module(std::string_view module, std::string_view format,
                                                  std::string_view bytes, parse_failure& why,
                                                  const parse_limits& limits);

}  // namespace minutes::parser

// The one symbol each module exports (modules/*.cpp define it).
extern "C" minutes::parser::read_function minutes_reader_v1(const char* format);
