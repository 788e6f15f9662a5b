// The entry point of libminutes_pdf.so (see modules.hpp).
#include <string_view>

#include "parser/readers/modules/entry.hpp"
#include "parser/readers/pdf.hpp"

extern "C" __attribute__((visibility("default"))) minutes::parser::read_function minutes_reader_v1(
    const char* format) {
  return std::string_view(format) == "pdf"
             ? &minutes::parser::read_in_module<minutes::parser::render_pdf>
             : nullptr;
}
