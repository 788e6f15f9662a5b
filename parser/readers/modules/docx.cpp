// The entry point of libminutes_docx.so (see modules.hpp).
#include <string_view>

#include "parser/readers/docx.hpp"
#include "parser/readers/modules/entry.hpp"

extern "C" __attribute__((visibility("default"))) minutes::parser::read_function minutes_reader_v1(
    const char* format) {
  return std::string_view(format) == "docx"
             ? &minutes::parser::read_in_module<minutes::parser::render_docx>
             : nullptr;
}
