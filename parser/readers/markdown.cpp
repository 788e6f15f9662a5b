// The Markdown reader (ingest stage): the encoding is settled as for text, front matter is
// copied through line by line, and md4c parses the rest (CommonMark, with GitHub tables,
// task lists and strikethrough); markdown/render.cpp renders md4c's blocks and text as the
// lines the layout stage reads, each with the byte range of the source lines it came from
// (md4c hands out pointers into the text, so positions are exact to the line).
//
// Supported:
//   [x] ATX and setext headings → "## Title"
//   [x] paragraphs → one line, soft-wrapped lines joined with spaces
//   [x] hard breaks (two spaces, backslash, inline <br>) → separate lines, no blank between
//   [x] emphasis, strong, strikethrough → their text; links → link text; inline code → its text
//   [x] images → dropped (alt text is not minutes text)
//   [x] bullet lists → "- item"; an outer ordered list → "3. item" (the agenda item's
//       number), nested lists → "- item"; nested by two spaces a level
//   [x] task lists → "- [ ] text" / "- [x] text"
//   [x] GitHub tables → one line a row, cells joined by a tab, header first, rule row dropped
//   [x] block quotes → "> text"
//   [x] fenced and indented code → their lines as they are
//   [x] YAML ("---") and TOML ("+++") front matter → its lines exactly as in the source
//   [x] character references (&amp;, &#8217;, &#x2019;) decoded
//   [x] raw HTML blocks → rendered by the HTML reader; inline tags dropped, <br> a line break
//   [x] encodings: UTF-8 (with or without BOM), UTF-16, legacy 8-bit (detected as for text)
//   [-] a soft break before a line that opens with a bullet glyph ("• Lena") or a label
//       ("ACTION:", "**Time:**") is kept as a line break: such lines were typed as lines;
//       a bold label inside a line ("… **Moved:** Ann") starts a line of its own
//   [-] thematic breaks separate blocks but leave no line
//   [ ] footnotes, definition lists, math, wiki links (read as plain text)
#include "parser/readers/markdown.hpp"

#include <string>

#include "parser/ingest/encoding.hpp"
#include "parser/readers/markdown/render.hpp"
#include "parser/readers/markup/line_writer.hpp"
#include "parser/readers/markup/source_lines.hpp"

namespace minutes::parser {
namespace {

using markup::line_writer;
using markup::source_lines;

// A front matter block longer than this is not front matter (the layout stage agrees).
constexpr std::size_t front_matter_max_lines = 200;

// ---- Helpers ----------------------------------------------------------------------------

std::string_view line_of(std::string_view text, std::size_t pos, std::size_t& next) {
  std::size_t end = text.find('\n', pos);
  next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line = text.substr(pos, next - pos);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Where the body starts after front matter at the top of `text`, or 0 when there is none.
std::size_t front_matter_end(std::string_view text) {
  std::size_t next = 0;
  std::string_view fence = trim_right(line_of(text, 0, next));
  if (fence != "---" && fence != "+++") return 0;
  for (std::size_t n = 1; next < text.size() && n < front_matter_max_lines; ++n) {
    std::string_view line = trim_right(line_of(text, next, next));
    if (line == fence || (fence == "---" && line == "...")) return next;
  }
  return 0;
}

}  // namespace

// ---- Public API -------------------------------------------------------------------------

std::optional<rendered_document> render_markdown(std::string_view bytes, parse_failure& why,
                                                 const parse_limits& /*limits*/) {
  rendered_document doc;
  if (bytes.empty()) return doc;
  auto enc = detect_encoding(bytes, why);
  if (!enc) return std::nullopt;
  doc.encoding = enc->name;
  source_lines src(bytes, *enc);
  line_writer out(src);
  std::string_view text = src.text();
  std::size_t body = front_matter_end(text);
  // Front matter: its lines exactly as written, fences included; the layout reads them.
  for (std::size_t pos = 0, next = 0; pos < body; pos = next) {
    std::string_view line = line_of(text, pos, next);
    out.text(line, src.line_at(pos), src.line_at(pos));
    out.end_line();
  }
  out.separate();
  markdown::render(src, text.substr(body), out);
  doc.lines = out.take_lines();
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
