// Spec tests: each file tests/spec/<family>.md holds examples in the style of the CommonMark
// spec — input lines, a line with a single ".", then the expected JSON fragment — between
// fences of 32 backticks with the word "example" (and an extension, "example md", when the
// input is read as a file of that kind). The fragment lists only the fields that
// matter: every key it has must match the output; arrays must have the same length.
// The files double as the documentation of each rule family.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "exporters/exporters.hpp"
#include "parser/parse.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct example {
  std::string title;
  int line = 0;
  std::string input;
  std::string expected;
  std::string path = "spec";  // "example md" after the fence: the input is a Markdown file
};

std::vector<example> examples_in(const fs::path& file) {
  const std::string fence(32, '`');
  std::vector<example> out;
  std::istringstream in(minutes::test::read_file(file));
  std::string line, title;
  int number = 0;
  enum { outside, input, expected } state = outside;
  example current;
  while (std::getline(in, line)) {
    ++number;
    if (state == outside) {
      if (line.rfind("#", 0) == 0) title = line.substr(line.find_first_not_of("# "));
      if (line.rfind(fence + " example", 0) == 0) {
        current = example{title, number, {}, {}};
        std::string kind = line.substr(fence.size() + 8);
        if (!kind.empty()) current.path = "spec." + kind.substr(kind.find_first_not_of(' '));
        state = input;
      }
    } else if (state == input) {
      if (line == ".") {
        state = expected;
      } else {
        current.input += line + "\n";
      }
    } else if (line.rfind(fence, 0) == 0) {
      out.push_back(current);
      state = outside;
    } else {
      current.expected += line + "\n";
    }
  }
  return out;
}

// Every key of `want` matches `got`; arrays match element by element.
bool matches(const json& want, const json& got, std::string& where) {
  if (want.is_object()) {
    if (!got.is_object()) return false;
    for (auto it = want.begin(); it != want.end(); ++it) {
      if (!got.contains(it.key())) {
        where = "missing key " + it.key();
        return false;
      }
      if (!matches(it.value(), got.at(it.key()), where)) {
        where = it.key() + (where.empty() ? "" : "." + where);
        return false;
      }
    }
    return true;
  }
  if (want.is_array()) {
    if (!got.is_array() || got.size() != want.size()) {
      where = "array of " + std::to_string(want.size()) + " expected, got " +
              (got.is_array() ? std::to_string(got.size()) : "no array");
      return false;
    }
    for (std::size_t i = 0; i < want.size(); ++i) {
      if (!matches(want[i], got[i], where)) {
        where = "[" + std::to_string(i) + "]" + (where.empty() ? "" : "." + where);
        return false;
      }
    }
    return true;
  }
  return want == got;
}

}  // namespace

TEST_CASE("rule family specs", "[spec]") {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator("tests/spec"))
    if (e.path().extension() == ".md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    for (const auto& ex : examples_in(file)) {
      DYNAMIC_SECTION(file.filename().string() << ":" << ex.line << " " << ex.title) {
        auto result = minutes::parser::parse(ex.input, ex.path);
        REQUIRE(std::holds_alternative<minutes::model::document>(result));
        json got =
            json::parse(minutes::exporters::to_json(std::get<minutes::model::document>(result)));
        json want = json::parse(ex.expected);
        std::string where;
        bool ok = matches(want, got, where);
        std::string shown;
        for (auto it = want.begin(); it != want.end(); ++it)
          shown += it.key() + ": " + (got.contains(it.key()) ? got[it.key()].dump() : "-") + "\n";
        INFO("input:\n"
             << ex.input << "expected: " << want.dump() << "\nmismatch at " << where << "\ngot:\n"
             << shown);
        CHECK(ok);
      }
    }
  }
}
