// HTML output of a batch (see html_output.hpp).
#include "cli/html_output.hpp"

#include "cli/files.hpp"
#include "cli/source_view.hpp"

namespace minutes::cli {

std::filesystem::path html_page_path(const std::filesystem::path& out,
                                     const std::filesystem::path& stem,
                                     const std::filesystem::path& input) {
  if (stem != out / "index") return std::filesystem::path(stem.string() + ".html");
  std::string ext = input.extension().string();
  return std::filesystem::path(stem.string() + (ext.empty() ? ".page" : ext) + ".html");
}

std::string write_html_page(const std::filesystem::path& file, const std::filesystem::path& out,
                            std::string bytes, const std::string& path, const model::document& doc,
                            const document_limits& limits, exporters::html_index_entry& entry) {
  auto page = html_page(std::move(bytes), path, doc, limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&page)) return failed->reason;
  entry = exporters::html_index_entry_of(doc, file.lexically_relative(out).generic_string());
  return write_atomically(file, std::get<std::string>(page));
}

exporters::html_index_entry failed_entry(const std::filesystem::path& input,
                                         const std::string& error) {
  exporters::html_index_entry entry;
  entry.source = input.string();
  entry.error = error;
  return entry;
}

}  // namespace minutes::cli
