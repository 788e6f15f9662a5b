// What a module's entry point hands out: its readers, wrapped so that no exception leaves the
// module. The `minutes` program links its own copy of the C++ runtime (statically, to start
// faster: bench/README.md, "Start-up"), while a module uses the shared one that poppler and
// libxml2 need; an exception thrown by one runtime's unwinder must not be caught by the other.
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <string_view>

#include "parser/readers/modules.hpp"

namespace minutes::parser {

template <read_function read>
std::optional<rendered_document> read_in_module(std::string_view bytes, parse_failure& why,
                                                const parse_limits& limits) noexcept {
  try {
    return read(bytes, why, limits);
  } catch (const std::exception& e) {  // out of memory, say: this file fails, not the batch
    why = {failure::unreadable, std::string("the reader failed: ") + e.what()};
  } catch (...) {
    why = {failure::unreadable, "the reader failed"};
  }
  return std::nullopt;
}

}  // namespace minutes::parser
