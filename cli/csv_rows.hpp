// A batch's CSV tables, kept per document: each converted document's rows of the six tables
// go to one fragment file (OUT/.minutes/rows/, batch_state.hpp), and the tables are assembled
// by streaming the fragments in input order. Unchanged documents keep their rows without
// being parsed again, and memory stays flat whatever the number of documents.
// A fragment is a line "minutes-rows 1 N1 N2 N3 N4 N5 N6" (the byte counts of each table's
// rows, in the order of exporters::to_csv) followed by those rows.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "model/document.hpp"

namespace minutes::cli {

// Writes the rows of `doc` (no header rows) to `file`, atomically. Returns an error message,
// empty on success.
std::string write_rows(const std::filesystem::path& file, const model::document& doc,
                       const std::filesystem::path& temp_dir);

// True when `file` is a whole fragment: its byte counts add up to its size.
bool rows_intact(const std::filesystem::path& file);

// Hands out the fragments' names (relative to OUT) one at a time, then nullopt: a batch
// derives each from its input rather than holding a list of them.
using next_fragment = std::function<std::optional<std::filesystem::path>()>;

// Writes the six tables into `out`, each atomically: its header row, then the rows of each
// fragment `next` names, in that order. Returns an error message, empty on success.
std::string assemble_tables(const std::filesystem::path& out, const next_fragment& next,
                            const std::filesystem::path& temp_dir);

}  // namespace minutes::cli
