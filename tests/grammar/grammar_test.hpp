// Helpers shared by the grammar tests: every grammar is tested on inputs it accepts and
// inputs it rejects.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace minutes::test {
// The three line endings a grammar must treat alike at the end of its input.
inline const char* const line_endings[] = {"\n", "\r\n", "\r"};
}  // namespace minutes::test
