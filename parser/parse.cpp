// The pipeline: ingest → layout → extract (see DESIGN.md).
#include "parser/parse.hpp"

#include "parser/extract/families.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/layout/layout.hpp"

namespace minutes::parser {

parse_result parse(std::string bytes, const std::string& path) {
  model::document doc;
  doc.from.path = path;
  doc.from.bytes = bytes.size();
  doc.from.sha256 = sha256_hex(bytes);
  parse_failure why{failure::unreadable, {}};
  auto src = ingest_text(std::move(bytes), why);
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
