// The pipeline: ingest → layout → extract (see DESIGN.md).
#include "parser/parse.hpp"

#include "parser/extract/families.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/ingest/rendered.hpp"
#include "parser/layout/layout.hpp"
#include "parser/readers/reader.hpp"

namespace minutes::parser {

parse_result parse(std::string bytes, const std::string& path) {
  model::document doc;
  doc.from.path = path;
  doc.from.bytes = bytes.size();
  doc.from.sha256 = sha256_hex(bytes);
  parse_failure why{failure::unreadable, {}};
  std::optional<source_text> src;
  if (const reader* r = reader_for(bytes, path)) {
    auto rendered = r->read(bytes, why);
    if (!rendered) return why;
    src = from_rendered(std::move(bytes), std::move(*rendered), r->format);
    bool any_text = false;
    for (std::size_t i = 0; i < src->lines.size() && !any_text; ++i) any_text = !src->blank(i);
    if (!any_text)
      return parse_failure{failure::empty,
                           std::string("the ") + r->format + " document holds no text"};
  } else {
    src = ingest_text(std::move(bytes), why);
  }
  if (!src) return why;
  doc.from.format = src->format;
  doc.from.encoding = src->encoding;
  doc.diagnostics = src->diagnostics;
  layout lay = lay_out(*src);
  extract_context cx{*src, lay, doc, {}, {}, {}, {}, {}, {}, {}};
  run_families(cx);
  return doc;
}

}  // namespace minutes::parser
