// Regression tests: one TEST_CASE per bug found, titled with what went wrong. Each input is
// the smallest that showed the bug.
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

#include "exporters/exporters.hpp"
#include "parser/extract/commitments.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/layout/layout.hpp"
#include "parser/parse.hpp"

using namespace minutes;

namespace {

parser::layout lay_out(std::string text) {
  parser::parse_failure why{parser::failure::unreadable, ""};
  auto src = parser::ingest_text(std::move(text), why);
  REQUIRE(src);
  static std::vector<parser::source_text> keep;  // blocks refer to nothing in src, but be safe
  keep.push_back(std::move(*src));
  return parser::lay_out(keep.back());
}

model::document parse(std::string text) {
  auto r = parser::parse(std::move(text), "test");
  REQUIRE(std::holds_alternative<model::document>(r));
  return std::get<model::document>(std::move(r));
}

}  // namespace

TEST_CASE("a number alone on its line does not repeat its title as a paragraph",
          "[regression][layout]") {
  auto lay = lay_out("\t1.\n\tIntroductions\nText.\n");
  REQUIRE(lay.blocks.size() == 2);
  CHECK(lay.blocks[0].kind == model::block_kind::heading);
  CHECK(lay.blocks[0].number == "1");
  CHECK(lay.blocks[0].text == "Introductions");
  CHECK(lay.blocks[1].text == "Text.");
}

TEST_CASE("a page number between dashes is page furniture", "[regression][layout]") {
  auto lay = lay_out("Text\n- 3 -\n");
  REQUIRE(lay.blocks.size() == 1);
  CHECK(lay.markup_lines == std::vector<std::size_t>{1});
}

TEST_CASE("a page header inside a wrapped paragraph does not split it", "[regression][layout]") {
  auto lay = lay_out("The Board discussed the budget for\nPage 2 of 5\nnext year.\n");
  REQUIRE(lay.blocks.size() == 1);
  CHECK(lay.blocks[0].text == "The Board discussed the budget for next year.");
}

TEST_CASE("legacy Word and RTF files are unsupported formats, not binary noise",
          "[regression][ingest]") {
  for (std::string bytes : {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12),
                            std::string("{\\rtf1\\ansi text}")}) {
    parser::parse_failure why{parser::failure::unreadable, ""};
    CHECK_FALSE(parser::ingest_text(bytes, why));
    CHECK(why.kind == parser::failure::unsupported_format);
  }
}

TEST_CASE("an action in the same paragraph as a noted report is kept", "[regression][actions]") {
  auto doc = parse(
      "1. Finance\n\nThe budget was noted. Bob Jones will write to the school.\n\n"
      "2. AOB\n\nNone.\n");
  REQUIRE(doc.actions.size() == 1);
  CHECK(doc.actions[0].owners[0].name == "Bob Jones");
}

TEST_CASE("'She undertook to' after a sentence opened by 'CC Kay' is Kay's action",
          "[regression][actions]") {
  auto doc = parse(
      "Present: Cllr Gareth Tarrant, County Cllr Andrea Kay\n\n"
      "1. County report\n\nCC Kay reported on the contract. She undertook to circulate the "
      "schedule.\n");
  REQUIRE(doc.actions.size() == 1);
  CHECK(doc.actions[0].owners[0].name == "Andrea Kay");
  CHECK(doc.actions[0].text == "circulate the schedule");
}

TEST_CASE("apologies 'from A and from B', and a member 'not present' with no apology",
          "[regression][attendance]") {
  auto doc = parse(
      "Present: Cllr Peter Holt (Chair), Cllr Andrea Kay\n\n1. Apologies\n\n"
      "Apologies were received from Cllr P Holt and from Mrs Janet Penrose\n(co-opted member). "
      "Cllr Fairweather was not present and no apology had been received.\n");
  auto status_of = [&](const std::string& name) -> std::optional<model::attendance_status> {
    for (const auto& a : doc.attendance)
      if (a.name == name) return a.status;
    return std::nullopt;
  };
  CHECK(status_of("P Holt") == model::attendance_status::apologies);
  CHECK(status_of("Janet Penrose") == model::attendance_status::apologies);
  CHECK(status_of("Fairweather") == model::attendance_status::absent);
  // The names of the clause the phrase stands in, not of the sentence's first clause.
  auto later = parse(
      "Present: Cllr Peter Holt (Chair), Cllr Andrea Kay\n\n1. Apologies\n\n"
      "Joy Carter had sent her apologies; Oskar Brandt did not attend.\n");
  bool joy_absent = false, oskar_absent = false;
  for (const auto& a : later.attendance) {
    joy_absent =
        joy_absent || (a.name == "Joy Carter" && a.status == model::attendance_status::absent);
    oskar_absent =
        oskar_absent || (a.name == "Oskar Brandt" && a.status == model::attendance_status::absent);
  }
  CHECK_FALSE(joy_absent);
  CHECK(oskar_absent);
}

TEST_CASE("plural group words are not people", "[regression][actions]") {
  auto doc = parse("1. Roads\n\nOfficers will report back.\n");
  for (const auto& p : doc.people) CHECK(p.name != "Officers");
}

TEST_CASE("commitment phrases: 'agreed to be responsible', 'kindly offered', 'would like'",
          "[regression][commitments]") {
  std::vector<parser::commitment> out;
  parser::find_commitments("Jane Smith agreed to be responsible for the rota.",
                           parser::commitment_mode::narrative, out);
  CHECK(out.size() == 1);
  parser::find_commitments("Jane Smith kindly offered to arrange a visit.",
                           parser::commitment_mode::narrative, out);
  CHECK(out.size() == 1);
  parser::find_commitments("That Jane Smith would like to attend.", parser::commitment_mode::clause,
                           out);
  CHECK(out.empty());
}

TEST_CASE("a numbered paragraph stays a paragraph in Markdown", "[regression][markdown]") {
  auto doc = parse("Notes\n\n1. Not a list but a sentence that runs on and on and on and on.\n");
  std::string md = exporters::to_markdown(doc);
  CHECK(md.find("1\\. Not a list") != std::string::npos);
}
