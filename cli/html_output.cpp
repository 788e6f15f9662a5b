// HTML output of a batch (see html_output.hpp).
#include "cli/html_output.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

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
                            const document_limits& limits, exporters::html_index_entry& entry,
                            const std::filesystem::path& temp_dir) {
  auto page = html_page(std::move(bytes), path, doc, limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&page)) return failed->reason;
  entry = exporters::html_index_entry_of(doc, file.lexically_relative(out).generic_string());
  return write_atomically(file, std::get<std::string>(page), temp_dir);
}

namespace {

// The counts of an entry, named, in one place for saving and loading.
template <typename Entry, typename Visit>
void each_count(Entry& e, Visit visit) {
  visit("present", e.present);
  visit("apologies", e.apologies);
  visit("items", e.items);
  visit("resolutions", e.resolutions);
  visit("motions", e.motions);
  visit("actions", e.actions);
  visit("diagnostics", e.diagnostics);
}

}  // namespace

std::string save_index_entry(const std::filesystem::path& file,
                             const exporters::html_index_entry& e,
                             const std::filesystem::path& temp_dir) {
  nlohmann::json j = {{"page", e.page}, {"source", e.source}, {"title", e.title}};
  j["organisation"] = e.organisation ? nlohmann::json(*e.organisation) : nlohmann::json();
  j["date"] = e.date ? nlohmann::json(*e.date) : nlohmann::json();
  each_count(e, [&](const char* name, std::size_t n) { j[name] = n; });
  return write_atomically(file, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                          temp_dir);
}

std::optional<exporters::html_index_entry> load_index_entry(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  try {
    exporters::html_index_entry e;
    e.page = j.at("page").get<std::string>();
    e.source = j.at("source").get<std::string>();
    e.title = j.at("title").get<std::string>();
    if (j.at("organisation").is_string()) e.organisation = j["organisation"].get<std::string>();
    if (j.at("date").is_string()) e.date = j["date"].get<std::string>();
    each_count(e, [&](const char* name, std::size_t& n) { n = j.at(name).get<std::size_t>(); });
    return e;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // damaged: the index says so, and a re-run with --force mends it
  }
}

exporters::html_index_entry failed_entry(const std::filesystem::path& input,
                                         const std::string& error) {
  exporters::html_index_entry entry;
  entry.source = input.string();
  entry.error = error;
  return entry;
}

}  // namespace minutes::cli
