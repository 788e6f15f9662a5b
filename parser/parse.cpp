// The pipeline: ingest → layout → extract (see DESIGN.md).
#include "parser/parse.hpp"

#include "parser/extract/families.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/ingest/rendered.hpp"
#include "parser/layout/layout.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

namespace {

// The document's lines, by its reader or as text.
std::optional<source_text> read_source(std::string bytes, const std::string& path,
                                       const parse_limits& limits, parse_failure& why) {
  const reader* r = reader_for(bytes, path);
  if (!r) return ingest_text(std::move(bytes), why);
  auto rendered = r->read(bytes, why, limits);
  if (!rendered) return std::nullopt;
  auto src = from_rendered(std::move(bytes), std::move(*rendered), r->format);
  for (std::size_t i = 0; i < src.lines.size(); ++i)
    if (!src.blank(i)) return src;
  why = parse_failure{failure::empty, std::string("the ") + r->format + " document holds no text"};
  // Say why, when the reader knows: damaged XML, unreadable pages.
  for (const auto& d : src.diagnostics)
    if (d.level == model::severity::error) why.reason += ": " + d.message;
  return std::nullopt;
}

}  // namespace

std::variant<std::string, parse_failure> read_text(std::string bytes, const std::string& path,
                                                   const parse_limits& limits) {
  parse_failure why{failure::unreadable, {}};
  auto src = read_source(std::move(bytes), path, limits, why);
  if (!src) return why;
  std::string out;
  out.reserve(src->text.size() + src->lines.size() * 4);
  for (std::size_t i = 0; i < src->lines.size(); ++i) {
    const line_info& l = src->lines[i];
    if (!src->blank(i)) {
      out.append(l.indent, ' ');
      if (l.bullet != bullet_glyph::none) out += "- ";
    }
    out += src->line(i);
    out += '\n';
  }
  return out;
}

parse_result parse(std::string bytes, const std::string& path, const parse_limits& limits) {
  model::document doc;
  doc.from.path = path;
  doc.from.bytes = bytes.size();
  doc.from.sha256 = sha256_hex(bytes);
  parse_failure why{failure::unreadable, {}};
  auto src = read_source(std::move(bytes), path, limits, why);
  if (!src) return why;
  doc.from.format = src->format;
  doc.from.encoding = src->encoding;
  doc.diagnostics = src->diagnostics;
  const parse_failure out_of_time{failure::out_of_time,
                                  "parsing took longer than the time budget (--time-budget)"};
  if (limits.out_of_time()) return out_of_time;
  layout lay = lay_out(*src);
  if (limits.out_of_time()) return out_of_time;
  extract_context cx{*src, lay, doc, {}, {}, {}, {}, {}, {}, {}, {}};
  if (!run_families(cx, limits)) return out_of_time;
  return doc;
}

}  // namespace minutes::parser
