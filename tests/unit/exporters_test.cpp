// Unit tests of the exporters on small documents built by hand: CSV quoting, formula
// neutralisation, header rows and one row per action owner; Markdown escaping in text and
// tables; JSON nulls, key order and valid output for replaced characters.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "exporters/exporters.hpp"

using minutes::exporters::csv_table;
using minutes::exporters::to_csv;
using minutes::exporters::to_json;
using minutes::exporters::to_markdown;
namespace model = minutes::model;

namespace {

model::span lines(std::size_t first, std::size_t last) {
  model::span s;
  s.start_line = first;
  s.end_line = last;
  s.start_byte = first * 10;
  s.end_byte = last * 10 + 9;
  return s;
}

// A document with one item and nothing else known.
model::document small_document() {
  model::document d;
  d.from.path = "minutes.txt";
  d.from.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  d.from.format = "text";
  d.from.encoding = "UTF-8";
  d.from.bytes = 120;
  model::item item;
  item.id = "I1";
  item.number = "1";
  item.title = "Finance";
  item.where = lines(3, 5);
  d.items.push_back(item);
  return d;
}

model::action action_with(std::string text, std::vector<model::action_owner> owners) {
  model::action a;
  a.id = "A1";
  a.item = "I1";
  a.owners = std::move(owners);
  a.text = std::move(text);
  a.origin = model::action_origin::narrative;
  a.where = lines(4, 4);
  return a;
}

std::vector<csv_table> csv_of(const model::document& d) {
  const model::document* docs[] = {&d};
  return to_csv(docs);
}

const std::string& table(const std::vector<csv_table>& tables, std::string_view name) {
  for (const auto& t : tables)
    if (t.name == name) return t.text;
  FAIL("no table " << name);
  static const std::string none;
  return none;
}

// The CSV rows of `text` after the header, split on CRLF (cells may hold bare LF or CR).
std::vector<std::string> rows_after_header(const std::string& text) {
  std::vector<std::string> rows;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\r\n", start);
    if (end == std::string::npos) end = text.size();
    rows.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  if (!rows.empty()) rows.erase(rows.begin());
  return rows;
}

}  // namespace

// ---- CSV ------------------------------------------------------------------------------------

TEST_CASE("CSV: six tables with their header rows", "[unit][exporters]") {
  auto tables = to_csv({});
  REQUIRE(tables.size() == 6);
  CHECK(tables[0].name == "meetings.csv");
  CHECK(tables[1].name == "attendance.csv");
  CHECK(tables[2].name == "items.csv");
  CHECK(tables[3].name == "resolutions.csv");
  CHECK(tables[4].name == "motions.csv");
  CHECK(tables[5].name == "actions.csv");
  CHECK(tables[1].text ==
        "doc_id,person,name,status,group,role,affiliation,on_behalf_of,remote,start_line,"
        "end_line\r\n");
  CHECK(tables[2].text == "doc_id,item,number,title,presenters,start_line,end_line\r\n");
  CHECK(tables[3].text == "doc_id,resolution,item,item_number,label,text,start_line,end_line\r\n");
  CHECK(tables[5].text ==
        "doc_id,action,item,item_number,owner,person,text,due,origin,resolution,start_line,"
        "end_line\r\n");
  CHECK(tables[0].text.rfind("doc_id,path,format,organisation,body,title,date,", 0) == 0);
  CHECK(tables[4].text.rfind("doc_id,motion,item,item_number,text,mover,seconder,outcome,", 0) ==
        0);
}

TEST_CASE("CSV: a plain row and the doc_id", "[unit][exporters]") {
  auto d = small_document();
  CHECK(minutes::exporters::doc_id(d) == "0123456789abcdef");
  auto rows = rows_after_header(table(csv_of(d), "items.csv"));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == "0123456789abcdef,I1,1,Finance,,3,5");
}

TEST_CASE("CSV: cells with commas, quotes and line breaks are quoted", "[unit][exporters]") {
  auto d = small_document();
  d.items[0].title = "Budget, \"final\" plan";
  d.items[0].presenters = {"Jane Smith", "Line\nbreak"};
  auto rows = rows_after_header(table(csv_of(d), "items.csv"));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] ==
        "0123456789abcdef,I1,1,\"Budget, \"\"final\"\" plan\",\"Jane Smith; Line\nbreak\",3,5");
  d.items[0].title = "Carriage\rreturn";
  d.items[0].presenters.clear();
  auto cr = table(csv_of(d), "items.csv");
  CHECK(cr.find(",\"Carriage\rreturn\",") != std::string::npos);
}

TEST_CASE("CSV: formula-like cells are neutralised", "[unit][exporters]") {
  struct formula_case {
    std::string title;
    std::string cell;
  };
  const formula_case cases[] = {
      {"=SUM(A1:A9)", "'=SUM(A1:A9)"},
      {"+44 1234", "'+44 1234"},
      {"-5 votes", "'-5 votes"},
      {"@cmd", "'@cmd"},
      {"\tTabbed", "'\tTabbed"},
      {"\rReturn", "\"'\rReturn\""},
      {"=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
      {"Safe = fine", "Safe = fine"},
  };
  for (const auto& c : cases) {
    INFO("title: " << c.title);
    auto d = small_document();
    d.items[0].title = c.title;
    auto rows = rows_after_header(table(csv_of(d), "items.csv"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == "0123456789abcdef,I1,1," + c.cell + ",,3,5");
  }
}

TEST_CASE("CSV: one action row per owner", "[unit][exporters]") {
  auto d = small_document();
  d.actions.push_back(
      action_with("arrange the event", {{"Greta Green", "P1"}, {"Maddie Brown", std::nullopt}}));
  d.actions[0].due = "2022-06-30";
  auto rows = rows_after_header(table(csv_of(d), "actions.csv"));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] ==
        "0123456789abcdef,A1,I1,1,Greta Green,P1,arrange the event,2022-06-30,narrative,,4,4");
  CHECK(rows[1] ==
        "0123456789abcdef,A1,I1,1,Maddie Brown,,arrange the event,2022-06-30,narrative,,4,4");
}

TEST_CASE("CSV: an action without owners still has one row", "[unit][exporters]") {
  auto d = small_document();
  d.actions.push_back(action_with("review the policy", {}));
  d.actions[0].origin = model::action_origin::actions_line;
  auto rows = rows_after_header(table(csv_of(d), "actions.csv"));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == "0123456789abcdef,A1,I1,1,,,review the policy,,actions-line,,4,4");
}

TEST_CASE("CSV: attendance rows", "[unit][exporters]") {
  auto d = small_document();
  model::attendance a;
  a.person = "P1";
  a.name = "Jane Smith";
  a.status = model::attendance_status::apologies;
  a.role = "Chair";
  a.remote = true;
  a.where = lines(2, 2);
  d.attendance.push_back(a);
  auto rows = rows_after_header(table(csv_of(d), "attendance.csv"));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0] == "0123456789abcdef,P1,Jane Smith,apologies,,Chair,,,true,2,2");
}

TEST_CASE("CSV: a batch writes one set of tables for all documents", "[unit][exporters]") {
  auto a = small_document();
  auto b = small_document();
  b.from.sha256 = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
  const model::document* docs[] = {&a, &b};
  auto tables = to_csv(docs);
  auto rows = rows_after_header(table(tables, "meetings.csv"));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].rfind("0123456789abcdef,minutes.txt,text,", 0) == 0);
  CHECK(rows[1].rfind("fedcba9876543210,minutes.txt,text,", 0) == 0);
}

// ---- Markdown -------------------------------------------------------------------------------

TEST_CASE("Markdown: markup characters in text are escaped", "[unit][exporters]") {
  auto d = small_document();
  model::block p;
  p.kind = model::block_kind::paragraph;
  p.text = "a*b_c#d <script> & [link] `code` x|y";
  d.items[0].blocks.push_back(p);
  auto md = to_markdown(d);
  CHECK(md.find("\na\\*b\\_c\\#d &lt;script&gt; &amp; \\[link\\] \\`code\\` x|y\n\n") !=
        std::string::npos);
}

TEST_CASE("Markdown: a paragraph opening like a list item stays a paragraph", "[unit][exporters]") {
  auto d = small_document();
  model::block p;
  p.kind = model::block_kind::paragraph;
  p.text = "- not a bullet";
  d.items[0].blocks.push_back(p);
  p.text = "+ nor this";
  d.items[0].blocks.push_back(p);
  auto md = to_markdown(d);
  CHECK(md.find("\n\\- not a bullet\n") != std::string::npos);
  CHECK(md.find("\n\\+ nor this\n") != std::string::npos);
}

TEST_CASE("Markdown: item headings, sub-headings and bullets", "[unit][exporters]") {
  auto d = small_document();
  d.items[0].title = "Finance #1";
  model::block h;
  h.kind = model::block_kind::heading;
  h.text = "Budget_2023";
  d.items[0].blocks.push_back(h);
  model::block b;
  b.kind = model::block_kind::bullet;
  b.level = 1;
  b.text = "Nested *point*";
  d.items[0].blocks.push_back(b);
  auto md = to_markdown(d);
  CHECK(md.find("## 1. Finance \\#1\n\n") != std::string::npos);
  CHECK(md.find("#### Budget\\_2023\n\n") != std::string::npos);
  CHECK(md.find("\n  - Nested \\*point\\*\n\n") != std::string::npos);
}

TEST_CASE("Markdown: table cells escape bars and line breaks", "[unit][exporters]") {
  auto d = small_document();
  d.actions.push_back(action_with("split a|b and\nthen <go>", {{"Jane | Smith", "P1"}}));
  auto md = to_markdown(d);
  CHECK(
      md.find(
          "| A1 | Jane \\| Smith | split a\\|b and then &lt;go&gt; | \xE2\x80\x94 | 1 | L4 |\n") !=
      std::string::npos);
}

TEST_CASE("Markdown: attendance table with unknowns as dashes", "[unit][exporters]") {
  auto d = small_document();
  model::attendance a;
  a.person = "P1";
  a.name = "Jane_Smith";
  a.status = model::attendance_status::present;
  a.remote = true;
  a.affiliation = "Team A|B";
  a.where = lines(2, 3);
  d.attendance.push_back(a);
  auto md = to_markdown(d);
  CHECK(md.find("| Jane\\_Smith | present (remote) | \xE2\x80\x94 | \xE2\x80\x94 | Team A\\|B | "
                "\xE2\x80\x94 | L2\xE2\x80\x93"
                "3 |\n") != std::string::npos);
}

TEST_CASE("Markdown: data tables from blocks", "[unit][exporters]") {
  auto d = small_document();
  model::block t;
  t.kind = model::block_kind::table;
  t.text = "Name\tRole\nJane|Smith\tChair";
  d.items[0].blocks.push_back(t);
  auto md = to_markdown(d);
  CHECK(md.find("| Name | Role |\n| --- | --- |\n| Jane\\|Smith | Chair |\n") != std::string::npos);
}

// ---- JSON -----------------------------------------------------------------------------------

TEST_CASE("JSON: unknown values are null", "[unit][exporters]") {
  auto d = small_document();
  d.actions.push_back(action_with("review the policy", {{"Maddie Brown", std::nullopt}}));
  auto j = nlohmann::json::parse(to_json(d));
  CHECK(j["schema_version"] == "1.0");
  CHECK(j["meeting"]["organisation"].is_null());
  CHECK(j["meeting"]["date"].is_null());
  CHECK(j["meeting"]["start_time"].is_null());
  CHECK(j["meeting"]["span"].is_null());
  CHECK(j["next_meeting"].is_null());
  CHECK(j["items"][0]["number"] == "1");
  CHECK(j["items"][0]["purpose"].is_null());
  CHECK(j["actions"][0]["due"].is_null());
  CHECK(j["actions"][0]["resolution"].is_null());
  CHECK(j["actions"][0]["owners"][0]["person"].is_null());
  CHECK(j["actions"][0]["origin"] == "narrative");
  CHECK(j["actions"][0]["span"]["start_line"] == 4);
  CHECK(j["actions"][0]["span"]["end_byte"] == 49);
  CHECK(j["people"].is_array());
  CHECK(j["diagnostics"].is_array());
}

TEST_CASE("JSON: top-level keys in the order of DESIGN.md", "[unit][exporters]") {
  auto d = small_document();
  d.next = model::next_meeting{};
  auto j = nlohmann::ordered_json::parse(to_json(d));
  const std::vector<std::string> design{"schema_version", "source",       "meeting",     "people",
                                        "attendance",     "items",        "resolutions", "motions",
                                        "actions",        "next_meeting", "diagnostics"};
  std::vector<std::string> seen;
  for (const auto& [key, value] : j.items())
    if (std::find(design.begin(), design.end(), key) != design.end()) seen.push_back(key);
  CHECK(seen == design);
  CHECK(j.begin().key() == "schema_version");
  std::vector<std::string> source_keys;
  for (const auto& [key, value] : j["source"].items()) source_keys.push_back(key);
  CHECK(source_keys == std::vector<std::string>{"path", "sha256", "format", "encoding", "bytes"});
  CHECK(j["next_meeting"].is_object());
  CHECK(j["next_meeting"]["date"].is_null());
}

TEST_CASE("JSON: text holding U+FFFD is valid output", "[unit][exporters]") {
  auto d = small_document();
  d.items[0].title = "Caf\xEF\xBF\xBD menu";
  auto out = to_json(d);
  CHECK(out.back() == '\n');
  auto j = nlohmann::json::parse(out);
  CHECK(j["items"][0]["title"] == "Caf\xEF\xBF\xBD menu");
}

TEST_CASE("JSON: invalid UTF-8 that reaches the exporter is replaced", "[unit][exporters]") {
  auto d = small_document();
  d.items[0].title = "Caf\xE9 menu";
  std::string out;
  REQUIRE_NOTHROW(out = to_json(d));
  auto j = nlohmann::json::parse(out);
  CHECK(j["items"][0]["title"] == "Caf\xEF\xBF\xBD menu");
}

TEST_CASE("JSON: motions carry null votes and outcome when unknown", "[unit][exporters]") {
  auto d = small_document();
  model::motion m;
  m.id = "M1";
  m.text = "That the budget be approved";
  d.motions.push_back(m);
  auto j = nlohmann::json::parse(to_json(d));
  CHECK(j["motions"][0]["outcome"].is_null());
  CHECK(j["motions"][0]["votes"].is_null());
  CHECK(j["motions"][0]["named_votes"].is_array());
  CHECK(j["motions"][0]["named_votes"].empty());
  CHECK(j["motions"][0]["span"].is_null());
}

TEST_CASE("JSON Lines: the same document on one line", "[unit][exporters]") {
  auto d = small_document();
  d.items[0].title = "line one\nline two";  // a line break inside a value stays escaped
  d.actions.push_back(action_with("circulate the report", {{"Ann Lee", "P1"}}));
  std::string line = minutes::exporters::to_json_line(d);
  REQUIRE(line.back() == '\n');
  CHECK(line.find('\n') == line.size() - 1);
  auto pretty = nlohmann::ordered_json::parse(to_json(d));
  CHECK(line == pretty.dump() + "\n");
}
