// Unit tests of the PDF reader's lines (parser/readers/pdf/lines.cpp and its measures):
// indentation from the text margin, blank lines from the line spacing in use, headings,
// list labels, wrapped text in cells and past wide spaces, checkboxes, outsize glyphs,
// footers by height and page breaks — each with the case it must leave alone; then a
// LibreOffice print of invented minutes (tests/fixtures/pdf-layout).
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parser/readers/pdf/pages.hpp"
#include "readers_pdf_writer.hpp"
#include "test_support.hpp"

using namespace minutes::test::pdf;

TEST_CASE("PDF indentation counts from the text margin, on every page", "[unit][pdf][layout]") {
  // Minute numbers stand in the margin at x 36; the text margin is where the paragraphs
  // start (x 100), so paragraphs have no indentation and bullets keep their levels on a
  // page without margin numbers too. A centred title standing apart has none either.
  const std::string para = "The members received the report and asked for the figures by May.";
  page one{{224, 740, "Minutes of the Board"},
           {36, 700, "24-101"},
           {100, 700, "4."},
           {122, 700, "PLANNING: The shed application was considered."},
           {100, 670, para},
           {100, 656, para},
           {100, 642, para},
           {130, 620, "- first level"},
           {160, 606, "- second level"},
           {160, 580, "A quoted line set in."}};
  page two{{100, 700, para}, {130, 686, "- first level"}, {160, 672, "- second level"}};
  auto l = lines(read({one, two}));
  const std::string first = "     - first level", second = "          - second level";
  CHECK(l == strings{"Minutes of the Board", "",
                     "24-101\t4. PLANNING: The shed application was considered.", "",
                     para + " " + para + " " + para,  // lines wrapped at the margin
                     "", first, second, "", "          A quoted line set in.",
                     // page 2: the same margin, though nothing stands left of it
                     "", para, first, second});
}

TEST_CASE("PDF blank lines follow the line spacing in use", "[unit][pdf][layout]") {
  // One and a half line spacing (18 points for 12-point type): no blank line between the
  // lines of a paragraph; the paragraph's space (36 points) still gives one.
  auto wide = lines(read({{{72, 720, "Present: Cllr Kay"},
                           {72, 702, "Cllr Smith"},
                           {72, 684, "Cllr Jones"},
                           {72, 648, "Apologies: Cllr Brown"},
                           {72, 630, "Cllr Green"}}}));
  CHECK(wide == strings{"Present: Cllr Kay", "Cllr Smith", "Cllr Jones", "",
                        "Apologies: Cllr Brown", "Cllr Green"});
  // Most paragraphs one line with 7 points after each (a word processor's normal style):
  // the most common distance is the paragraph's, the lines inside one show the spacing.
  auto normal = lines(read({{{72, 720, "Present: Cllr Kay"},
                             {72, 699, "Apologies: Cllr Brown"},
                             {72, 685, "Cllr Green"},
                             {72, 664, "Minutes: agreed."},
                             {72, 643, "Accounts: noted,"},
                             {72, 629, "with thanks."},
                             {72, 608, "Planning: none."},
                             {72, 587, "Grants: two"},
                             {72, 573, "were made."}}}));
  CHECK(normal == strings{"Present: Cllr Kay", "", "Apologies: Cllr Brown", "Cllr Green", "",
                          "Minutes: agreed.", "", "Accounts: noted,", "with thanks.", "",
                          "Planning: none.", "", "Grants: two", "were made."});
  // A taller glyph (16-point type) in a 12-point line raises the line's top, not its
  // baseline: no blank line after it.
  auto tall = lines(read({{{72, 720, "- the hall roof is to be repaired"},
                           {72, 706, "- the quote was"},
                           {160, 706, "\xA3", 16},
                           {172, 706, "900 for the work"},
                           {72, 692, "- the work starts in June"},
                           {72, 660, "Next meeting: 3 July."}}}));
  CHECK(tall == strings{"- the hall roof is to be repaired",
                        "- the quote was \xC2\xA3 900 for the work", "- the work starts in June",
                        "", "Next meeting: 3 July."});
}

TEST_CASE("PDF headings need larger type, a short line and no sentence through them",
          "[unit][pdf][layout]") {
  auto d = lines(read({{{72, 720, "Finance", 14},
                        {72, 700, "The treasurer said the accounts for the year were with the"},
                        {72, 686, "emergency planning officers", 14},
                        {72, 672, "and would be signed in May."},
                        {72, 640, "Slightly larger type", 13},
                        {72, 612, "The precept was agreed."}}}));
  CHECK(d == strings{"# Finance", "", "The treasurer said the accounts for the year were with the",
                     "emergency planning officers", "and would be signed in May.", "",
                     "Slightly larger type", "", "The precept was agreed."});
}

TEST_CASE("PDF list labels stay with their text; a far cell does not", "[unit][pdf][layout]") {
  auto d = lines(read({{{72, 720, "a)"},
                        {92, 720, "the budget is agreed;"},
                        {72, 706, "b)"},
                        {92, 706, "the precept is set."},
                        {72, 680, "1."},
                        {300, 680, "Apologies"}}}));
  CHECK(d == strings{"a) the budget is agreed;", "b) the precept is set.", "", "1.\tApologies"});
}

TEST_CASE("PDF wrapped text goes on in the last cell of a row and past wide spaces",
          "[unit][pdf][layout]") {
  // Helvetica 12: the first line ends at 574, two points short of the right margin (the
  // mirror of the left one).
  auto row = lines(
      read({{{36, 720, "24-207"},
             {150, 720, "2."},
             {175, 720, "ROLL CALL: Present: Members Alder, Birch, Cedar and Dogwood. Absent:"},
             {175, 706, "Elm. Fir arrived at 7:40 p.m."}}}));
  CHECK(row == strings{"24-207\t2. ROLL CALL: Present: Members Alder, Birch, Cedar and Dogwood. "
                       "Absent: Elm. Fir arrived at 7:40 p.m."});
  // A justified line with a wide space mid-sentence goes on the paragraph; initials set off
  // at the right of a short line stay a cell.
  auto text =
      lines(read({{{170, 720, "The clerk will ask the county highways engineers to inspect the"},
                   {170, 706, "verge by the school before the month."},
                   {384, 706, "The chair thanked the"},
                   {170, 692, "members for their work this year."},
                   {170, 666, "Notices are to go on the village noticeboards by April."},
                   {475, 666, "GF"}}}));
  CHECK(text ==
        strings{"The clerk will ask the county highways engineers to inspect the verge by the "
                "school before the month. The chair thanked the members for their work "
                "this year.",
                "", "Notices are to go on the village noticeboards by April.\tGF"});
}

TEST_CASE("PDF ballot boxes opening an item are checkboxes", "[unit][pdf][layout]") {
  using minutes::parser::pdf::write_checkbox;
  auto written = [](std::string s) {
    write_checkbox(s);
    return s;
  };
  CHECK(written("\xE2\x98\x90 Ruth \xE2\x80\x94 chase the council") ==
        "[ ] Ruth \xE2\x80\x94 chase the council");
  CHECK(written("\xE2\x80\xA2 \xE2\x98\x92 fix the tap") == "\xE2\x80\xA2 [x] fix the tap");
  CHECK(written("- \xE2\x98\x91 done") == "- [x] done");
  // Elsewhere in a line a ballot box is text.
  CHECK(written("Tick \xE2\x98\x90 when done") == "Tick \xE2\x98\x90 when done");
}

TEST_CASE("PDF outsize glyphs stay on the line they stand beside", "[unit][pdf][layout]") {
  // A 30-point glyph covers three 12-point lines; it joins the middle one and does not
  // merge the three into one row.
  auto d = lines(read({{{72, 720, "- Quiz night"},
                        {72, 706, "- Pub social"},
                        {142, 700, "@", 30},
                        {72, 692, "- Film club"}}}));
  CHECK(d == strings{"- Quiz night", "- Pub social @", "- Film club"});
}

TEST_CASE("PDF footers repeat at one height; the same words elsewhere are minutes",
          "[unit][pdf][layout]") {
  const strings items{"The budget was discussed.", "Grants were considered.", "Signs were agreed."};
  std::vector<page> pages;
  for (int n = 1; n <= 3; ++n)
    pages.push_back({{72, 700, items[static_cast<std::size_t>(n - 1)]},
                     {72, 300 + 40.0 * n, "Motion carried 5-0."},
                     {72, 62, "Board of Trustees minutes"},
                     {72, 50, "12 May 2024"},
                     {72, 38, "Page " + std::to_string(n) + " of 3"}});
  auto l = lines(read(pages));
  CHECK(l == strings{items[0], "", "Motion carried 5-0.", "", items[1], "", "Motion carried 5-0.",
                     "", items[2], "", "Motion carried 5-0."});
}

TEST_CASE("PDF a new page starts a block unless the sentence runs on", "[unit][pdf][layout]") {
  auto d = lines(read({{{72, 700, "The clerk will write to the highways team about the"}},
                       {{72, 700, "drainage on Mill Lane."}},
                       {{72, 700, "Any other business: none. Present at the close:"}},
                       {{72, 700, "Cllr Ash, Cllr Beech"}}}));
  CHECK(d == strings{"The clerk will write to the highways team about the",
                     "drainage on Mill Lane.", "",
                     "Any other business: none. Present at the close:", "Cllr Ash, Cllr Beech"});
}

TEST_CASE("PDF layout fixture: invented minutes printed by LibreOffice", "[unit][pdf][layout]") {
  // tests/fixtures/make-pdf-layout-fixtures.sh: Markdown → pandoc → DOCX → LibreOffice → PDF.
  parse_failure why{failure::unreadable, ""};
  auto d =
      read_pdf(minutes::test::read_file("tests/fixtures/pdf-layout/allotment-committee.pdf"), why);
  REQUIRE(d);
  const strings l = lines(*d);
  auto has = [&](const std::string& s) { return std::find(l.begin(), l.end(), s) != l.end(); };
  auto at = [&](const std::string& prefix) {
    auto it = std::find_if(l.begin(), l.end(), [&](const std::string& s) {
      return s.find(prefix) != std::string::npos;
    });
    REQUIRE(it != l.end());
    return static_cast<std::size_t>(it - l.begin());
  };
  // Headings: the title wrapped over two lines is one; body lines with symbols are none.
  CHECK(l.front() == "# Riverside Allotment Association \xE2\x80\x93 committee meeting");
  CHECK(has("## Water supply"));
  // The table: header cells apart, item text wrapped inside its cell joined to its row.
  CHECK(has("Min.\tItem"));
  CHECK(
      has("25/14\t1. APOLOGIES: Apologies were received from Fay Grant and from Gus Hale, who "
          "is away until the end of the month."));
  // The paragraph with arrows from another font is one line, no blank line inside.
  std::size_t meter = at("the new meter");
  CHECK(l[meter].ends_with("whether the summer charge needed to rise."));
  CHECK(l[meter - 1].empty());
  // Three levels of bullets, each further in; a wrapped item is one line.
  std::size_t taps = at("Taps"), plot = at("plot 12"), dev = at("Dev offered");
  auto indent = [&](std::size_t i) { return l[i].find_first_not_of(' '); };
  CHECK(indent(taps) == 0);
  CHECK(indent(plot) > indent(taps));
  CHECK(indent(dev) > indent(plot));
  CHECK(l[plot].ends_with("turned back on for the season."));
  // Checkboxes, and the decision after them a paragraph of its own.
  CHECK(l[at("Cara \xE2\x80\x94")].find("[ ] Cara") != std::string::npos);
  CHECK(l[at("Ben \xE2\x80\x94 pay")].find("[x] Ben") != std::string::npos);
  std::size_t resolved = at("Resolved:");
  CHECK(l[resolved] ==
        "Resolved: that the water charge for 2025 stays at \xC2\xA3"
        "15 a plot.");
  CHECK(l[resolved - 1].empty());
}
