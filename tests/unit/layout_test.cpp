// Unit tests of the layout stage: line shapes, blocks (paragraph joining, bullets and their
// levels, numbered headings, labels, clause labels, markup and page furniture) and the
// division of the blocks into agenda items.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "parser/ingest/ingest.hpp"
#include "parser/layout/layout.hpp"
#include "parser/layout/line_shape.hpp"

using minutes::model::block_kind;
using minutes::parser::layout;
using minutes::parser::source_text;
using minutes::parser::keywords::label_role;

namespace {

const char* const line_endings[] = {"\n", "\r\n", "\r"};

source_text ingest(std::string bytes) {
  minutes::parser::parse_failure why{minutes::parser::failure::unreadable, ""};
  auto src = minutes::parser::ingest_text(std::move(bytes), why);
  INFO("failure: " << why.reason);
  REQUIRE(src);
  return std::move(*src);
}

layout lay_out(const std::string& text) {
  return minutes::parser::lay_out(ingest(text));
}

// The text with every "\n" replaced by `eol`.
std::string with_eol(std::string_view text, std::string_view eol) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += eol;
    else
      out.push_back(c);
  }
  return out;
}

}  // namespace

// ---- Line shapes ----------------------------------------------------------------------------

TEST_CASE("markup lines are lone tags", "[unit][layout]") {
  using minutes::parser::is_markup_line;
  CHECK(is_markup_line("<AI1>"));
  CHECK(is_markup_line("</AI12>"));
  CHECK(is_markup_line("<br>"));
  CHECK_FALSE(is_markup_line("<AI 1>"));
  CHECK_FALSE(is_markup_line("<1AI>"));
  CHECK_FALSE(is_markup_line("<>"));
  CHECK_FALSE(is_markup_line("See <AI1>"));
  CHECK_FALSE(is_markup_line("<AI1> text"));
}

TEST_CASE("page furniture lines", "[unit][layout]") {
  using minutes::parser::is_page_furniture;
  CHECK(is_page_furniture("Page 2 of 5"));
  CHECK(is_page_furniture("PAGE 12 OF 40"));
  CHECK(is_page_furniture("Page 3"));
  CHECK(is_page_furniture("- 3 -"));
  CHECK(is_page_furniture("-12-"));
  CHECK_FALSE(is_page_furniture("Page two of five"));
  CHECK_FALSE(is_page_furniture("Pages 2 of 5"));
  CHECK_FALSE(is_page_furniture("Page 2 of the report"));
  CHECK_FALSE(is_page_furniture("Page 12345"));
  CHECK_FALSE(is_page_furniture("- item -"));
  // A running header or footer that ends in the page number.
  CHECK(is_page_furniture("Planning Committee 12.09.2024 Page 3 of 14"));
  CHECK(is_page_furniture("  Town of Ashby - Minutes\tPage 1 of 3  "));
  CHECK_FALSE(is_page_furniture("Planning Committee 12.09.2024 Page 3 of 14."));
  CHECK_FALSE(is_page_furniture("See page 3 of the report for the figures, page 4"));
}

TEST_CASE("Markdown heading levels", "[unit][layout]") {
  using minutes::parser::markdown_heading_level;
  std::size_t offset = 0;
  CHECK(markdown_heading_level("## Finance", offset) == 2);
  CHECK(offset == 3);
  CHECK(markdown_heading_level("# Minutes", offset) == 1);
  CHECK(offset == 2);
  CHECK(markdown_heading_level("###### Six", offset) == 6);
  CHECK(offset == 7);
  CHECK(markdown_heading_level("####### Seven", offset) == 0);
  CHECK(markdown_heading_level("#Glued", offset) == 0);
  CHECK(markdown_heading_level("#", offset) == 0);
  CHECK(markdown_heading_level("No heading", offset) == 0);
}

TEST_CASE("pipe table rows and rules", "[unit][layout]") {
  using minutes::parser::is_pipe_row;
  using minutes::parser::is_pipe_rule;
  CHECK(is_pipe_row("| Name | Role |"));
  CHECK(is_pipe_row("|a|"));
  CHECK_FALSE(is_pipe_row("|"));
  CHECK_FALSE(is_pipe_row("Name | Role"));
  CHECK(is_pipe_rule("|---|:---:|"));
  CHECK(is_pipe_rule("| --- | --- |"));
  CHECK_FALSE(is_pipe_rule("| Name | Role |"));
}

TEST_CASE("heading-like, title-like and sentence-ending lines", "[unit][layout]") {
  using minutes::parser::ends_sentence;
  using minutes::parser::heading_like;
  using minutes::parser::title_like;
  CHECK(heading_like("Budget Update"));
  CHECK(heading_like("2023 Accounts"));
  CHECK(heading_like("\"Quoted\" Title"));
  CHECK_FALSE(heading_like("The report was noted."));
  CHECK_FALSE(heading_like("Present:"));
  CHECK_FALSE(heading_like("lowercase start"));
  CHECK_FALSE(heading_like(""));
  CHECK_FALSE(
      heading_like("One two three four five six seven eight nine ten eleven twelve "
                   "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"));
  CHECK(
      title_like("One two three four five six seven eight nine ten eleven twelve "
                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"));
  CHECK_FALSE(title_like("A statement that ends."));
  CHECK_FALSE(title_like("lowercase title"));
  CHECK(ends_sentence("noted."));
  CHECK(ends_sentence("noted;"));
  CHECK(ends_sentence("noted,"));
  CHECK(ends_sentence("(noted.)"));
  CHECK(ends_sentence("\"Agreed!\""));
  CHECK_FALSE(ends_sentence("noted"));
  CHECK_FALSE(ends_sentence("Why?"));
  CHECK_FALSE(ends_sentence(""));
}

// ---- Paragraphs -----------------------------------------------------------------------------

TEST_CASE("lines starting with a capital open new paragraphs in unwrapped text", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol("The meeting opened at six.\nThe Chair welcomed everyone.\n", eol));
    REQUIRE(l.blocks.size() == 2);
    CHECK(l.blocks[0].kind == block_kind::paragraph);
    CHECK(l.blocks[0].text == "The meeting opened at six.");
    CHECK(l.blocks[0].first_line == 0);
    CHECK(l.blocks[0].last_line == 0);
    CHECK(l.blocks[1].text == "The Chair welcomed everyone.");
    CHECK(l.blocks[1].first_line == 1);
  }
}

TEST_CASE("a line continuing in lowercase joins the paragraph", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol("The Board noted the report and\nagreed to publish it.\n", eol));
    REQUIRE(l.blocks.size() == 1);
    const auto& b = l.blocks[0];
    CHECK(b.kind == block_kind::paragraph);
    CHECK(b.text == "The Board noted the report and agreed to publish it.");
    CHECK(b.first_line == 0);
    CHECK(b.last_line == 1);
    REQUIRE(b.joined.size() == 1);
    CHECK(b.joined[0].offset == 31);
    CHECK(b.joined[0].line == 1);
    CHECK(b.line_at(0) == 0);
    CHECK(b.line_at(30) == 0);
    CHECK(b.line_at(31) == 1);
    CHECK(b.line_at(45) == 1);
  }
}

TEST_CASE("a blank line ends a paragraph even before lowercase", "[unit][layout]") {
  auto l = lay_out("The Board noted the report and\n\nagreed to publish it.\n");
  REQUIRE(l.blocks.size() == 2);
  CHECK(l.blocks[1].text == "agreed to publish it.");
  CHECK(l.blocks[1].first_line == 2);
}

TEST_CASE("hard-wrapped text joins capitalised lines after long lines", "[unit][layout]") {
  const std::string text =
      "The committee considered the report of the Director of Finance on\n"
      "Council Tax levels for the coming year and the medium term plans\n"
      "and the proposals for savings in the adult social care budgets.\n"
      "\n"
      "Members asked about the timetable for consultation with members of\n"
      "Parish councils and the voluntary sector across the whole county.\n"
      "\n"
      "The report was noted.\n"
      "The Chair thanked the officers for the report and the presentation.\n"
      "\n"
      "Members discussed the consultation at some length and asked that it\n"
      "include the views of young people and of the carers in the county.\n";
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol(text, eol));
    REQUIRE(l.blocks.size() == 5);
    CHECK(l.blocks[0].first_line == 0);
    CHECK(l.blocks[0].last_line == 2);
    CHECK(l.blocks[0].text.rfind("Finance on Council Tax", std::string::npos) != std::string::npos);
    CHECK(l.blocks[1].first_line == 4);
    CHECK(l.blocks[1].last_line == 5);
    CHECK(l.blocks[2].text == "The report was noted.");
    CHECK(l.blocks[3].first_line == 8);
    CHECK(l.blocks[3].last_line == 8);
    CHECK(l.blocks[4].first_line == 10);
    CHECK(l.blocks[4].last_line == 11);
  }
}

TEST_CASE("a hyphen at a line end joins without a space", "[unit][layout]") {
  auto l = lay_out("The long-\nterm plan was noted.\n");
  REQUIRE(l.blocks.size() == 1);
  CHECK(l.blocks[0].text == "The long-term plan was noted.");
}

// ---- Bullets --------------------------------------------------------------------------------

TEST_CASE("each bullet line is its own block", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol("- First point\n- Second point that\n  runs on\n- Third\n", eol));
    REQUIRE(l.blocks.size() == 3);
    for (const auto& b : l.blocks) {
      CHECK(b.kind == block_kind::bullet);
      CHECK(b.level == 0);
    }
    CHECK(l.blocks[0].text == "First point");
    CHECK(l.blocks[1].text == "Second point that runs on");
    CHECK(l.blocks[1].last_line == 2);
    CHECK(l.blocks[2].text == "Third");
  }
}

TEST_CASE("bullet levels follow the glyphs of Word exports", "[unit][layout]") {
  auto l = lay_out(
      "\xC2\xB7 One\n"
      "\xC2\xB7 Two\n"
      "\xC3\x98 Two A\n"
      "\xC3\x98 Two B\n"
      "\xE2\x96\xAA Two B i\n"
      "\xC2\xB7 Three\n");
  REQUIRE(l.blocks.size() == 6);
  const int levels[] = {0, 0, 1, 1, 2, 0};
  for (std::size_t k = 0; k < 6; ++k) {
    INFO("block " << k);
    CHECK(l.blocks[k].kind == block_kind::bullet);
    CHECK(l.blocks[k].level == levels[k]);
  }
  CHECK(l.blocks[2].text == "Two A");
}

TEST_CASE("bullet levels follow indentation", "[unit][layout]") {
  auto l = lay_out("- Top\n    - Nested\n        - Deeper\n    - Nested again\n- Top again\n");
  REQUIRE(l.blocks.size() == 5);
  const int levels[] = {0, 1, 2, 1, 0};
  for (std::size_t k = 0; k < 5; ++k) {
    INFO("block " << k);
    CHECK(l.blocks[k].level == levels[k]);
  }
}

TEST_CASE("a paragraph between lists restarts the levels", "[unit][layout]") {
  auto l = lay_out("\xC2\xB7 One\n\xC3\x98 Sub\nA paragraph.\n\xC3\x98 Arrow first\n");
  REQUIRE(l.blocks.size() == 4);
  CHECK(l.blocks[1].level == 1);
  CHECK(l.blocks[2].kind == block_kind::paragraph);
  CHECK(l.blocks[3].level == 0);
}

// ---- Numbered headings ----------------------------------------------------------------------

TEST_CASE("a number alone on a line is merged with the title below", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol("\t1.\n\tIntroductions\nThe Chair welcomed all.\n", eol));
    REQUIRE(l.blocks.size() >= 2);
    const auto& h = l.blocks[0];
    CHECK(h.kind == block_kind::heading);
    CHECK(h.level == 1);
    CHECK(h.number == "1");
    CHECK(h.text == "Introductions");
    CHECK(h.first_line == 0);
    CHECK(h.last_line == 1);
    CHECK(l.blocks.back().text == "The Chair welcomed all.");
    CHECK(l.blocks.back().first_line == 2);
    REQUIRE(l.items.size() == 1);
    CHECK(*l.items[0].number == "1");
    CHECK(l.items[0].title == "Introductions");
  }
}

TEST_CASE("a number alone with a blank line before its title", "[unit][layout]") {
  auto l = lay_out("2.\n\nMinutes of the last meeting\n");
  REQUIRE_FALSE(l.blocks.empty());
  CHECK(l.blocks[0].kind == block_kind::heading);
  CHECK(l.blocks[0].number == "2");
  CHECK(l.blocks[0].text == "Minutes of the last meeting");
  CHECK(l.blocks[0].first_line == 0);
  CHECK(l.blocks[0].last_line == 2);
}

TEST_CASE("a number alone before a sentence is not a heading", "[unit][layout]") {
  auto l = lay_out("4.\nThe report was noted.\n");
  REQUIRE(l.blocks.size() == 2);
  CHECK(l.blocks[0].kind == block_kind::paragraph);
  CHECK(l.blocks[0].text == "4.");
  CHECK(l.blocks[0].number.empty());
  CHECK(l.blocks[1].text == "The report was noted.");
}

TEST_CASE("a numbered heading on one line", "[unit][layout]") {
  auto l = lay_out("3. Finance Report\nThe report was noted.\n");
  REQUIRE(l.blocks.size() == 2);
  CHECK(l.blocks[0].kind == block_kind::heading);
  CHECK(l.blocks[0].number == "3");
  CHECK(l.blocks[0].text == "Finance Report");
  CHECK(l.blocks[1].kind == block_kind::paragraph);
}

TEST_CASE("a numbered sentence is a clause, not a heading", "[unit][layout]") {
  auto l = lay_out("1. The report was noted.\n");
  REQUIRE(l.blocks.size() == 1);
  CHECK(l.blocks[0].kind == block_kind::paragraph);
  CHECK(l.blocks[0].number.empty());
  CHECK(l.blocks[0].clause == "1");
  CHECK(l.blocks[0].body() == "The report was noted.");
}

TEST_CASE("Markdown and ALL CAPS headings", "[unit][layout]") {
  auto l = lay_out("## Finance\nFINANCE AND AUDIT\nText here.\n");
  REQUIRE(l.blocks.size() == 3);
  CHECK(l.blocks[0].kind == block_kind::heading);
  CHECK(l.blocks[0].level == 2);
  CHECK(l.blocks[0].text == "Finance");
  CHECK(l.blocks[1].kind == block_kind::heading);
  CHECK(l.blocks[1].level == 2);
  CHECK(l.blocks[1].text == "FINANCE AND AUDIT");
}

// ---- Labels and clauses ---------------------------------------------------------------------

TEST_CASE("labels give their block a role and a length", "[unit][layout]") {
  struct label_case {
    std::string_view line;
    label_role role;
    std::size_t length;
    std::string_view body;
  };
  const label_case cases[] = {
      {"Resolved: That the report be noted.", label_role::resolved, 10,
       "That the report be noted."},
      {"RESOLVED \xE2\x80\x93 That the minutes be approved.", label_role::resolved, 13,
       "That the minutes be approved."},
      {"RESOLVED that the minutes be approved.", label_role::resolved, 9,
       "that the minutes be approved."},
      {"Present: Cllr Jane Smith", label_role::present, 9, "Cllr Jane Smith"},
      {"Apologies for absence: Bob Jones", label_role::apologies, 23, "Bob Jones"},
      {"Apologies: Bob Jones", label_role::apologies, 11, "Bob Jones"},
      {"Actions: JS to circulate the report", label_role::actions, 9, "JS to circulate the report"},
  };
  for (const auto& c : cases) {
    INFO("line: " << c.line);
    auto l = lay_out(std::string(c.line) + "\n");
    REQUIRE(l.blocks.size() == 1);
    REQUIRE(l.blocks[0].label);
    CHECK(*l.blocks[0].label == c.role);
    CHECK(l.blocks[0].label_length == c.length);
    CHECK(l.blocks[0].body() == c.body);
    CHECK(l.blocks[0].kind == block_kind::paragraph);
  }
}

TEST_CASE("a label line starts a new block", "[unit][layout]") {
  auto l = lay_out("the report was discussed\nResolved: That it be noted.\n");
  REQUIRE(l.blocks.size() == 2);
  CHECK_FALSE(l.blocks[0].label);
  REQUIRE(l.blocks[1].label);
  CHECK(*l.blocks[1].label == label_role::resolved);
}

TEST_CASE("words that only begin like labels are not labels", "[unit][layout]") {
  auto l = lay_out("Presently the Board met.\n");
  REQUIRE(l.blocks.size() == 1);
  CHECK_FALSE(l.blocks[0].label);
  CHECK(l.blocks[0].body() == "Presently the Board met.");
}

TEST_CASE("clause labels give their block a clause and a length", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l =
        lay_out(with_eol("(i) That the report be noted.\nii) That the plan be agreed.\n"
                         "a) Officers to report back.\n",
                         eol));
    REQUIRE(l.blocks.size() == 3);
    CHECK(l.blocks[0].clause == "i");
    CHECK(l.blocks[0].clause_length == 4);
    CHECK(l.blocks[0].body() == "That the report be noted.");
    CHECK(l.blocks[1].clause == "ii");
    CHECK(l.blocks[1].clause_length == 4);
    CHECK(l.blocks[2].clause == "a");
    CHECK(l.blocks[2].body() == "Officers to report back.");
  }
}

// ---- Markup and furniture -------------------------------------------------------------------

TEST_CASE("ModernGov markers and page furniture are recorded as markup", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol(
        "<AI1>\n1. Apologies\nNone were received.\n</AI1>\nPage 2 of 5\n<AI2>\n2. Minutes\n"
        "Approved.\nPage 3\n</AI2>\n",
        eol));
    REQUIRE(l.markup_lines.size() == 6);
    const std::size_t expected[] = {0, 3, 4, 5, 8, 9};
    for (std::size_t k = 0; k < 6; ++k) CHECK(l.markup_lines[k] == expected[k]);
    REQUIRE(l.blocks.size() == 4);
    CHECK(l.blocks[0].number == "1");
    CHECK(l.blocks[0].first_line == 1);
    CHECK(l.blocks[2].number == "2");
    CHECK(l.blocks[2].first_line == 6);
    REQUIRE(l.items.size() == 2);
  }
}

TEST_CASE("a Markdown table rule is markup and rows form one table", "[unit][layout]") {
  auto l = lay_out("| Name | Role |\n|---|---|\n| Jane Smith | Chair |\n");
  REQUIRE(l.blocks.size() == 1);
  CHECK(l.blocks[0].kind == block_kind::table);
  CHECK(l.blocks[0].text == "Name\tRole\nJane Smith\tChair");
  REQUIRE(l.markup_lines.size() == 1);
  CHECK(l.markup_lines[0] == 1);
}

TEST_CASE("lines with column gaps form a table", "[unit][layout]") {
  auto l = lay_out("Name\tRole\nJane Smith    Chair\n");
  REQUIRE(l.blocks.size() == 1);
  CHECK(l.blocks[0].kind == block_kind::table);
  CHECK(l.blocks[0].text == "Name\tRole\nJane Smith\tChair");
  CHECK(l.blocks[0].last_line == 1);
}

// ---- Items ----------------------------------------------------------------------------------

TEST_CASE("a single agenda-item export is one item with its fields", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol(
        "Agenda item\n\nBudget Monitoring\n\nCllr Jane Smith\n\nTo receive the report on\nthe "
        "budget.\n\nMinutes:\nThe report was received.\n",
        eol));
    REQUIRE(l.items.size() == 1);
    const auto& item = l.items[0];
    CHECK(item.single_export);
    CHECK(item.title == "Budget Monitoring");
    CHECK_FALSE(item.number);
    REQUIRE(item.presenters.size() == 1);
    CHECK(item.presenters[0] == "Cllr Jane Smith");
    REQUIRE(item.purpose);
    CHECK(*item.purpose == "To receive the report on the budget.");
    CHECK(item.begin == 0);
    CHECK(item.heading == 1);
    CHECK(item.end == l.blocks.size());
    CHECK(l.preamble_end == 0);
    CHECK(l.blocks[1].kind == block_kind::heading);
  }
}

TEST_CASE("numbered items in rising order", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(
        with_eol("Board Meeting\n\n1. Apologies\nNone were received.\n\n2. Minutes of the last "
                 "meeting\nApproved.\n\n3. Budget\nThe budget was noted.\n",
                 eol));
    REQUIRE(l.items.size() == 3);
    CHECK(l.preamble_end == 1);
    const std::string_view numbers[] = {"1", "2", "3"};
    const std::string_view titles[] = {"Apologies", "Minutes of the last meeting", "Budget"};
    const std::size_t begins[] = {1, 3, 5};
    for (std::size_t k = 0; k < 3; ++k) {
      INFO("item " << k);
      REQUIRE(l.items[k].number);
      CHECK(*l.items[k].number == numbers[k]);
      CHECK(l.items[k].title == titles[k]);
      CHECK(l.items[k].begin == begins[k]);
      CHECK(l.items[k].heading == begins[k]);
      CHECK(l.items[k].end == (k + 1 < 3 ? begins[k + 1] : l.blocks.size()));
      CHECK_FALSE(l.items[k].single_export);
    }
  }
}

TEST_CASE("an agenda listing is not taken for the items", "[unit][layout]") {
  auto l = lay_out(
      "Agenda\n1. Apologies\n2. Budget\n3. Any Other Business\n\n1. Apologies\nNone.\n\n"
      "2. Budget\nNoted.\n\n3. Any Other Business\nThere was none.\n");
  REQUIRE(l.items.size() == 3);
  CHECK(l.items[0].heading == 4);
  CHECK(l.preamble_end == 4);
  CHECK(*l.items[0].number == "1");
  CHECK(*l.items[1].number == "2");
  CHECK(*l.items[2].number == "3");
  CHECK(l.items[2].title == "Any Other Business");
}

TEST_CASE("compound numbers under their parent are not items", "[unit][layout]") {
  auto l = lay_out(
      "17. Finance\nThe report was noted.\n17.1 Budget\nDetails were given.\n18. Any Other "
      "Business\nNone.\n");
  REQUIRE(l.blocks.size() == 6);
  CHECK(l.blocks[2].number == "17.1");
  REQUIRE(l.items.size() == 2);
  CHECK(*l.items[0].number == "17");
  CHECK(l.items[0].begin == 0);
  CHECK(l.items[0].end == 4);
  CHECK(*l.items[1].number == "18");
}

TEST_CASE("compound numbers without a parent heading are items", "[unit][layout]") {
  auto l = lay_out("17.1 Budget\nDetails were given.\n17.2 Staffing\nTwo posts were filled.\n");
  REQUIRE(l.items.size() == 2);
  CHECK(*l.items[0].number == "17.1");
  CHECK(l.items[0].title == "Budget");
  CHECK(*l.items[1].number == "17.2");
}

TEST_CASE("unnumbered ALL CAPS headings are items after the title", "[unit][layout]") {
  for (auto eol : line_endings) {
    auto l = lay_out(with_eol(
        "MINUTES OF THE BOARD\n\nFINANCE\nThe budget was noted.\n\nSTAFFING\nTwo posts were "
        "filled.\n",
        eol));
    REQUIRE(l.items.size() == 2);
    CHECK(l.preamble_end == 1);
    CHECK_FALSE(l.items[0].number);
    CHECK(l.items[0].title == "FINANCE");
    CHECK(l.items[0].begin == 1);
    CHECK(l.items[0].end == 3);
    CHECK(l.items[1].title == "STAFFING");
  }
}

TEST_CASE("Markdown headings are items and structural titles are not", "[unit][layout]") {
  auto l = lay_out(
      "# Board Minutes\n\n## Present\nJane Smith, Bob Jones\n\n## Agenda\n- Finance\n\n"
      "## Finance\nThe budget was noted.\n\n## Staffing\nTwo posts were filled.\n");
  REQUIRE(l.items.size() == 2);
  CHECK(l.items[0].title == "Finance");
  CHECK(l.items[1].title == "Staffing");
  CHECK(l.preamble_end == 5);
  CHECK(l.items[0].heading == 5);
}

TEST_CASE("a standalone short line inside an item becomes a sub-heading", "[unit][layout]") {
  auto l = lay_out("1. Finance\n\nBudget Update\n\nThe budget was noted.\n");
  REQUIRE(l.blocks.size() == 3);
  CHECK(l.blocks[1].standalone);
  CHECK(l.blocks[1].kind == block_kind::heading);
  CHECK(l.blocks[1].level == 3);
  CHECK(l.blocks[2].kind == block_kind::paragraph);
}
