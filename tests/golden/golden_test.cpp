// Golden tests: every document in seeds/ and samples/ is parsed and its JSON, Markdown and
// (for the folder) CSV outputs are compared with the checked-in expected files, and so are
// the HTML audit pages of the seeds. A new case is new files, no code. To regenerate after an
// intended change:
//     MINUTES_UPDATE_GOLDEN=1 ctest -R golden_tests   then review   git diff seeds samples
// Also here: "nothing lost" — every non-blank input line reaches the output.
#include <catch2/catch.hpp>
#include <set>

#include "cli/source_view.hpp"
#include "exporters/exporters.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/layout/layout.hpp"
#include "parser/parse.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace minutes;

namespace {

const char* const golden_dirs[] = {"seeds", "samples"};

model::document parse_file(const fs::path& p) {
  auto result = parser::parse(test::read_file(p), p.generic_string());
  REQUIRE(std::holds_alternative<model::document>(result));
  return std::get<model::document>(std::move(result));
}

void compare_or_update(const fs::path& expected_path, const std::string& actual) {
  if (test::updating()) {
    test::write_file(expected_path, actual);
    return;
  }
  INFO("expected file: " << expected_path.generic_string()
                         << " (regenerate with MINUTES_UPDATE_GOLDEN=1 ctest -R golden_tests)");
  REQUIRE(fs::exists(expected_path));
  std::string expected = test::read_file(expected_path);
  INFO(test::first_difference(expected, actual));
  CHECK(expected == actual);
}

void add_span(std::set<std::size_t>& covered, const model::span& s) {
  for (std::size_t l = s.start_line; l >= 1 && l <= s.end_line; ++l) covered.insert(l);
}

}  // namespace

TEST_CASE("golden JSON and Markdown of every document", "[golden]") {
  for (const char* dir : golden_dirs) {
    for (const auto& input : test::inputs_in(dir)) {
      DYNAMIC_SECTION(input.generic_string()) {
        model::document doc = parse_file(input);
        fs::path expected = fs::path(dir) / "expected" / input.stem();
        compare_or_update(expected.string() + ".json", exporters::to_json(doc));
        compare_or_update(expected.string() + ".md", exporters::to_markdown(doc));
      }
    }
  }
}

TEST_CASE("golden CSV tables of each folder", "[golden][csv]") {
  for (const char* dir : golden_dirs) {
    DYNAMIC_SECTION(dir) {
      std::vector<model::document> docs;
      for (const auto& input : test::inputs_in(dir)) docs.push_back(parse_file(input));
      std::vector<const model::document*> pointers;
      for (const auto& d : docs) pointers.push_back(&d);
      for (const auto& table : exporters::to_csv(pointers))
        compare_or_update(fs::path(dir) / "expected" / "csv" / table.name, table.text);
    }
  }
}

// The pages hold the whole source text and the page's style, so the seeds stand for them all;
// tests/html/check_pages.py checks the links of every page.
TEST_CASE("golden HTML audit pages of the seeds", "[golden][html]") {
  for (const auto& input : test::inputs_in("seeds")) {
    DYNAMIC_SECTION(input.generic_string()) {
      model::document doc = parse_file(input);
      auto page = cli::html_page(test::read_file(input), input.generic_string(), doc, {});
      REQUIRE(std::holds_alternative<std::string>(page));
      fs::path expected = fs::path("seeds") / "expected" / input.stem();
      compare_or_update(expected.string() + ".html", std::get<std::string>(page));
    }
  }
}

TEST_CASE("nothing lost: every non-blank line reaches the output", "[golden][lossless]") {
  for (const char* dir : golden_dirs) {
    for (const auto& input : test::inputs_in(dir)) {
      DYNAMIC_SECTION(input.generic_string()) {
        parser::parse_failure why{parser::failure::unreadable, {}};
        auto src = parser::ingest_text(test::read_file(input), why);
        REQUIRE(src);
        parser::layout lay = parser::lay_out(*src);
        model::document doc = parse_file(input);
        std::set<std::size_t> covered;
        for (const auto& b : doc.preamble) add_span(covered, b.where);
        for (const auto& item : doc.items) add_span(covered, item.where);
        for (std::size_t line : lay.markup_lines) covered.insert(line + 1);
        // A comment of Markdown or HTML ("<!-- Name (@handle) -->") is no text of the minutes.
        bool markup = input.extension() != ".txt";
        bool in_comment = false;
        for (std::size_t i = 0; i < src->lines.size(); ++i) {
          std::string_view line = src->line(i);
          bool comment_line =
              in_comment ||
              (markup && line.find("<!--") != line.npos &&
               line.substr(0, line.find("<!--")).find_first_not_of(" \t") == line.npos);
          if (comment_line) {
            in_comment = line.find("-->") == line.npos;
            continue;
          }
          if (src->blank(i)) continue;
          INFO("line " << i + 1 << ": " << line);
          CHECK(covered.count(i + 1) == 1);
        }
      }
    }
  }
}
