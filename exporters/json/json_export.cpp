// JSON exporter: the document as one pretty-printed JSON object. The top-level lists are
// written record by record, so the JSON tree held at any moment is one record, not the whole
// document: a document of 100,000 resolutions costs its output, not ten times more.
// Invalid UTF-8 cannot reach here (ingest repaired it), but the dump replaces any that does
// rather than throw.
#include <minutes/version.hpp>

#include "exporters/exporters.hpp"
#include "exporters/json/to_json.hpp"

namespace minutes::exporters {
namespace {

// Appends `value` pretty-printed, its lines indented by `indent` more spaces. JSON strings
// hold no raw line breaks, so every '\n' of the dump starts a line.
void append_indented(std::string& out, const model::json& value, std::size_t indent) {
  std::string text = value.dump(2, ' ', false, model::json::error_handler_t::replace);
  out.reserve(out.size() + text.size() + text.size() / 8);
  std::size_t from = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
    out.append(text, from, nl + 1 - from);
    out.append(indent, ' ');
    from = nl + 1;
  }
  out.append(text, from, std::string::npos);
}

template <typename Records>
void append_list(std::string& out, const Records& records) {
  if (records.empty()) {
    out += "[]";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < records.size(); ++i) {
    out += "    ";
    append_indented(out, model::json(records[i]), 4);
    out += i + 1 < records.size() ? ",\n" : "\n";
  }
  out += "  ]";
}

void append_key(std::string& out, const char* key, bool first = false) {
  out += first ? "{\n  \"" : ",\n  \"";
  out += key;
  out += "\": ";
}

}  // namespace

std::string to_json(const model::document& doc) {
  std::string out;
  append_key(out, "schema_version", true);
  append_indented(out, model::json(minutes::schema_version), 2);
  append_key(out, "source");
  append_indented(out, model::json(doc.from), 2);
  append_key(out, "meeting");
  append_indented(out, model::json(doc.meeting), 2);
  append_key(out, "preamble");
  append_list(out, doc.preamble);
  append_key(out, "people");
  append_list(out, doc.people);
  append_key(out, "attendance");
  append_list(out, doc.attendance);
  append_key(out, "items");
  append_list(out, doc.items);
  append_key(out, "resolutions");
  append_list(out, doc.resolutions);
  append_key(out, "motions");
  append_list(out, doc.motions);
  append_key(out, "actions");
  append_list(out, doc.actions);
  append_key(out, "next_meeting");
  append_indented(out, doc.next ? model::json(*doc.next) : model::json(nullptr), 2);
  append_key(out, "diagnostics");
  append_list(out, doc.diagnostics);
  out += "\n}\n";
  return out;
}

std::string doc_id(const model::document& doc) {
  return doc.from.sha256.substr(0, 16);
}

}  // namespace minutes::exporters
