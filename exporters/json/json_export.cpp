// JSON exporter: the document as one pretty-printed JSON object, streamed by json_writer
// with no tree of nodes: a document of 100,000 resolutions costs its output and no more.
// Invalid UTF-8 cannot reach here (ingest repaired it), but the writer replaces any that does
// rather than throw.
#include "exporters/exporters.hpp"
#include "exporters/json/to_json.hpp"

namespace minutes::exporters {

std::string to_json(const model::document& doc) {
  std::string out;
  json_writer w(out);
  w.value(doc);
  out += '\n';
  return out;
}

std::string to_json_line(const model::document& doc) {
  std::string out;
  json_writer w(out, /*compact=*/true);
  w.value(doc);
  out += '\n';
  return out;
}

std::string doc_id(const model::document& doc) {
  return doc.from.sha256.substr(0, 16);
}

}  // namespace minutes::exporters
