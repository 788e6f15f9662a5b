// Exporters: pure functions of the model. Each format is one file and one line in the table
// of formats (exporters.cpp) that the CLI consults.
#pragma once

#include <optional>
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

// The HTML audit page of one document (exporters/html/): the facts beside the source text,
// each fact a link that highlights its lines. `source` is the text the document's spans
// number — its k-th line (lines end with '\n') is line k of every span: the lines as read
// for text, PDF and Word, the file's own lines for Markdown and HTML (cli/source_view.hpp).
std::string to_html(const model::document& doc, std::string_view source);

// One document in the index.html of a batch.
struct html_index_entry {
  std::string page;    // its page, relative to the index and '/'-separated: "2022/may.html"
  std::string source;  // the input's path
  std::string error;   // why it was not converted; empty when it was
  std::string title;   // the meeting's body, else its title, else the file
  std::optional<std::string> organisation, date;
  std::size_t present = 0, apologies = 0, items = 0, resolutions = 0, motions = 0, actions = 0,
              diagnostics = 0;
};
// The index entry of a converted document whose page is `page`.
html_index_entry html_index_entry_of(const model::document& doc, std::string page);
// The index page of a batch: every document with its date and counts, linked to its page.
std::string to_html_index(std::span<const html_index_entry> entries);

// A CSV table: its file name and its text (header row included).
struct csv_table {
  std::string name;  // "attendance.csv"
  std::string text;
};
// The six CSV tables for a set of documents, keyed by doc_id.
std::vector<csv_table> to_csv(std::span<const model::document* const> docs);

// One CSV row (RFC 4180, CRLF, formula-like cells neutralised) appended to `out`, for other
// tables written the same way (the ledger's answers).
void append_csv_row(std::string& out, const std::vector<std::string>& cells);

// A stable key for a document across runs and machines: the first 16 hex digits of its
// content's sha256.
std::string doc_id(const model::document& doc);

}  // namespace minutes::exporters
