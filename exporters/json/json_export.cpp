// JSON exporter: the document as one pretty-printed JSON object. Invalid UTF-8 cannot
// reach here (ingest repaired it), but the dump replaces any that does rather than throw.
#include "exporters/exporters.hpp"
#include "exporters/json/to_json.hpp"

namespace minutes::exporters {

std::string to_json(const model::document& doc) {
  model::json j = doc;
  return j.dump(2, ' ', false, model::json::error_handler_t::replace) + "\n";
}

std::string doc_id(const model::document& doc) {
  return doc.from.sha256.substr(0, 16);
}

}  // namespace minutes::exporters
