// Unit tests of the HTML reader: the exact lines it renders for each construct and the
// source lines each points at; what it leaves out (scripts, styles, navigation, forms,
// comments); Word-saved HTML; encodings; detection; malformed and deeply nested pages; and a
// page of minutes end to end through the parser.
#include <catch2/catch.hpp>
#include <chrono>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "parser/parse.hpp"
#include "parser/readers/html.hpp"
#include "parser/readers/reader.hpp"

using minutes::parser::detect_html;
using minutes::parser::failure;
using minutes::parser::parse_failure;
using minutes::parser::read_html;
using minutes::parser::rendered_document;

namespace {

rendered_document render(const std::string& html) {
  parse_failure why{failure::unreadable, ""};
  auto doc = read_html(html, why);
  INFO("failure: " << why.reason);
  REQUIRE(doc);
  return std::move(*doc);
}

std::vector<std::string> lines_of(const std::string& html) {
  std::vector<std::string> out;
  for (const auto& l : render(html).lines) out.push_back(l.text);
  return out;
}

// 1-based line of the source where byte `offset` stands.
std::size_t line_at(const std::string& s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) line += s[i] == '\n';
  return line;
}

using lines = std::vector<std::string>;

}  // namespace

TEST_CASE("HTML: title first, headings with #, paragraphs one line each", "[readers][html]") {
  std::string html =
      "<!DOCTYPE html>\n<html><head><title>Board\n minutes</title></head>\n<body>\n"
      "<h2>Apologies</h2>\n<p>The Board\nnoted the report.</p>\n<p>Next.</p>\n</body></html>\n";
  CHECK(lines_of(html) ==
        lines{"Board minutes", "", "## Apologies", "", "The Board noted the report.", "", "Next."});
  auto doc = render(html);
  CHECK(line_at(html, doc.lines[0].byte_begin) == 2);
  CHECK(line_at(html, doc.lines[0].byte_end) == 3);  // the title ends on the next line
  CHECK(line_at(html, doc.lines[2].byte_begin) == 5);
  CHECK(line_at(html, doc.lines[4].byte_begin) == 6);
  CHECK(line_at(html, doc.lines[4].byte_end) == 7);  // the paragraph ends on the next line
  CHECK(line_at(html, doc.lines[6].byte_begin) == 8);
}

TEST_CASE("HTML: a title the page repeats as its first heading is said once", "[readers][html]") {
  CHECK(lines_of("<title>Minutes</title><h1>Minutes</h1><p>Text</p>") ==
        lines{"# Minutes", "", "Text"});
}

TEST_CASE("HTML: lists: nested, ordered, task lists", "[readers][html]") {
  std::string html =
      "<ul><li>one<ul><li>two<ol><li>three</li></ol></li></ul></li><li>four</li></ul>"
      "<ol start=\"4\"><li>first</li><li><p>second</p></li></ol>"
      "<ul><li><input type=\"checkbox\" disabled>\nopen</li>"
      "<li><input type=\"checkbox\" checked>done</li></ul>";
  CHECK(lines_of(html) == lines{"- one", "  - two", "    - three", "- four", "", "4. first",
                                "5. second", "", "- [ ] open", "- [x] done"});
}

TEST_CASE("HTML: a run of tabs is a column gap; one tab or spaces are a space", "[readers][html]") {
  CHECK(lines_of("<p>Letter re charges.\t\t\t<em>Noted</em></p>") ==
        lines{"Letter re charges.\tNoted"});
  CHECK(lines_of("<p>one\ttwo   three</p>") == lines{"one two three"});
}

TEST_CASE("HTML: tables: a line a row, cells joined by tabs", "[readers][html]") {
  std::string html =
      "<table>\n<thead><tr><th>Name</th><th>Role</th></tr></thead>\n<tbody>\n"
      "<tr><td><p>Ann</p><p>Lee</p></td><td>Chair<br>(acting)</td></tr>\n"
      "<tr><td>Bob</td><td></td></tr>\n</tbody></table>\n";
  CHECK(lines_of(html) == lines{"Name\tRole", "Ann Lee\tChair (acting)", "Bob"});
  auto doc = render(html);
  CHECK(line_at(html, doc.lines[1].byte_begin) == 4);
}

TEST_CASE("HTML: a table inside a cell is page layout: its rows are lines", "[readers][html]") {
  CHECK(lines_of("<table><tr><td>Members<table><tr><td>Ann</td><td>Chair</td></tr>"
                 "<tr><td>Bob</td></tr></table></td><td>Notes</td></tr></table>") ==
        lines{"Members", "Ann\tChair", "Bob", "Notes"});
}

TEST_CASE("HTML: a table of minutes lays out the page: its cells are blocks", "[readers][html]") {
  // A number cell beside a cell holding a minute's title and text (ModernGov and the like):
  // the number starts the line of the title, and the text follows as paragraphs.
  std::string html =
      "<table><tr><td><p>26.</p></td><td><p>Empty Homes</p><div><p>The report was "
      "presented.</p><p>RESOLVED: That the report be noted.</p></div></td></tr>\n"
      "<tr><td>27.</td><td><h3>Car Parking</h3><p>Deferred.</p><ol><li>one</li></ol></td></tr>"
      "</table>";
  CHECK(lines_of(html) == lines{"26.\tEmpty Homes", "", "The report was presented.", "",
                                "RESOLVED: That the report be noted.", "", "27.\tCar Parking", "",
                                "Deferred.", "", "1. one"});
  // Two paragraphs in a cell of a wide table are data: the row stays one line.
  CHECK(lines_of("<table><tr><td><p>Ann</p><p>Lee</p></td><td>Chair</td><td>Yes</td>"
                 "<td>No</td></tr></table>") == lines{"Ann Lee\tChair\tYes\tNo"});
}

TEST_CASE("HTML: line breaks, quotes and preformatted text", "[readers][html]") {
  CHECK(lines_of("<p>Present:<br>Ann Lee<br/>Bob Ray</p>") ==
        lines{"Present:", "Ann Lee", "Bob Ray"});
  CHECK(lines_of("<blockquote><p>quoted\ntext</p></blockquote>") == lines{"> quoted text"});
  CHECK(lines_of("<pre>line one\n  line  two\n</pre>") == lines{"line one", "  line  two"});
}

TEST_CASE("HTML: inline markup gives its text; links never their URL", "[readers][html]") {
  CHECK(lines_of("<p><b>Present:</b> <a href=\"https://x.org/p\">Ann</a>, <em>Bob</em>"
                 "<img src=\"x.png\" alt=\"crest\"> and <span>Cy</span></p>") ==
        lines{"Present: Ann, Bob and Cy"});
}

TEST_CASE("HTML: a bold label inside a line starts a line of its own", "[readers][html]") {
  CHECK(lines_of("<p><strong>Motion:</strong> Adopt v2. <strong>Moved:</strong> Ann Lee "
                 "<strong>Seconded:</strong> Bob Ray</p>") ==
        lines{"Motion: Adopt v2.", "Moved: Ann Lee", "Seconded: Bob Ray"});
  CHECK(lines_of("<p>We discussed it.\nACTION: Kofi to open registration.</p>") ==
        lines{"We discussed it.", "ACTION: Kofi to open registration."});
}

TEST_CASE("HTML: character references are decoded", "[readers][html]") {
  CHECK(lines_of("<p>Fish &amp; chips &eacute; &#8217; &#x2019; &lt;AI1&gt;</p>") ==
        lines{"Fish & chips \xC3\xA9 \xE2\x80\x99 \xE2\x80\x99 <AI1>"});
  CHECK(lines_of("<p>a&nbsp;b</p>") == lines{"a\xC2\xA0"
                                             "b"});
}

TEST_CASE("HTML: scripts, styles, navigation, forms and comments are left out", "[readers][html]") {
  std::string html =
      "<html><head><style>p{}</style><script>var a='Present: x';</script></head><body>"
      "<header><nav><a href=/>Home</a></nav><p>Site</p></header>"
      "<div id=\"breadcrumbs\">Home &gt; Minutes</div>"
      "<noscript>Enable JS</noscript><!-- Present: nobody -->"
      "<form><input name=q><button>Search</button><select><option>A</option></select></form>"
      "<p>Kept</p><p hidden>Hidden</p><p style=\"display: none\">Gone</p>"
      "<iframe src=x>frame</iframe><svg><text>chart</text></svg>"
      "<footer role=\"contentinfo\">Copyright</footer><script>x()</script></body></html>";
  CHECK(lines_of(html) == lines{"Kept"});
  // A header that is not site chrome (no navigation, no <main> elsewhere) is content.
  CHECK(lines_of("<header><h1>Board</h1><p>12 May</p></header><p>Text</p>") ==
        lines{"# Board", "", "12 May", "", "Text"});
  // With a <main>, what is outside it in header and footer is chrome.
  CHECK(lines_of("<header>Council</header><main><h1>Board</h1></main><footer>x</footer>") ==
        lines{"# Board"});
}

TEST_CASE("HTML: Word-saved HTML reads as its text", "[readers][html][word]") {
  std::string html =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
      "<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\n"
      "<style>p.MsoNormal {margin:0cm}</style></head>\n"
      "<body lang=EN-GB><div class=WordSection1>\n"
      "<p class=MsoNormal><b>Present:<o:p></o:p></b></p>\n"
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
      "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>"
      "\xB7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
      "</span></span><![endif]>Caf\xE9 owner Ann Lee<o:p></o:p></p>\n"
      "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'>"
      "<![if !supportLists]><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp;&nbsp; </span>"
      "</span><![endif]>Bob Ray<o:p></o:p></p>\n"
      "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
      "<p class=MsoNormal>Clerk to write<span style='mso-tab-count:2'>&nbsp;&nbsp; </span>"
      "GF<o:p></o:p></p>\n"
      "<p class=MsoNormal>1.<span style='mso-tab-count:1'> </span>Apologies</p>\n"
      "<v:shape><v:imagedata src=x></v:imagedata></v:shape>\n"
      "</div></body></html>\n";
  auto doc = render(html);
  CHECK(doc.encoding == "windows-1252");
  std::vector<std::string> got;
  for (const auto& l : doc.lines) got.push_back(l.text);
  CHECK(got == lines{"Present:", "", "\xC2\xB7 Caf\xC3\xA9 owner Ann Lee", "  o Bob Ray", "",
                     "Clerk to write\tGF", "", "1.\tApologies"});
  CHECK(line_at(html, doc.lines[3].byte_begin) == 7);
}

TEST_CASE("HTML: encodings: BOM, meta charset, detection", "[readers][html]") {
  CHECK(render("<meta charset=\"utf-8\"><p>caf\xC3\xA9</p>").encoding == "UTF-8");
  auto latin = render("<meta charset=ISO-8859-1><p>caf\xE9</p>");
  CHECK(latin.encoding == "windows-1252");
  CHECK(latin.lines[0].text == "caf\xC3\xA9");
  // A page declaring UTF-8 that is not: repaired, and said so.
  auto damaged = render("<meta charset=utf-8><p>caf\xE9</p>");
  CHECK(damaged.lines[0].text == "caf\xEF\xBF\xBD");
  CHECK(damaged.diagnostics.size() == 1);
  std::string utf16 = std::string("\xFF\xFE", 2);
  for (char c : std::string("<p>Hi</p>\n<p>there</p>")) utf16 += std::string{c, '\0'};
  auto wide = render(utf16);
  CHECK(wide.encoding == "UTF-16LE");
  REQUIRE(wide.lines.size() == 3);
  CHECK(wide.lines[2].text == "there");
  CHECK(wide.lines[2].byte_begin == 22);  // the second line, in UTF-16 bytes
}

TEST_CASE("HTML: detection: pages, fragments and extensions", "[readers][html][detect]") {
  CHECK(detect_html("\xEF\xBB\xBF  <!DOCTYPE html><p>x", "-"));
  CHECK(detect_html("<HTML>\n<BODY>x", "-"));
  CHECK(detect_html("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "-"));
  CHECK(detect_html("<div class=\"mgContent\">Minutes</div>", "agenda.php"));
  CHECK(detect_html("Minutes<BR>Present: Ann", "-"));
  CHECK(detect_html("<H2>Apologies</H2>", "-"));
  CHECK(detect_html("Plain words", "page.htm"));
  CHECK(detect_html("Plain words", "page.XHTML"));
  CHECK_FALSE(detect_html("Minutes\n<AI1>\n1. Apologies\n</AI1>\n", "minutes.txt"));
  CHECK_FALSE(detect_html("Use <paragraph> and <pre-meeting> notes", "-"));
  CHECK_FALSE(detect_html("Plain minutes", "-"));
  std::string late = std::string(5000, 'x') + "<p>late</p>";
  CHECK_FALSE(detect_html(late, "-"));
  const auto* r = minutes::parser::reader_for("<p>Minutes</p>", "-");
  REQUIRE(r != nullptr);
  CHECK(std::string(r->format) == "html");
}

TEST_CASE("HTML: malformed HTML is read as well as possible", "[readers][html][errors]") {
  CHECK(lines_of("<p>one<p>two<div>three</span></b>four") ==
        lines{"one", "", "two", "", "threefour"});
  CHECK(lines_of("<table><td>cell<tr>row") == lines{"cell", "row"});
  for (std::string html :
       {std::string("<"), std::string("<<<>>>"), std::string("</p></p>"),
        std::string("<p>a\0b</p>", 10), std::string("<!--"), std::string("<![CDATA[x"),
        std::string("&#99999999999;"), std::string("<p style='mso-list:l0 level9999'>x")}) {
    parse_failure why{failure::unreadable, ""};
    auto doc = read_html(html, why);
    if (!doc) CHECK(!why.reason.empty());
  }
  auto result = minutes::parser::parse("<html><head><title></title></head><body> </body></html>",
                                       "empty.html");
  REQUIRE(std::holds_alternative<parse_failure>(result));
  CHECK(std::get<parse_failure>(result).kind == failure::empty);
}

TEST_CASE("HTML: 10,000-deep nesting renders in bounded time", "[readers][html][deep]") {
  const int depth = 10000;
  auto nest = [&](const std::string& open, const std::string& close) {
    std::string s;
    for (int i = 0; i < depth; ++i) s += open;
    s += "deep";
    for (int i = 0; i < depth; ++i) s += close;
    return s + "<p>after</p>";
  };
  for (const std::string& html :
       {nest("<div>", "</div>"), nest("<ul><li>", "</li></ul>"),
        nest("<blockquote>", "</blockquote>"), nest("<table><tr><td>", "</td></tr></table>"),
        nest("<b>", "</b>"), nest("<div>", "")}) {
    auto start = std::chrono::steady_clock::now();
    auto doc = render(html);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 5.0);
    REQUIRE_FALSE(doc.lines.empty());
    CHECK(doc.lines.back().text.find("after") != std::string::npos);
    for (const auto& l : doc.lines) CHECK(l.text.size() < 200);
  }
}

TEST_CASE("HTML: random fragments never crash and stay inside the source", "[readers][errors]") {
  static const char* const fragments[] = {"<p>",
                                          "</p>",
                                          "<div>",
                                          "</div>",
                                          "<table>",
                                          "<tr>",
                                          "<td>",
                                          "</td>",
                                          "</table>",
                                          "<ul>",
                                          "<li>",
                                          "</ul>",
                                          "<ol>",
                                          "<pre>",
                                          "</pre>",
                                          "<br>",
                                          "<b>",
                                          "</b>",
                                          "<o:p>",
                                          "<![if !x]>",
                                          "<![endif]>",
                                          "<!--",
                                          "-->",
                                          "<script>",
                                          "</script>",
                                          "<title>",
                                          "<h2>",
                                          "</h2>",
                                          "<blockquote>",
                                          "<input type=checkbox>",
                                          "<span style='mso-list:Ignore'>",
                                          "<span style='mso-tab-count:1'>",
                                          "&amp;",
                                          "&nbsp;",
                                          "&#",
                                          "\n",
                                          "text",
                                          "Present:",
                                          "\xC3",
                                          "\xFF",
                                          "<",
                                          ">",
                                          " "};
  std::mt19937 random(20240512);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(fragments) - 1);
  for (int n = 0; n < 300; ++n) {
    std::string doc;
    for (int k = 0; k < 60; ++k) doc += fragments[pick(random)];
    parse_failure why{failure::unreadable, ""};
    auto out = read_html(doc, why);
    if (!out) continue;
    for (const auto& l : out->lines) {
      CHECK(l.byte_begin <= l.byte_end);
      CHECK(l.byte_end <= doc.size());
    }
  }
}

TEST_CASE("HTML: a page of minutes end to end", "[readers][html][parse]") {
  std::string html =
      "<!DOCTYPE html>\n"
      "<html><head><meta charset=\"utf-8\"><title>Little Haddon Parish Council</title>\n"
      "<script>var x = \"Present: nobody\";</script></head>\n"
      "<body>\n"
      "<nav><a href=\"/\">Home</a> | <a href=\"/minutes\">Minutes</a></nav>\n"
      "<h1>Little Haddon Parish Council</h1>\n"
      "<p><b>Present:</b> Cllr Anne Baker (Chair), Cllr Tom Price, Cllr Sara Khan</p>\n"
      "<p><b>Apologies:</b> Cllr Dev Patel</p>\n"
      "<h2>1. Minutes of the last meeting</h2>\n"
      "<p><b>Resolved:</b> that the minutes of 13 February 2024 be approved as a\n"
      "correct record.</p>\n"
      "<h2>2. Playground</h2>\n"
      "<p>The swings need repair.</p>\n"
      "<ul><li><b>Action:</b> Tom Price to obtain three quotes by 30 April 2024.</li></ul>\n"
      "</body></html>\n";
  auto result = minutes::parser::parse(html, "minutes.html");
  REQUIRE(std::holds_alternative<minutes::model::document>(result));
  const auto& doc = std::get<minutes::model::document>(result);
  CHECK(doc.from.format == "html");
  CHECK(doc.from.encoding == "UTF-8");
  REQUIRE(doc.attendance.size() == 4);
  CHECK(doc.attendance[0].name == "Anne Baker");
  CHECK(doc.attendance[0].where.start_line == 7);
  CHECK(doc.attendance[3].name == "Dev Patel");
  CHECK(doc.attendance[3].status == minutes::model::attendance_status::apologies);
  REQUIRE(doc.items.size() == 2);
  CHECK(doc.items[0].number == "1");
  CHECK(doc.items[0].title == "Minutes of the last meeting");
  CHECK(doc.items[1].title == "Playground");
  REQUIRE(doc.resolutions.size() == 1);
  CHECK(doc.resolutions[0].where.start_line == 10);
  CHECK(doc.resolutions[0].where.end_line == 11);
  REQUIRE(doc.actions.size() == 1);
  CHECK(doc.actions[0].due == "2024-04-30");
  CHECK(doc.actions[0].where.start_line == 14);
}
