// Unit tests of the DOCX reader: Word packages built here from XML (libzip in memory), so
// each construct sits beside the lines it must render — paragraphs, headings, numbering
// labels, tabs and breaks, tables, tracked changes and fields — then the broken and hostile
// packages of tests/fixtures/bad, cut and damaged copies of a good one, and a DOCX of
// minutes through the whole parser.
#include <zip.h>

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "parser/parse.hpp"
#include "parser/readers/docx.hpp"
#include "parser/readers/docx/styles.hpp"
#include "test_support.hpp"

using minutes::parser::failure;
using minutes::parser::parse_failure;
using minutes::parser::read_docx;
using minutes::parser::rendered_document;

namespace {

using part = std::pair<std::string, std::string>;

// A ZIP archive of `parts`, compressed with `method`.
std::string make_zip(const std::vector<part>& parts, zip_int32_t method = ZIP_CM_DEFLATE) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer != nullptr);
  zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(z != nullptr);
  zip_source_keep(buffer);
  for (const auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE);
    REQUIRE(index >= 0);
    zip_set_file_compression(z, static_cast<zip_uint64_t>(index), method, 0);
  }
  REQUIRE(zip_close(z) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string out(static_cast<std::size_t>(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

const char* const ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string document_xml(const std::string& body) {
  return std::string("<?xml version=\"1.0\"?><w:document ") + ns + "><w:body>" + body +
         "</w:body></w:document>";
}

std::string para(const std::string& text, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

rendered_document read(const std::string& body, const std::string& styles = "",
                       const std::string& numbering = "") {
  std::vector<part> parts{{"word/document.xml", document_xml(body)}};
  if (!styles.empty())
    parts.push_back(
        {"word/styles.xml", std::string("<w:styles ") + ns + ">" + styles + "</w:styles>"});
  if (!numbering.empty())
    parts.push_back({"word/numbering.xml",
                     std::string("<w:numbering ") + ns + ">" + numbering + "</w:numbering>"});
  parse_failure why{failure::unreadable, ""};
  auto doc = read_docx(make_zip(parts), why);
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
  REQUIRE_FALSE(read_docx(bytes, why));
  return why;
}

using strings = std::vector<std::string>;

}  // namespace

TEST_CASE("DOCX paragraphs are lines; empty paragraphs are blank lines", "[unit][docx]") {
  auto d = read(para("Minutes of the meeting") + "<w:p/>" + para("Present: Cllr Kay"));
  CHECK(lines(d) == strings{"Minutes of the meeting", "", "Present: Cllr Kay"});
  CHECK_FALSE(d.byte_offsets_in_source);
  CHECK(d.lines[0].paragraph == 0);
  CHECK(d.lines[2].paragraph == 2);
  // Offsets count the extracted text, one '\n' per line.
  CHECK(d.lines[0].byte_begin == 0);
  CHECK(d.lines[0].byte_end == 22);
  CHECK(d.lines[2].byte_begin == 24);
  CHECK(d.lines[2].page == 0);
}

TEST_CASE("DOCX paragraph spacing from styles gives blank lines", "[unit][docx]") {
  std::string styles =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
      "w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"160\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"List\"><w:basedOn w:val=\"Normal\"/><w:pPr>"
      "<w:contextualSpacing/></w:pPr></w:style>";
  auto d = read(para("One") + para("Two") + para("a", "<w:pStyle w:val=\"List\"/>") +
                    para("b", "<w:pStyle w:val=\"List\"/>"),
                styles);
  CHECK(lines(d) == strings{"One", "", "Two", "", "a", "b"});
}

TEST_CASE("DOCX headings by style name, Title, basedOn and outline level", "[unit][docx]") {
  std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading "
      "1\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"MyHead\"><w:name w:val=\"Item heading\"/>"
      "<w:basedOn w:val=\"Kop2\"/></w:style>";
  auto d = read(para("Parish Council", "<w:pStyle w:val=\"Title\"/>") +
                    para("Apologies", "<w:pStyle w:val=\"Heading1\"/>") +
                    para("Planning", "<w:pStyle w:val=\"MyHead\"/>") +
                    para("Finance", "<w:outlineLvl w:val=\"2\"/>") +
                    para("Heading3 without a definition", "<w:pStyle w:val=\"Heading3\"/>") +
                    para("Body"),
                styles);
  CHECK(lines(d) == strings{"# Parish Council", "# Apologies", "## Planning", "### Finance",
                            "### Heading3 without a definition", "Body"});
}

TEST_CASE("DOCX numbering labels as Word prints them", "[unit][docx]") {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
      "w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText "
      "w:val=\"%2)\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText "
      "w:val=\"(%3)\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "<w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"17\"/>"
      "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
      "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
      "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
      "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>";
  auto num = [](int id, int level) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
           std::to_string(id) + "\"/></w:numPr>";
  };
  auto d = read(para("Apologies", num(1, 0)) + para("Minutes", num(1, 0)) +
                    para("Matters arising", num(1, 1)) + para("Deep", num(1, 2)) +
                    para("Deeper still", num(1, 2)) + para("Second", num(1, 1)) +
                    para("Finance", num(1, 0)) + para("A bullet", num(2, 0)) +
                    para("Restarted", num(3, 0)) + para("Item seventeen", num(4, 0)) +
                    para("Sub-item", num(4, 1)) + para("Not numbered", num(0, 0)),
                "", numbering);
  CHECK(lines(d) == strings{"1. Apologies", "2. Minutes", "  a) Matters arising", "    (i) Deep",
                            "    (ii) Deeper still", "  b) Second", "3. Finance", "- A bullet",
                            "1. Restarted", "17. Item seventeen", "  17.1 Sub-item",
                            "Not numbered"});
}

TEST_CASE("DOCX number formats", "[unit][docx]") {
  using minutes::parser::docx::format_number;
  CHECK(format_number(4, "lowerRoman") == "iv");
  CHECK(format_number(1999, "upperRoman") == "MCMXCIX");
  CHECK(format_number(28, "lowerLetter") == "bb");
  CHECK(format_number(3, "upperLetter") == "C");
  CHECK(format_number(7, "decimalZero") == "07");
  CHECK(format_number(22, "ordinal") == "22nd");
  CHECK(format_number(12, "ordinal") == "12th");
  CHECK(format_number(5, "chineseCounting") == "5");
}

TEST_CASE("DOCX tabs are TABs, breaks are new lines of the same paragraph", "[unit][docx]") {
  auto d = read(
      "<w:p><w:r><w:t>Chair</w:t><w:tab/><w:t>Cllr Kay</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Present:</w:t><w:br/><w:t>Cllr Smith</w:t><w:cr/><w:t>Cllr "
      "Jones</w:t></w:r></w:p><w:p><w:r><w:t>self</w:t><w:noBreakHyphen/><w:t>help</w:t>"
      "<w:softHyphen/></w:r></w:p>");
  CHECK(lines(d) ==
        strings{"Chair\tCllr Kay", "Present:", "Cllr Smith", "Cllr Jones", "self-help"});
  CHECK(d.lines[1].paragraph == 1);
  CHECK(d.lines[3].paragraph == 1);
  CHECK(d.lines[4].paragraph == 2);
}

TEST_CASE("DOCX tables: one line per row, cells joined by TAB", "[unit][docx]") {
  auto cell = [](const std::string& content) { return "<w:tc>" + content + "</w:tc>"; };
  std::string table =
      "<w:tbl><w:tblPr/><w:tr>" + cell(para("Name")) + cell(para("Role")) + "</w:tr><w:tr>" +
      cell(para("Cllr Kay")) + cell(para("Chair") + para("Finance lead")) + "</w:tr><w:tr>" +
      cell("<w:p/>") + cell("<w:p/>") + "</w:tr><w:tr>" + cell(para("Ann\tLee")) +
      cell("<w:tbl><w:tr>" + cell(para("Clerk")) + cell(para("RFO")) + "</w:tr></w:tbl>") +
      "</w:tr></w:tbl>";
  auto d = read(para("Present:") + table + para("Apologies: none"));
  CHECK(lines(d) == strings{"Present:", "", "Name\tRole", "Cllr Kay\tChair; Finance lead",
                            "Ann Lee\tClerk; RFO", "", "Apologies: none"});
  CHECK(d.lines[2].paragraph == 1);
  CHECK(d.lines[3].paragraph == 3);
}

TEST_CASE("DOCX tracked changes: insertions shown, deletions dropped", "[unit][docx]") {
  auto d = read(
      "<w:p><w:r><w:t xml:space=\"preserve\">The Board </w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>rejected</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>approved</w:t></w:r></w:ins>"
      "<w:r><w:t xml:space=\"preserve\"> the budget.</w:t></w:r></w:p>"
      "<w:p><w:moveFrom><w:r><w:t>Old place</w:t></w:r></w:moveFrom></w:p>");
  CHECK(lines(d) == strings{"The Board approved the budget.", ""});
}

TEST_CASE("DOCX fields show their result; notes, comments, hidden text are dropped",
          "[unit][docx]") {
  auto d = read(
      "<w:p><w:r><w:t xml:space=\"preserve\">See page </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>4</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>"
      "<w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
      "<w:p><w:fldSimple w:instr=\" DATE \"><w:r><w:t>12 May 2022</w:t></w:r></w:fldSimple>"
      "<w:hyperlink r:id=\"rId4\" xmlns:r=\"r\"><w:r><w:t xml:space=\"preserve\"> (link)</w:t>"
      "</w:r></w:hyperlink></w:p>"
      "<w:sdt><w:sdtPr/><w:sdtContent>" +
      para("In a content control") + "</w:sdtContent></w:sdt>");
  CHECK(lines(d) == strings{"See page 4", "12 May 2022 (link)", "In a content control"});
}

TEST_CASE("DOCX XML entities are never expanded", "[unit][docx][hostile]") {
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
      "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
      "<w:document " +
      std::string(ns) + "><w:body>" + para("A &lol3; B &ext; C") + "</w:body></w:document>";
  parse_failure why{failure::unreadable, ""};
  auto d = read_docx(make_zip({{"word/document.xml", laughs}}), why);
  REQUIRE(d);
  REQUIRE(d->lines.size() == 1);
  CHECK(d->lines[0].text.size() < 40);
  CHECK(d->lines[0].text.find("root:") == std::string::npos);
}

TEST_CASE("DOCX nested 100,000 deep is read without overflowing the stack",
          "[unit][docx][hostile]") {
  std::string open, close;
  for (int i = 0; i < 100000; ++i) {
    open += "<w:customXml>";
    close += "</w:customXml>";
  }
  auto d = read(para("Before") + open + para("Deep inside") + close + para("After"));
  CHECK(lines(d) == strings{"Before", "After"});
  REQUIRE(d.diagnostics.size() == 1);
  CHECK(d.diagnostics[0].code == "reader.docx-too-deep");
}

TEST_CASE("DOCX bad packages fail with their reasons", "[unit][docx][hostile]") {
  using minutes::test::read_file;
  auto truncated = rejection(read_file("tests/fixtures/bad/truncated.docx"));
  CHECK(truncated.kind == failure::unreadable);
  CHECK(truncated.reason.find("truncated") != std::string::npos);
  auto bomb = rejection(read_file("tests/fixtures/bad/bomb.docx"));
  CHECK(bomb.kind == failure::too_large);
  CHECK(bomb.reason.find("zip bomb") != std::string::npos);
  auto zip = rejection(read_file("tests/fixtures/bad/not-word.zip"));
  CHECK(zip.kind == failure::unsupported_format);
  CHECK(zip.reason.find("a ZIP archive that is not a Word document") == 0);
  auto encrypted = rejection(read_file("tests/fixtures/bad/encrypted.docx"));
  CHECK(encrypted.kind == failure::unsupported_format);
  CHECK(encrypted.reason.find("password-protected") != std::string::npos);
}

TEST_CASE("DOCX zip bombs under the size limit are refused by their ratio",
          "[unit][docx][hostile]") {
  std::string huge(24u << 20, 'a');
  auto why = rejection(make_zip({{"word/document.xml", huge}}));
  CHECK(why.kind == failure::too_large);
  CHECK(why.reason.find("word/document.xml inflates") != std::string::npos);
}

TEST_CASE("DOCX with encrypted ZIP entries is refused", "[unit][docx][hostile]") {
  std::string xml = document_xml(para("Secret minutes"));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  zip_source_keep(buffer);
  zip_int64_t i =
      zip_file_add(z, "word/document.xml", zip_source_buffer(z, xml.data(), xml.size(), 0), 0);
  if (zip_file_set_encryption(z, static_cast<zip_uint64_t>(i), ZIP_EM_AES_256, "pw") != 0) {
    zip_discard(z);
    zip_source_free(buffer);
    WARN("libzip built without encryption; not tested");
    return;
  }
  REQUIRE(zip_close(z) == 0);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string bytes(static_cast<std::size_t>(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  auto why = rejection(bytes);
  CHECK(why.reason.find("password-protected") != std::string::npos);
}

TEST_CASE("DOCX cut or damaged anywhere never crashes the reader", "[unit][docx][hostile]") {
  std::string good = minutes::test::read_file("tests/fixtures/docx/001_49e7192e6271c01d.docx");
  REQUIRE(good.size() > 1000);
  for (std::size_t cut = 0; cut < good.size(); cut += 53) {
    parse_failure why{failure::unreadable, ""};
    auto d = read_docx(std::string_view(good).substr(0, cut), why);
    if (!d) CHECK_FALSE(why.reason.empty());
  }
  for (std::size_t at = 0; at < good.size(); at += 31) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    parse_failure why{failure::unreadable, ""};
    auto d = read_docx(bad, why);
    if (!d) CHECK_FALSE(why.reason.empty());
  }
}

TEST_CASE("DOCX minutes through the parser: the text version's items and attendance",
          "[unit][docx][e2e]") {
  using minutes::test::read_file;
  for (const char* seed : {"001_49e7192e6271c01d", "003_21a0f8f23e753111"}) {
    auto text = minutes::parser::parse(read_file(std::string("seeds/") + seed + ".txt"), "t");
    auto docx = minutes::parser::parse(
        read_file(std::string("tests/fixtures/docx/") + seed + ".docx"), "d");
    REQUIRE(std::holds_alternative<minutes::model::document>(docx));
    const auto& t = std::get<minutes::model::document>(text);
    const auto& d = std::get<minutes::model::document>(docx);
    CHECK(d.from.format == "docx");
    REQUIRE(d.items.size() == t.items.size());
    for (std::size_t i = 0; i < t.items.size(); ++i) CHECK(d.items[i].title == t.items[i].title);
    REQUIRE(d.attendance.size() == t.attendance.size());
    for (std::size_t i = 0; i < t.attendance.size(); ++i) {
      CHECK(d.attendance[i].name == t.attendance[i].name);
      CHECK(d.attendance[i].status == t.attendance[i].status);
      CHECK(d.attendance[i].where.paragraph.has_value());
    }
  }
}
