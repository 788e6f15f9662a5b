// HTML output of a batch (command line): each document's audit page, and the index.html that
// links them all.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "exporters/exporters.hpp"

namespace minutes::cli {

// Where the page of `input`, whose outputs are named `stem` in folder `out`, goes: stem.html,
// unless that is the batch's own index.html; then the input's extension stays in the name.
std::filesystem::path html_page_path(const std::filesystem::path& out,
                                     const std::filesystem::path& stem,
                                     const std::filesystem::path& input);

// Writes the audit page of `doc`, parsed from `bytes` (read from `path`), to `file`, and
// fills `entry` for the index. Returns an error message, empty on success.
std::string write_html_page(const std::filesystem::path& file, const std::filesystem::path& out,
                            std::string bytes, const std::string& path, const model::document& doc,
                            const document_limits& limits, exporters::html_index_entry& entry,
                            const std::filesystem::path& temp_dir);

// A document's index entry kept between incremental runs (as JSON in the batch's state
// folder), so that index.html lists unchanged documents without parsing them again.
std::string save_index_entry(const std::filesystem::path& file,
                             const exporters::html_index_entry& entry,
                             const std::filesystem::path& temp_dir);
std::optional<exporters::html_index_entry> load_index_entry(const std::filesystem::path& file);

// The index entry of an input that was not converted, with the reason.
exporters::html_index_entry failed_entry(const std::filesystem::path& input,
                                         const std::string& error);

}  // namespace minutes::cli
