// Unit tests of the PDF reader: small PDFs written here (Helvetica, text placed by
// coordinates) for reading order, paragraphs, table gaps, columns, running headers and
// footers and page numbers; then the encrypted, truncated and damaged files, a 5,000-page
// document in bounded time, and a PDF of minutes through the whole parser.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <variant>
#include <vector>

#include "parser/parse.hpp"
#include "parser/readers/pdf.hpp"
#include "parser/readers/pdf/pages.hpp"
#include "test_support.hpp"

using minutes::parser::failure;
using minutes::parser::parse_failure;
using minutes::parser::read_pdf;
using minutes::parser::rendered_document;

namespace {

// Text at a place on a page: x and y in points from the bottom left, as PDF counts.
struct text_at {
  double x, y;
  std::string text;
  double size = 12;
};
using page = std::vector<text_at>;

// A PDF of `pages` (US Letter, Helvetica), with a correct cross-reference table.
std::string make_pdf(const std::vector<page>& pages) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(out.size());
    out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  const std::size_t n = pages.size();
  object("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (std::size_t i = 0; i < n; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < n; ++i) {
    std::string content;
    for (const auto& t : pages[i]) {
      std::string escaped;
      for (char c : t.text) {
        if (c == '(' || c == ')' || c == '\\') escaped.push_back('\\');
        escaped.push_back(c);
      }
      content += "BT /F1 " + std::to_string(t.size) + " Tf " + std::to_string(t.x) + " " +
                 std::to_string(t.y) + " Td (" + escaped + ") Tj ET\n";
    }
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 "
        "0 R >> >> /Contents " +
        std::to_string(5 + 2 * i) + " 0 R >>");
    object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
           "endstream");
  }
  std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t o : offsets) {
    std::string number = std::to_string(o);
    out += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

rendered_document read(const std::vector<page>& pages) {
  parse_failure why{failure::unreadable, ""};
  auto doc = read_pdf(make_pdf(pages), why);
  INFO(why.reason);
  REQUIRE(doc);
  return std::move(*doc);
}

std::vector<std::string> lines(const rendered_document& d) {
  std::vector<std::string> out;
  for (const auto& l : d.lines) out.push_back(l.text);
  return out;
}

parse_failure rejection(const std::string& bytes) {
  parse_failure why{failure::unreadable, ""};
  REQUIRE_FALSE(read_pdf(bytes, why));
  return why;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("PDF detection: %PDF- within the first kilobyte", "[unit][pdf]") {
  using minutes::parser::detect_pdf;
  CHECK(detect_pdf("%PDF-1.7\n", "x"));
  CHECK(detect_pdf(std::string(500, ' ') + "%PDF-1.4", "x"));
  CHECK_FALSE(detect_pdf(std::string(2000, ' ') + "%PDF-1.4", "x"));
  CHECK_FALSE(detect_pdf("Minutes of the meeting", "x.pdf"));
}

TEST_CASE("PDF lines top to bottom, blank lines where the space is wider", "[unit][pdf]") {
  // Drawn bottom line first: the order on the page decides, not the order in the file.
  auto d = read({{{72, 650, "Present: Cllr Kay and Cllr Smith"},
                  {72, 720, "Minutes of the meeting"},
                  {72, 706, "held on 12 May 2024"}}});
  CHECK(lines(d) == strings{"Minutes of the meeting", "held on 12 May 2024", "",
                            "Present: Cllr Kay and Cllr Smith"});
  CHECK_FALSE(d.byte_offsets_in_source);
  CHECK(d.lines[0].page == 1);
  CHECK(d.lines[0].paragraph == -1);
  CHECK(d.lines[0].byte_begin == 0);
  CHECK(d.lines[1].byte_begin == 23);
}

TEST_CASE("PDF wide gaps between words are TABs", "[unit][pdf]") {
  auto d = read({{{72, 720, "Cllr A Kay"},
                  {300, 720, "Chair"},
                  {72, 706, "Cllr B Smith"},
                  {300, 706, "Vice-Chair"}}});
  CHECK(lines(d) == strings{"Cllr A Kay\tChair", "Cllr B Smith\tVice-Chair"});
}

TEST_CASE("PDF lines wrapped at the margin are joined; short lines are not", "[unit][pdf]") {
  // Helvetica 12: about 80 characters fill the 468 points between one-inch margins.
  auto d =
      read({{{72, 720,
              "The Board received the report of the Director of Finance and Resources about the"},
             {72, 706, "budget for the coming year and noted it."},
             {72, 692, "Short line."},
             {72, 678, "Another short line."}}});
  CHECK(lines(d) == strings{"The Board received the report of the Director of Finance and "
                            "Resources about the budget for the coming year and noted it.",
                            "Short line.", "Another short line."});
}

TEST_CASE("PDF headings in larger type are marked", "[unit][pdf]") {
  auto d = read({{{72, 720, "Parish Council", 20},
                  {72, 690, "Finance", 15},
                  {72, 670, "The accounts were received."},
                  {72, 656, "The budget was set."},
                  {72, 642, "The precept was agreed."}}});
  CHECK(lines(d) == strings{"# Parish Council", "", "## Finance", "", "The accounts were received.",
                            "The budget was set.", "The precept was agreed."});
}

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
                       {{72, 700, "Any other business: none."}}}));
  CHECK(d == strings{"The clerk will write to the highways team about the",
                     "drainage on Mill Lane.", "", "Any other business: none."});
}

TEST_CASE("PDF two columns are read one after the other", "[unit][pdf]") {
  page p{{72, 740, "Newsletter minutes across the whole width of the page"}};
  for (int i = 0; i < 8; ++i) {
    double y = 700 - 14.0 * i;
    p.push_back({72, y, "left column words number " + std::to_string(i) + " of prose"});
    p.push_back({330, y, "right column words number " + std::to_string(i) + " of prose"});
  }
  auto d = read({p});
  auto l = lines(d);
  REQUIRE(l.size() >= 3);
  CHECK(l[0] == "Newsletter minutes across the whole width of the page");
  std::size_t last_left = 0, first_right = l.size();
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (l[i].find("left column") != std::string::npos) last_left = i;
    if (l[i].find("right column") != std::string::npos && first_right == l.size()) first_right = i;
  }
  CHECK(last_left < first_right);
  for (const auto& s : l) CHECK(s.find('\t') == std::string::npos);
}

TEST_CASE("PDF running headers, footers and page numbers are removed", "[unit][pdf]") {
  const strings body{"Apologies were received.", "The minutes were agreed.", "The budget was set.",
                     "Any other business: none."};
  std::vector<page> pages;
  for (int n = 1; n <= 4; ++n) {
    pages.push_back({{72, 760, "Parish Council Minutes 12.05.2024"},
                     {72, 700, body[static_cast<std::size_t>(n - 1)]},
                     {280, 40, "Page " + std::to_string(n) + " of 4"}});
  }
  pages[2].push_back({300, 20, "- 3 -"});
  auto d = read(pages);
  // Each page ends a sentence, so each new page starts a block.
  CHECK(lines(d) == strings{body[0], "", body[1], "", body[2], "", body[3]});
  REQUIRE(d.lines.size() == 7);
  for (int n = 0; n < 4; ++n) CHECK(d.lines[static_cast<std::size_t>(2 * n)].page == n + 1);
}

TEST_CASE("PDF page numbers in their common forms", "[unit][pdf]") {
  using minutes::parser::pdf::page_number_text;
  for (const char* s : {"3", "- 3 -", "Page 3", "Page 3 of 8", "3 of 8", "3 | Page", "PAGE 12",
                        "\xE2\x80\x93 7 \xE2\x80\x93", "3/8"})
    CHECK(page_number_text(s));
  for (const char* s : {"", "Page", "Minutes", "2024 12 05 1", "1. Apologies", "123456"})
    CHECK_FALSE(page_number_text(s));
}

TEST_CASE("PDF encrypted, truncated and damaged files fail with their reasons",
          "[unit][pdf][hostile]") {
  using minutes::test::read_file;
  auto encrypted = rejection(read_file("tests/fixtures/bad/encrypted.pdf"));
  CHECK(encrypted.kind == failure::unsupported_format);
  CHECK(encrypted.reason.find("the PDF is encrypted") == 0);
  auto truncated = rejection(read_file("tests/fixtures/bad/truncated.pdf"));
  CHECK(truncated.kind == failure::unreadable);
  CHECK(truncated.reason.find("truncated") != std::string::npos);
  auto garbage = rejection("%PDF-1.4\nthis is not a PDF body at all\n%%EOF\n");
  CHECK(garbage.kind == failure::unreadable);
  CHECK(garbage.reason.find("the PDF is damaged") == 0);
}

TEST_CASE("PDF cut or damaged anywhere never crashes the reader", "[unit][pdf][hostile]") {
  std::string good = minutes::test::read_file("tests/fixtures/pdf/002_b3c4cebdbde0b01b.pdf");
  REQUIRE(good.size() > 1000);
  for (std::size_t cut = 0; cut < good.size(); cut += good.size() / 23) {
    std::string part = good.substr(0, cut) + "\n%%EOF\n";  // past the truncation check
    parse_failure why{failure::unreadable, ""};
    if (!read_pdf(part, why)) CHECK_FALSE(why.reason.empty());
  }
  for (std::size_t at = 0; at < good.size(); at += good.size() / 41) {
    std::string bad = good;
    for (std::size_t k = at; k < std::min(bad.size(), at + 16); ++k)
      bad[k] = static_cast<char>(bad[k] ^ 0x5A);
    parse_failure why{failure::unreadable, ""};
    if (!read_pdf(bad, why)) CHECK_FALSE(why.reason.empty());
  }
}

TEST_CASE("PDF of 5,000 pages is read in time proportional to its size",
          "[unit][pdf][pathological]") {
  // Body lines differ (a running header is what repeats on most pages).
  const char* const verbs[] = {"noted", "agreed", "deferred", "received", "approved", "withdrawn"};
  std::vector<page> pages;
  for (int n = 1; n <= 5000; ++n)
    pages.push_back({{72, 760, "Board of Trustees Minutes"},
                     {72, 700, "Item " + std::to_string(n) + " was " + verbs[n % 6] + "."},
                     {280, 40, "Page " + std::to_string(n) + " of 5000"}});
  std::string bytes = make_pdf(pages);
  auto start = std::chrono::steady_clock::now();
  parse_failure why{failure::unreadable, ""};
  auto d = read_pdf(bytes, why);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(d);
  std::size_t text_lines = 0;
  for (const auto& l : d->lines) text_lines += !l.text.empty();
  CHECK(text_lines == 5000);
  CHECK(d->lines.back().page == 5000);
  CHECK(seconds < 60);  // generous: catches quadratic blow-ups, not slow machines
}

TEST_CASE("PDF minutes through the parser: the text version's items and attendance",
          "[unit][pdf][e2e]") {
  using minutes::test::read_file;
  for (const char* seed : {"001_49e7192e6271c01d", "004_8798340c23ca0f8f"}) {
    auto text = minutes::parser::parse(read_file(std::string("seeds/") + seed + ".txt"), "t");
    auto pdf =
        minutes::parser::parse(read_file(std::string("tests/fixtures/pdf/") + seed + ".pdf"), "p");
    REQUIRE(std::holds_alternative<minutes::model::document>(pdf));
    const auto& t = std::get<minutes::model::document>(text);
    const auto& p = std::get<minutes::model::document>(pdf);
    CHECK(p.from.format == "pdf");
    REQUIRE(p.items.size() == t.items.size());
    for (std::size_t i = 0; i < t.items.size(); ++i) CHECK(p.items[i].title == t.items[i].title);
    REQUIRE(p.attendance.size() == t.attendance.size());
    for (std::size_t i = 0; i < t.attendance.size(); ++i) {
      CHECK(p.attendance[i].name == t.attendance[i].name);
      CHECK(p.attendance[i].status == t.attendance[i].status);
      CHECK(p.attendance[i].where.page.value_or(0) >= 1);
    }
  }
}
