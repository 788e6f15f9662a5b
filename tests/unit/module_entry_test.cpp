// Unit tests of the reader modules' entry wrapper: whatever a reader throws stays inside the
// module and comes out as a failure naming the cause; what a reader returns passes unchanged.
#include <catch2/catch.hpp>
#include <new>
#include <stdexcept>

#include "parser/readers/modules/entry.hpp"

using minutes::parser::failure;
using minutes::parser::parse_failure;
using minutes::parser::parse_limits;
using minutes::parser::read_in_module;
using minutes::parser::rendered_document;

namespace {

std::optional<rendered_document> renders_bytes(std::string_view bytes, parse_failure&,
                                               const parse_limits&) {
  rendered_document d;
  d.lines.push_back({std::string(bytes), 0, bytes.size()});
  return d;
}

std::optional<rendered_document> refuses(std::string_view, parse_failure& why,
                                         const parse_limits&) {
  why = {failure::binary, "not a document"};
  return std::nullopt;
}

std::optional<rendered_document> runs_out_of_memory(std::string_view, parse_failure&,
                                                    const parse_limits&) {
  throw std::bad_alloc();
}

std::optional<rendered_document> throws_a_number(std::string_view, parse_failure&,
                                                 const parse_limits&) {
  throw 42;
}

}  // namespace

TEST_CASE("module entry: a reader's result and its own failures pass unchanged") {
  parse_failure why{failure::empty, ""};
  auto read = read_in_module<renders_bytes>("Minutes of the meeting", why, parse_limits{});
  REQUIRE(read);
  REQUIRE(read->lines.size() == 1);
  CHECK(read->lines[0].text == "Minutes of the meeting");
  CHECK_FALSE(read_in_module<refuses>("x", why, parse_limits{}));
  CHECK(why.kind == failure::binary);
  CHECK(why.reason == "not a document");
}

TEST_CASE("module entry: an exception becomes a failure of this file, never escapes") {
  parse_failure why{failure::empty, ""};
  CHECK_FALSE(read_in_module<runs_out_of_memory>("x", why, parse_limits{}));
  CHECK(why.kind == failure::unreadable);
  CHECK(why.reason == "the reader failed: std::bad_alloc");
  why = {failure::empty, ""};
  CHECK_FALSE(read_in_module<throws_a_number>("x", why, parse_limits{}));
  CHECK(why.kind == failure::unreadable);
  CHECK(why.reason == "the reader failed");
}
