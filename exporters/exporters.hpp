// Exporters: pure functions of the model. Each format is one file and one line in the table
// of formats (exporters.cpp) that the CLI consults.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace minutes::exporters {

// One JSON document, pretty-printed, ending with a newline.
std::string to_json(const model::document& doc);
// The same JSON document on one line (no line breaks or indents), ending with a newline:
// JSON Lines, for `minutes map`.
std::string to_json_line(const model::document& doc);
// The Markdown rendering of the whole minutes.
std::string to_markdown(const model::document& doc);

// A CSV table: its file name and its text (header row included).
struct csv_table {
  std::string name;  // "attendance.csv"
  std::string text;
};
// The six CSV tables for a set of documents, keyed by doc_id.
std::vector<csv_table> to_csv(std::span<const model::document* const> docs);

// A stable key for a document across runs and machines: the first 16 hex digits of its
// content's sha256.
std::string doc_id(const model::document& doc);

}  // namespace minutes::exporters
