// Unit tests of the PDF reader: small PDFs written here (Helvetica, text placed by
// coordinates, readers_pdf_writer.hpp) for reading order, paragraphs, table gaps, columns,
// running headers and footers and page numbers; then the encrypted, truncated and damaged
// files, a 5,000-page document in bounded time, and a PDF of minutes through the whole
// parser. The layout of lines (margins, spacing, headings, joins) is in
// readers_pdf_layout_test.cpp.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <variant>
#include <vector>

#include "parser/parse.hpp"
#include "parser/readers/pdf.hpp"
#include "parser/readers/pdf/pages.hpp"
#include "readers_pdf_writer.hpp"
#include "test_support.hpp"

using namespace minutes::test::pdf;

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
