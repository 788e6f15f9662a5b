// json_writer must print what nlohmann::json::dump(2, ' ', false, replace) prints for the
// same tree (the golden files were made that way): strings with every kind of escape and
// damaged UTF-8, empty and nested objects and arrays, numbers, booleans and null.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "exporters/json/json_writer.hpp"

using minutes::exporters::json_writer;
using ordered_json = nlohmann::ordered_json;

namespace {

std::string nlohmann_dump(const ordered_json& j) {
  return j.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

std::string written_string(const std::string& s) {
  std::string out;
  json_writer(out).string(s);
  return out;
}

}  // namespace

TEST_CASE("json_writer escapes strings as nlohmann's dump does", "[exporters][json]") {
  static constexpr char with_nul[] = "nul \0 and \x01 \x1f \x7f";
  std::vector<std::string> strings = {
      "",
      "plain",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      std::string(with_nul, sizeof with_nul - 1),
      "Ra\xC3\xBAl \xE2\x80\x93 \xF0\x9F\x98\x80",  // é, en dash, an emoji
      "bad \xC3 lead",                              // truncated sequence
      "lone \x80 continuation",
      "overlong \xC0\xAF and \xE0\x80\xAF",
      "surrogate \xED\xA0\x80",
      "past U+10FFFF \xF4\x90\x80\x80",
      "ends in \xE2\x80",
      // Long texts, read eight bytes at a time: escapes at every offset of a chunk, UTF-8
      // across chunk edges.
      "The Clerk \xE2\x80\x93 agreed.\nLine two has a \"quote\" and a tab\there, then ends.",
      "0123456\n89abcde\\ghijklm\x01opqrstu\"wxyz\xC3\xA9\xE2\x80\x94 and more plain text after",
      std::string(37, 'x') + "\n" + std::string(13, 'y') + "\r",
  };
  for (const auto& s : strings) {
    INFO(s);
    CHECK(written_string(s) == nlohmann_dump(ordered_json(s)));
  }
}

namespace {

// Writes the tree of the layout test, pretty or compact.
std::string written_tree(bool compact) {
  std::string out;
  json_writer w(out, compact);
  w.begin_object();
  w.field("empty_object", nullptr);
  w.key("object");
  w.begin_object();
  w.end_object();
  w.field("array", std::vector<int>{});
  w.field("numbers", std::vector<long>{0, -3, 1234567890123});
  w.field("flag", true);
  w.field("off", false);
  w.field("names", std::vector<std::string>{"a", "b"});
  w.key("nested");
  w.begin_array();
  w.begin_object();
  w.field("x", 1);
  w.end_object();
  w.begin_array();
  w.end_array();
  w.end_array();
  w.end_object();
  return out;
}

}  // namespace

TEST_CASE("json_writer lays out objects and arrays as nlohmann's dump does", "[exporters][json]") {
  ordered_json j = {{"empty_object", nullptr},
                    {"object", ordered_json::object()},
                    {"array", ordered_json::array()},
                    {"numbers", {0, -3, 1234567890123}},
                    {"flag", true},
                    {"off", false},
                    {"names", {"a", "b"}},
                    {"nested", {{{"x", 1}}, ordered_json::array()}}};
  CHECK(written_tree(false) == nlohmann_dump(j));
  // Compact (JSON Lines for `minutes map`): dump(-1), one line.
  CHECK(written_tree(true) == j.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

TEST_CASE("json_writer indents as nlohmann's dump does at any depth", "[exporters][json]") {
  // Indents up to 32 spaces are copied whole; deeper ones are written byte by byte.
  for (int depth = 1; depth <= 24; ++depth) {
    ordered_json expected = {{"leaf", depth}};
    std::string out;
    json_writer w(out);
    for (int level = 0; level < depth; ++level) {
      w.begin_object();
      w.key("level");
    }
    w.begin_object();
    w.field("leaf", static_cast<long long>(depth));
    w.end_object();
    for (int level = 0; level < depth; ++level) {
      expected = ordered_json{{"level", expected}};
      w.end_object();
    }
    INFO("depth " << depth);
    CHECK(out == nlohmann_dump(expected));
  }
}
