// Unit tests of the HTML exporter on documents built by hand: hostile text in every field and
// in the source is escaped (markup, quotes, control characters, malformed UTF-8), lines are
// numbered and linked, links never point past the source, and the index's links cannot be
// read as anything but relative paths. tests/html/check_pages.py checks whole pages.
#include <catch2/catch.hpp>
#include <string>

#include "exporters/exporters.hpp"

using namespace minutes::exporters;
namespace model = minutes::model;

namespace {

// Lines first..last, bytes unknown.
model::span lines(std::size_t first, std::size_t last) {
  return model::span{first, last, 0, 0, {}, {}};
}

std::size_t occurrences(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// True when `s` is well-formed UTF-8 with no control character but tab and LF, and no C1
// control: what an HTML parser reads without a single error.
bool clean_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) return false;
      ++i;
      continue;
    }
    std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (b < 0xC2 || b > 0xF4 || i + n > s.size()) return false;
    if (b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return false;  // C1
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

const std::string hostile = "<script>alert(\"x\")</script> & 'quoted' \x1b[31m\x01\x7f\xff end";

// A document with hostile text in every field the page shows.
model::document hostile_document() {
  model::document d;
  d.from.path = "<script>path.txt";
  d.from.sha256 = std::string(64, 'a');
  d.from.format = "text";
  d.from.encoding = "UTF-8";
  d.meeting.organisation = hostile;
  d.meeting.body = hostile;
  d.meeting.venue = hostile;
  d.meeting.where = lines(1, 2);
  model::attendance a;
  a.person = "P1";
  a.name = hostile;
  a.role = hostile;
  a.on_behalf_of = hostile;
  a.where = lines(2, 2);
  d.attendance.push_back(a);
  model::item item;
  item.id = "I1\" onclick=\"alert(1)";
  item.number = hostile;
  item.title = hostile;
  item.presenters = {hostile};
  item.where = lines(3, 4);
  d.items.push_back(item);
  d.resolutions.push_back({"R1", item.id, hostile, hostile, lines(3, 3)});
  model::action act;
  act.id = "A1";
  act.item = item.id;
  act.owners = {{hostile, std::nullopt}};
  act.text = hostile;
  act.due = hostile;
  act.where = lines(4, 4);
  d.actions.push_back(act);
  d.diagnostics.push_back({model::severity::warning, hostile, hostile, lines(4, 4)});
  return d;
}

const std::string hostile_source = "Title\n" + hostile + "\r\n<b>bold</b>\nlast";

}  // namespace

TEST_CASE("HTML: hostile text is shown, never obeyed", "[unit][exporters][html]") {
  std::string page = to_html(hostile_document(), hostile_source);
  CHECK(occurrences(page, "<script") == 1);  // the page's own, at the end
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("<b>bold") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;") !=
        std::string::npos);
  CHECK(page.find("onclick=\"") == std::string::npos);
  CHECK(page.find("id=\"I1&quot; onclick=&quot;alert(1)\"") != std::string::npos);
  CHECK(clean_utf8(page));
  // ESC, SOH and DEL as their pictures; the malformed byte as U+FFFD.
  CHECK(page.find("\u241b[31m\u2401\u2421\uFFFD end") != std::string::npos);
}

TEST_CASE("HTML: malformed UTF-8 becomes one U+FFFD per maximal subpart",
          "[unit][exporters][html]") {
  model::document d;
  struct replaced {
    std::string in, out;
  };
  const replaced cases[] = {
      {"a\xE2\x82z", "a\uFFFDz"},                            // truncated three-byte sequence
      {"a\xED\xA0\x80z", "a\uFFFD\uFFFD\uFFFDz"},            // a surrogate
      {"a\xC0\xAFz", "a\uFFFD\uFFFDz"},                      // overlong
      {"a\xF4\x90\x80\x80z", "a\uFFFD\uFFFD\uFFFD\uFFFDz"},  // past U+10FFFF
      {"a\xC2\x85z", "a\uFFFDz"},                            // C1 control (NEL)
      {"a\xEF\xB7\x90z", "a\uFFFDz"},                        // noncharacter U+FDD0
      {"a\xF0\x9F\xBF\xBEz", "a\uFFFDz"},                    // noncharacter U+1FFFE
      {"a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80z", "a\u00E9\u2014\U0001F600z"},  // kept
      {std::string("a\0z", 3), "a\u2400z"},                                    // NUL
  };
  for (const auto& c : cases) {
    std::string page = to_html(d, c.in);
    INFO(c.out);
    CHECK(page.find("<a href=\"#L1\">1</a>" + c.out + "</p>") != std::string::npos);
    CHECK(clean_utf8(page));
  }
}

TEST_CASE("HTML: every source line has an id and a link to itself", "[unit][exporters][html]") {
  model::document d;
  std::string page = to_html(d, "one\r\n\ntwo\rthree\nlast");
  CHECK(page.find("<p id=\"L1\"><a href=\"#L1\">1</a>one</p>\n") != std::string::npos);
  CHECK(page.find("<p id=\"L2\"><a href=\"#L2\">2</a></p>\n") != std::string::npos);
  CHECK(page.find("<p id=\"L3\"><a href=\"#L3\">3</a>two\u240Dthree</p>\n") != std::string::npos);
  CHECK(page.find("<p id=\"L4\"><a href=\"#L4\">4</a>last</p>\n") != std::string::npos);
  CHECK(page.find("id=\"L5\"") == std::string::npos);
  CHECK(page.find("Source text, 4 lines") != std::string::npos);
  CHECK(to_html(d, "").find("Source text, 0 lines") != std::string::npos);
}

TEST_CASE("HTML: facts link to their first line and carry their last", "[unit][exporters][html]") {
  model::document d = hostile_document();
  std::string page = to_html(d, "1\n2\n3\n4\n");
  CHECK(page.find("<a class=\"f\" href=\"#L3\" data-end=\"4\" id=\"I1&quot;") != std::string::npos);
  CHECK(page.find("<a class=\"f\" href=\"#L4\" id=\"A1\">") != std::string::npos);
  CHECK(page.find("<span class=\"ln\">L3–4</span>") != std::string::npos);
}

TEST_CASE("HTML: no link points past the source", "[unit][exporters][html]") {
  model::document d = hostile_document();
  d.actions[0].where = lines(7, 9);  // wholly past a 3-line source
  d.items[0].where = lines(3, 9);    // partly past it
  std::string page = to_html(d, "1\n2\n3\n");
  CHECK(page.find("<div class=\"f\" id=\"A1\">") != std::string::npos);
  CHECK(page.find("href=\"#L7\"") == std::string::npos);
  CHECK(page.find("<a class=\"f\" href=\"#L3\" id=\"I1&quot;") != std::string::npos);
  CHECK(page.find("data-end=\"9\"") == std::string::npos);
}

TEST_CASE("HTML: the page loads nothing and allows only its own code", "[unit][exporters][html]") {
  std::string page = to_html(hostile_document(), hostile_source);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(page.find("default-src 'none'; style-src 'sha256-") != std::string::npos);
  CHECK(page.find("script-src 'sha256-") != std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("://") == std::string::npos);
}

TEST_CASE("HTML index: pages as plain relative links, failures with their reason",
          "[unit][exporters][html]") {
  html_index_entry converted;
  converted.page = "javascript:alert(1) #?.html";
  converted.source = "in/javascript:alert(1).txt";
  converted.title = hostile;
  converted.date = "2024-03-01";
  converted.actions = 3;
  html_index_entry failed;
  failed.source = "bad<b>.txt";
  failed.error = "the file is empty <script>";
  const html_index_entry entries[] = {converted, failed};
  std::string index = to_html_index(entries);
  CHECK(index.find("<a href=\"./javascript%3Aalert%281%29%20%23%3F.html\">") != std::string::npos);
  CHECK(index.find("bad&lt;b&gt;.txt") != std::string::npos);
  CHECK(index.find("the file is empty &lt;script&gt;") != std::string::npos);
  CHECK(index.find("<script") == std::string::npos);
  CHECK(index.find("script-src 'none'") != std::string::npos);
  CHECK(index.find("Minutes: 2 documents") != std::string::npos);
  CHECK(clean_utf8(index));
}
