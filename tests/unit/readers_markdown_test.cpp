// Unit tests of the Markdown reader: the exact lines it renders for each construct and the
// byte range in the source each line carries; front matter; encodings; detection; odd and
// pathological input; and minutes in Markdown end to end through the parser.
#include <catch2/catch.hpp>
#include <chrono>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "parser/parse.hpp"
#include "parser/readers/html.hpp"
#include "parser/readers/markdown.hpp"
#include "parser/readers/reader.hpp"

using minutes::parser::detect_html;
using minutes::parser::detect_markdown;
using minutes::parser::failure;
using minutes::parser::parse_failure;
using minutes::parser::read_markdown;
using minutes::parser::rendered_document;
using minutes::parser::rendered_line;

namespace {

rendered_document render(const std::string& md) {
  parse_failure why{failure::unreadable, ""};
  auto doc = read_markdown(md, why);
  INFO("failure: " << why.reason);
  REQUIRE(doc);
  return std::move(*doc);
}

std::vector<std::string> lines_of(const std::string& md) {
  std::vector<std::string> out;
  for (const auto& l : render(md).lines) out.push_back(l.text);
  return out;
}

// The source text a rendered line points at.
std::string source_of(const std::string& md, const rendered_line& l) {
  return md.substr(l.byte_begin, l.byte_end - l.byte_begin);
}

using lines = std::vector<std::string>;

}  // namespace

TEST_CASE("Markdown: ATX and setext headings render with one # per level", "[readers][markdown]") {
  std::string md = "# Minutes\n\nApologies\n---------\n\n### 3. Finance ###\n";
  CHECK(lines_of(md) == lines{"# Minutes", "", "## Apologies", "", "### 3. Finance"});
  auto doc = render(md);
  CHECK(source_of(md, doc.lines[0]) == "# Minutes");
  CHECK(source_of(md, doc.lines[2]) == "Apologies");
  CHECK(source_of(md, doc.lines[4]) == "### 3. Finance ###");
}

TEST_CASE("Markdown: a soft-wrapped paragraph is one line spanning its source lines",
          "[readers][markdown]") {
  std::string md = "The Board noted\nthe report and\nagreed it.\n\nNext paragraph.\n";
  CHECK(lines_of(md) == lines{"The Board noted the report and agreed it.", "", "Next paragraph."});
  auto doc = render(md);
  CHECK(doc.lines[0].byte_begin == 0);
  CHECK(doc.lines[0].byte_end == 41);  // end of "agreed it."
  CHECK(source_of(md, doc.lines[2]) == "Next paragraph.");
}

TEST_CASE("Markdown: hard breaks are separate lines without a blank between",
          "[readers][markdown]") {
  CHECK(lines_of("Present:  \nAnn Lee\\\nBob Ray<br>Cy Dee\n") ==
        lines{"Present:", "Ann Lee", "Bob Ray", "Cy Dee"});
}

TEST_CASE("Markdown: lists: nested by two spaces, ordered items keep their numbers",
          "[readers][markdown]") {
  std::string md = "- one\n  - two\n    - three\n- four\n\n3. first\n4. second\n";
  CHECK(lines_of(md) ==
        lines{"- one", "  - two", "    - three", "- four", "", "3. first", "4. second"});
  auto doc = render(md);
  CHECK(source_of(md, doc.lines[1]) == "  - two");
  CHECK(source_of(md, doc.lines[6]) == "4. second");
}

TEST_CASE("Markdown: a loose list item keeps its first paragraph on the marker line",
          "[readers][markdown]") {
  CHECK(lines_of("- first item\n\n  more of it\n\n- second\n") ==
        lines{"- first item", "  more of it", "- second"});
}

TEST_CASE("Markdown: task-list items keep their boxes", "[readers][markdown]") {
  CHECK(lines_of("- [ ] Ruth to chase the council\n- [x] Josh fixed the tap\n") ==
        lines{"- [ ] Ruth to chase the council", "- [x] Josh fixed the tap"});
}

TEST_CASE("Markdown: tables: a line a row, cells joined by tabs, no rule row",
          "[readers][markdown]") {
  std::string md = "| Name | Role |\n|------|------|\n| Ann Lee | Chair |\n| Bob | |\n";
  CHECK(lines_of(md) == lines{"Name\tRole", "Ann Lee\tChair", "Bob"});
  auto doc = render(md);
  CHECK(source_of(md, doc.lines[1]) == "| Ann Lee | Chair |");
}

TEST_CASE("Markdown: emphasis markers are dropped; labels read as plain text",
          "[readers][markdown]") {
  CHECK(lines_of("**Present:** Alice, *Bob* and __Cy__\n") == lines{"Present: Alice, Bob and Cy"});
  CHECK(lines_of("~~struck~~ text\n") == lines{"struck text"});
}

TEST_CASE("Markdown: a bold label inside a line starts a line of its own", "[readers][markdown]") {
  CHECK(lines_of("**Motion:** Adopt v2. **Moved:** Ann Lee · **Seconded:** Bob Ray\n") ==
        lines{"Motion: Adopt v2.", "Moved: Ann Lee", "Seconded: Bob Ray"});
  // Bold words that are not a label stay in the line.
  CHECK(lines_of("The **whole board** agreed.\n") == lines{"The whole board agreed."});
}

TEST_CASE("Markdown: lines typed as lines stay lines inside a paragraph", "[readers][markdown]") {
  CHECK(lines_of("- Alan Fairbrother\n• Lena from next door\n") ==
        lines{"- Alan Fairbrother", "  • Lena from next door"});
  CHECK(lines_of("We discussed it.\nACTION: Kofi to open registration.\n") ==
        lines{"We discussed it.", "ACTION: Kofi to open registration."});
  CHECK(lines_of("Matthias: two options.\nYuki: I'll take that to the list.\n") ==
        lines{"Matthias: two options.", "Yuki: I'll take that to the list."});
  // Prose that happens to wrap before a word of a label is joined.
  CHECK(lines_of("It was\nagreed that the report be noted.\n") ==
        lines{"It was agreed that the report be noted."});
}

TEST_CASE("Markdown: links give their text, images nothing, code its text", "[readers][markdown]") {
  CHECK(lines_of("See [the report](https://example.org/r.pdf \"title\").\n") ==
        lines{"See the report."});
  CHECK(lines_of("Logo: ![Parish crest](crest.png)\n") == lines{"Logo:"});
  CHECK(lines_of("Run `make test` now.\n") == lines{"Run make test now."});
  CHECK(lines_of("<https://example.org>\n") == lines{"https://example.org"});
}

TEST_CASE("Markdown: block quotes and code blocks", "[readers][markdown]") {
  CHECK(lines_of("> quoted\n> text\n") == lines{"> quoted text"});
  CHECK(lines_of("```\nline one\n  line two\n```\n") == lines{"line one", "  line two"});
}

TEST_CASE("Markdown: character references are decoded", "[readers][markdown]") {
  CHECK(lines_of("Fish &amp; chips &#8217; &#x2019; &eacute; &bogus; &#0;\n") ==
        lines{"Fish & chips \xE2\x80\x99 \xE2\x80\x99 \xC3\xA9 &bogus; \xEF\xBF\xBD"});
}

TEST_CASE("Markdown: raw HTML: blocks rendered as HTML, inline tags dropped",
          "[readers][markdown]") {
  std::string md = "Before\n\n<div>\nHello <b>there</b>\n</div>\n\nAfter <span>it</span>\n";
  CHECK(lines_of(md) == lines{"Before", "", "Hello there", "", "After it"});
  auto doc = render(md);
  CHECK(source_of(md, doc.lines[2]) == "Hello <b>there</b>");
  CHECK(lines_of("<!-- a comment -->\n\nText\n") == lines{"Text"});
}

TEST_CASE("Markdown: YAML and TOML front matter render exactly as written", "[readers][markdown]") {
  std::string md = "---\ntitle: \"Board\"\ndate: 2024-05-09\n---\n\n# Board\n";
  CHECK(lines_of(md) == lines{"---", "title: \"Board\"", "date: 2024-05-09", "---", "", "# Board"});
  auto doc = render(md);
  CHECK(source_of(md, doc.lines[2]) == "date: 2024-05-09");
  CHECK(lines_of("+++\ntitle = \"Board\"\n+++\nText\n") ==
        lines{"+++", "title = \"Board\"", "+++", "", "Text"});
  // A rule with no closing fence is not front matter.
  CHECK(lines_of("---\nText\n") == lines{"Text"});
}

TEST_CASE("Markdown: line endings and encodings keep offsets into the original bytes",
          "[readers][markdown]") {
  std::string crlf = "# Title\r\n\r\nSome\r\ntext\r\n";
  auto doc = render(crlf);
  CHECK(doc.lines[0].text == "# Title");
  CHECK(doc.lines[2].text == "Some text");
  CHECK(source_of(crlf, doc.lines[2]) == "Some\r\ntext");

  std::string bom = "\xEF\xBB\xBF# T\n";
  doc = render(bom);
  CHECK(doc.lines[0].byte_begin == 3);

  std::string latin = "Caf\xE9 minutes, na\xEFve r\xE9sum\xE9 \x93quoted\x94\n";
  doc = render(latin);
  CHECK(doc.encoding != "UTF-8");
  CHECK(doc.lines[0].text.find("Caf\xC3\xA9") == 0);

  std::string broken =
      "Mostly UTF-8: caf\xC3\xA9, na\xC3\xAFve, \xE2\x80\x9Cquoted\xE2\x80\x9D, one bad \xFF "
      "byte\n";
  doc = render(broken);
  CHECK(doc.encoding == "UTF-8");
  CHECK(doc.lines[0].text.find("\xEF\xBF\xBD") != std::string::npos);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].code == "ingest.invalid-bytes");
}

TEST_CASE("Markdown: detection: .md files that are not HTML pages", "[readers][markdown][detect]") {
  CHECK(detect_markdown("# Minutes\n", "minutes.md"));
  CHECK(detect_markdown("Minutes\n", "notes/2024-03.MARKDOWN"));
  CHECK_FALSE(detect_markdown("# Minutes\n", "minutes.txt"));
  CHECK_FALSE(detect_markdown("# Minutes\n| a | b |\n", "-"));
  CHECK_FALSE(detect_markdown("<!DOCTYPE html><p>x</p>", "page.md"));
  CHECK(detect_html("<!DOCTYPE html><p>x</p>", "page.md"));
  // Through the table: Markdown is asked before HTML, so inline HTML stays Markdown.
  const auto* r = minutes::parser::reader_for("Text<br>more\n", "notes.md");
  REQUIRE(r != nullptr);
  CHECK(std::string(r->format) == "markdown");
  CHECK(minutes::parser::reader_for("# Minutes\n", "minutes.txt") == nullptr);
}

TEST_CASE("Markdown: odd and malformed Markdown never fails", "[readers][markdown][errors]") {
  for (std::string md : {std::string(""), std::string("\n\n"), std::string("**unclosed *emph\n"),
                         std::string("[link](\n"), std::string("| a |\n|---\n"),
                         std::string("a\0b\n", 4), std::string("\xFF\xFE\x00", 3),
                         std::string("> - > - > 1. x\n"), std::string("```\nunclosed\n")}) {
    parse_failure why{failure::unreadable, ""};
    auto doc = read_markdown(md, why);
    if (!doc) CHECK(!why.reason.empty());
  }
  CHECK(render("").lines.empty());
  auto result = minutes::parser::parse("\n\n  \n", "empty.md");
  REQUIRE(std::holds_alternative<parse_failure>(result));
  CHECK(std::get<parse_failure>(result).kind == failure::empty);
}

TEST_CASE("Markdown: 10,000-deep nesting renders in bounded time and width",
          "[readers][markdown][deep]") {
  const int depth = 10000;
  std::string quotes(depth, '>');
  quotes += " deep\n";
  std::string lists;  // "- - - … x": each marker opens a list inside the item before
  for (int i = 0; i < depth; ++i) lists += i % 2 ? "1. " : "- ";
  lists += "x\n";
  std::string brackets = std::string(depth, '[') + "text" + std::string(depth, ']') + "\n" +
                         std::string(depth, '*') + "emph" + std::string(depth, '*') + "\n";
  for (const std::string& md : {quotes, lists, brackets}) {
    auto start = std::chrono::steady_clock::now();
    auto doc = render(md);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 5.0);
    REQUIRE_FALSE(doc.lines.empty());
    for (const auto& l : doc.lines) CHECK(l.text.size() < 2 * depth + 64);
  }
  CHECK(render(quotes).lines[0].text.size() < 100);  // quote marks stop at the depth cap
}

TEST_CASE("Markdown: random fragments never crash and stay inside the source",
          "[readers][errors]") {
  static const char* const fragments[] = {
      "# ",    "## ",  "- ",       "1. ",       "> ",    "**",     "*",       "_",     "`",
      "```\n", "[",    "](",       ")",         "![",    "|",      "|---|\n", "---\n", "+++\n",
      "&amp;", "&#",   ";",        "<br>",      "<div>", "</div>", "\n",      "\n\n",  "  \n",
      "\\\n",  "text", "Present:", "\xC2\xB7 ", "\xC3",  "\xFF",   "\t",      " "};
  std::mt19937 random(20240512);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(fragments) - 1);
  for (int n = 0; n < 300; ++n) {
    std::string doc;
    for (int k = 0; k < 60; ++k) doc += fragments[pick(random)];
    parse_failure why{failure::unreadable, ""};
    auto out = read_markdown(doc, why);
    if (!out) continue;
    for (const auto& l : out->lines) {
      CHECK(l.byte_begin <= l.byte_end);
      CHECK(l.byte_end <= doc.size());
    }
  }
}

TEST_CASE("Markdown: minutes in Markdown end to end", "[readers][markdown][parse]") {
  std::string md =
      "---\ntitle: Parish Council meeting\ndate: 2024-03-12\n---\n\n"
      "# Little Haddon Parish Council\n\n"
      "**Present:** Cllr Anne Baker (Chair), Cllr Tom Price, Cllr Sara Khan\n\n"
      "**Apologies:** Cllr Dev Patel\n\n"
      "## 1. Minutes of the last meeting\n\n"
      "**Resolved:** that the minutes of 13 February 2024 be approved as a\ncorrect record.\n\n"
      "## 2. Playground\n\nThe swings need repair.\n\n"
      "- **Action:** Tom Price to obtain three quotes by 30 April 2024.\n";
  auto result = minutes::parser::parse(md, "minutes.md");
  REQUIRE(std::holds_alternative<minutes::model::document>(result));
  const auto& doc = std::get<minutes::model::document>(result);
  CHECK(doc.from.format == "markdown");
  CHECK(doc.meeting.date == "2024-03-12");
  REQUIRE(doc.attendance.size() == 4);
  CHECK(doc.attendance[0].name == "Anne Baker");
  CHECK(doc.attendance[0].where.start_line == 8);
  CHECK(doc.attendance[3].name == "Dev Patel");
  CHECK(doc.attendance[3].status == minutes::model::attendance_status::apologies);
  REQUIRE(doc.items.size() == 2);
  CHECK(doc.items[0].number == "1");
  CHECK(doc.items[0].title == "Minutes of the last meeting");
  CHECK(doc.items[1].title == "Playground");
  REQUIRE(doc.resolutions.size() == 1);
  CHECK(doc.resolutions[0].where.start_line == 14);
  CHECK(doc.resolutions[0].where.end_line == 15);
  REQUIRE(doc.actions.size() == 1);
  CHECK(doc.actions[0].due == "2024-04-30");
}
