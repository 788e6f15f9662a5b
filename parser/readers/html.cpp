// The HTML reader (ingest stage): the page's encoding is settled (byte-order mark, then
// <meta charset> or the XML declaration, then detection as for text), the bytes decoded to
// UTF-8 with a line table back to the file, libxml2's HTML parser builds the tree in
// recover mode, and html/render.cpp walks it into rendered lines.
//
// Supported:
//   [x] <title> as the first line (unless the page repeats it as its first line or heading)
//   [x] h1–h6 → "## Title"; p, div, section, … → lines, with a blank line around paragraphs
//   [x] ul → "- item"; an outer ol → "3. item" (start honoured), nested ones "- item";
//       nested by two spaces a level
//   [x] task lists (<li><input type="checkbox" checked>) → "- [x] text"
//   [x] tables → one line a row, cells joined by a tab; a table inside a cell (page layout)
//       has rows of its own
//   [x] <br> → a line break; <blockquote> → "> text"; <pre> keeps its lines
//   [x] emphasis, links (their text, never the URL), spans, fonts → text; images dropped
//   [x] character references decoded (by libxml2)
//   [x] left out: script, style, head, nav, forms, iframes, media, comments, elements that are
//       hidden (hidden, display:none, mso-hide:all), header / footer / aside outside the
//       page's content when they hold navigation or the page marks its <main>
//   [x] Word-saved HTML: MsoNormal paragraphs, <o:p>, list paragraphs (mso-list, indented by
//       level, their "·" / "1." labels kept), tabs (mso-tab-count) as column gaps,
//       <![if …]> conditionals dropped
//   [x] encodings: BOM, <meta charset>, http-equiv Content-Type, <?xml encoding?>, else
//       detected (UTF-8, UTF-16, Windows-1252, …); ISO-8859-1 and ASCII read as Windows-1252
//   [x] malformed markup read as well as libxml2's recover mode can; any nesting depth
//   [-] a line break in the source before a line that opens with a label ("ACTION:"), a
//       bullet glyph or a speaker ("Yuki:") ends the rendered line; a bold label inside a
//       line ("… <b>Moved:</b> Ann") starts a line of its own
//   [-] every paragraph has a blank line around it, whatever the page's CSS says (Word's
//       MsoNormal paragraphs too; its empty paragraphs leave nothing more)
//   [-] navigation marked only by class or id: "nav", "navbar", "breadcrumb(s)", … only
//   [-] line positions: exact for elements; for text, counted from the element before it
//   [ ] CSS (display, generated content, ::before list numbers) beyond inline styles
#include "parser/readers/html.hpp"

#include <unicode/ucnv.h>

#include <memory>
#include <string>

#include "parser/ingest/encoding.hpp"
#include "parser/readers/html/render.hpp"
#include "parser/readers/markup/line_writer.hpp"
#include "parser/readers/markup/sniff.hpp"
#include "parser/readers/markup/source_lines.hpp"

namespace minutes::parser {
namespace {

// A charset name longer than this is not one.
constexpr std::size_t charset_max_length = 40;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

// The value after `key` ("charset", "encoding") in `tag`, as `key` = "value" or key=value.
std::string value_after(std::string_view tag, std::string_view key) {
  std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  std::size_t i = at + key.size();
  while (i < tag.size() && is_space(tag[i])) ++i;
  if (i >= tag.size() || tag[i] != '=') return {};
  ++i;
  while (i < tag.size() && (is_space(tag[i]) || tag[i] == '"' || tag[i] == '\'')) ++i;
  std::string out;
  while (i < tag.size() && is_name_char(tag[i]) && out.size() < charset_max_length)
    out.push_back(tag[i++]);
  return out;
}

// The charset a page declares in its first bytes (lowercase sample), or "".
std::string declared_charset(std::string_view sample) {
  if (sample.starts_with("<?xml")) {
    std::string enc = value_after(sample.substr(0, sample.find("?>")), "encoding");
    if (!enc.empty()) return enc;
  }
  for (std::size_t at = sample.find("<meta"); at != std::string_view::npos;
       at = sample.find("<meta", at + 5)) {
    std::string_view tag = sample.substr(at, sample.find('>', at) - at);
    std::string charset = value_after(tag, "charset");
    if (!charset.empty()) return charset;
  }
  return {};
}

// The encoding to read the page in: a byte-order mark or UTF-16 first, then what the page
// declares, then what detection finds.
std::optional<detected_encoding> page_encoding(std::string_view bytes, parse_failure& why) {
  auto detected = detect_encoding(bytes, why);
  if (!detected) return std::nullopt;
  if (detected->bom > 0 || detected->family == encoding_family::utf16le ||
      detected->family == encoding_family::utf16be)
    return detected;
  std::string declared = declared_charset(markup::ascii_sample(bytes));
  if (declared.empty()) return detected;
  // A page cannot declare UTF-16 in bytes that are not; browsers read such pages as UTF-8.
  if (declared == "utf-8" || declared == "utf8" || declared.starts_with("utf-16"))
    return detected_encoding{encoding_family::utf8, "UTF-8", 0};
  // ISO-8859-1 and ASCII labels mean Windows-1252 on the web (the WHATWG encoding standard).
  for (std::string_view alias : {"iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
                                 "windows-1252", "cp1252", "x-cp1252"})
    if (declared == alias) return detected_encoding{encoding_family::legacy, "windows-1252", 0};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(declared.c_str(), &status),
                                                          &ucnv_close);
  if (U_FAILURE(status) || !conv) return detected;
  return detected_encoding{encoding_family::legacy, declared, 0};
}

std::string_view without_heading_marks(std::string_view s) {
  while (!s.empty() && s.front() == '#') s.remove_prefix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    char y = b[i] >= 'A' && b[i] <= 'Z' ? static_cast<char>(b[i] + 32) : b[i];
    if (x != y) return false;
  }
  return true;
}

// A page says its title again as its first line or its first heading (<title> is usually
// the <h1>, often with the site's name after it).
bool repeats_title(const std::vector<rendered_line>& lines, std::string_view title) {
  constexpr std::size_t title_search_lines = 20;
  for (std::size_t i = 0; i < lines.size() && i < title_search_lines; ++i) {
    std::string_view text = lines[i].text;
    if (text.empty()) continue;
    bool heading = text.front() == '#';
    if ((i == 0 || heading) && same_text(without_heading_marks(text), title)) return true;
    if (heading) return false;
  }
  return false;
}

}  // namespace

// ---- Public API -------------------------------------------------------------------------

std::optional<rendered_document> render_html(std::string_view bytes, parse_failure& why,
                                             const parse_limits& /*limits*/) {
  rendered_document doc;
  if (bytes.empty()) return doc;
  auto enc = page_encoding(bytes, why);
  if (!enc) return std::nullopt;
  doc.encoding = enc->name;
  markup::source_lines src(bytes, *enc);
  markup::line_writer out(src);
  if (html::doc_ptr parsed = html::parse(src.text())) {
    html::page_title title = html::title_of(parsed.get(), 0);
    html::render(parsed.get(), 0, out);
    doc.lines = out.take_lines();
    if (!title.text.empty() && !repeats_title(doc.lines, title.text)) {
      rendered_line line{title.text, src.original_begin(title.line),
                         src.original_end(title.end_line)};
      rendered_line blank{"", line.byte_end, line.byte_end};
      if (!doc.lines.empty()) doc.lines.insert(doc.lines.begin(), blank);
      doc.lines.insert(doc.lines.begin(), std::move(line));
    }
  }
  if (src.replaced() > 0) {
    model::diagnostic d;
    d.code = "ingest.invalid-bytes";
    d.message = std::to_string(src.replaced()) + " byte sequence(s) were not valid " + enc->name +
                " and were replaced with U+FFFD";
    doc.diagnostics.push_back(std::move(d));
  }
  return doc;
}

}  // namespace minutes::parser
