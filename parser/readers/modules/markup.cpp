// The entry point of libminutes_markup.so (see modules.hpp): the HTML reader, and the
// Markdown reader, which renders raw HTML blocks with it.
#include <string_view>

#include "parser/readers/html.hpp"
#include "parser/readers/markdown.hpp"
#include "parser/readers/modules/entry.hpp"

extern "C" __attribute__((visibility("default"))) minutes::parser::read_function minutes_reader_v1(
    const char* format) {
  const std::string_view f(format);
  if (f == "html") return &minutes::parser::read_in_module<minutes::parser::render_html>;
  if (f == "markdown") return &minutes::parser::read_in_module<minutes::parser::render_markdown>;
  return nullptr;
}
