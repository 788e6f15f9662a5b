// `minutes batch`: many documents in parallel into one output folder — per document a JSON
// and a Markdown file, and for the whole batch one set of CSV tables in input order. Each
// failure is reported with its file and the batch goes on.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "cli/html_output.hpp"
#include "exporters/exporters.hpp"
#include "parser/parse.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;
namespace {

struct job {
  batch_input input;
  fs::path json_out, md_out;          // where this document's files go
  std::string error;                  // empty when converted
  std::vector<std::string> csv_rows;  // per CSV table, this document's rows
  fs::path html_out;                  // its audit page
  exporters::html_index_entry index;  // its line in index.html
};

bool wants(const batch_options& o, std::string_view format) {
  return std::find(o.formats.begin(), o.formats.end(), format) != o.formats.end();
}

// Output names follow the inputs' relative paths; a name taken twice gets the input's
// extension in it, and a name that is an input is refused.
void name_outputs(std::vector<job>& jobs, const fs::path& out) {
  std::set<fs::path> taken, inputs;
  for (const auto& j : jobs) {
    std::error_code ec;
    inputs.insert(fs::weakly_canonical(j.input.path, ec));
  }
  for (auto& j : jobs) {
    fs::path stem = output_stem(out, j.input.relative, j.input.path);
    // A second input with the same stem ("a.txt", "a.md") keeps its extension in the name.
    if (taken.count(stem)) stem += j.input.path.extension();
    taken.insert(stem);
    j.json_out = fs::path(stem.string() + ".json");
    j.md_out = fs::path(stem.string() + ".md");
    j.html_out = html_page_path(out, stem, j.input.path);
    std::error_code ec;
    if (inputs.count(fs::weakly_canonical(j.json_out, ec)) ||
        inputs.count(fs::weakly_canonical(j.md_out, ec)) ||
        inputs.count(fs::weakly_canonical(j.html_out, ec)))
      j.error = "its output would overwrite an input; choose another -o folder";
  }
}

void convert(job& j, const batch_options& o) {
  if (!j.error.empty()) return;
  std::string path = j.input.path.string();
  parser::parse_failure why{parser::failure::unreadable, {}};
  auto bytes = read_input(path, o.limits.max_bytes, why);
  if (!bytes) {
    j.error = why.reason;
    return;
  }
  std::string html_bytes = wants(o, "html") ? *bytes : std::string();  // read again for its lines
  auto result = parser::parse(std::move(*bytes), path, o.limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&result)) {
    j.error = failed->reason;
    return;
  }
  const auto& doc = std::get<model::document>(result);
  if (wants(o, "json")) j.error = write_atomically(j.json_out, exporters::to_json(doc));
  if (j.error.empty() && wants(o, "md"))
    j.error = write_atomically(j.md_out, exporters::to_markdown(doc));
  if (j.error.empty() && wants(o, "html"))
    j.error = write_html_page(j.html_out, fs::path(o.output), std::move(html_bytes), path, doc,
                              o.limits, j.index);
  if (j.error.empty() && wants(o, "csv")) {
    const model::document* docs[] = {&doc};
    for (auto& t : exporters::to_csv(docs)) {
      std::size_t header_end = t.text.find("\r\n");
      j.csv_rows.push_back(header_end == std::string::npos ? std::string()
                                                           : t.text.substr(header_end + 2));
    }
  }
}

class progress_line {
 public:
  progress_line(bool enabled, std::size_t total)
      : enabled_(enabled && ::isatty(2)), total_(total) {}
  void update(std::size_t done, const fs::path& current) {
    if (!enabled_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    std::string name = current.filename().string();
    if (name.size() > 50) name = name.substr(0, 47) + "...";
    std::cerr << "\r\033[K[" << done << "/" << total_ << "] " << name << std::flush;
  }
  void finish() {
    if (enabled_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  bool enabled_;
  std::size_t total_;
  std::mutex mutex_;
};

}  // namespace

int run_batch(const batch_options& o) {
  std::vector<job> jobs;
  for (auto& input : collect_inputs(o.inputs))
    jobs.push_back({std::move(input), {}, {}, {}, {}, {}, {}});
  if (jobs.empty()) {
    std::cerr << "minutes: no input files found (batch reads .txt, .text, .md, .markdown, .html, "
                 ".htm, .docx and .pdf files in folders, and reports .doc and .rtf ones)\n";
    return exit_some_failed;
  }
  fs::path out(o.output);
  name_outputs(jobs, out);
  unsigned workers = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, static_cast<unsigned>(jobs.size()));
  std::atomic<std::size_t> next{0}, done{0};
  progress_line progress(o.progress, jobs.size());
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      convert(jobs[i], o);
      progress.update(++done, jobs[i].input.path);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  progress.finish();

  std::size_t failed = 0;
  for (const auto& j : jobs) {
    if (j.error.empty()) continue;
    ++failed;
    std::cerr << "minutes: " << printable(j.input.path.string()) << ": " << j.error << "\n";
  }
  if (wants(o, "csv")) {
    const model::document* none[] = {nullptr};
    auto tables = exporters::to_csv(std::span<const model::document* const>(none, 0));
    for (std::size_t t = 0; t < tables.size(); ++t) {
      std::string text = tables[t].text;
      for (const auto& j : jobs)
        if (j.error.empty() && t < j.csv_rows.size()) text += j.csv_rows[t];
      if (auto err = write_atomically(out / tables[t].name, text); !err.empty()) {
        std::cerr << "minutes: " << err << "\n";
        ++failed;
      }
    }
  }
  if (wants(o, "html")) {
    std::vector<exporters::html_index_entry> index;
    for (auto& j : jobs)
      index.push_back(j.error.empty() ? std::move(j.index) : failed_entry(j.input.path, j.error));
    if (auto err = write_atomically(out / "index.html", exporters::to_html_index(index));
        !err.empty()) {
      std::cerr << "minutes: " << err << "\n";
      ++failed;
    }
  }
  std::size_t converted = jobs.size() - std::min(failed, jobs.size());
  if (::isatty(2) || failed)
    std::cerr << "minutes: converted " << converted << " of " << jobs.size() << " file(s) into "
              << out.string() << "\n";
  return failed ? exit_some_failed : exit_ok;
}

}  // namespace minutes::cli
