// `minutes batch`: many documents in parallel into one output folder — per document a JSON
// and a Markdown file, and for the whole batch one set of CSV tables in input order. Each
// failure is reported with its file and the batch goes on. Batches are incremental: the
// manifest (manifest.hpp) says what each output was made from, and only new or changed
// inputs are converted again; the CSV tables are assembled from per-document rows
// (csv_rows.hpp). A batch killed at any moment resumes where it stopped.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <minutes/version.hpp>
#include <mutex>
#include <set>
#include <thread>

#include "cli/batch_state.hpp"
#include "cli/commands.hpp"
#include "cli/csv_rows.hpp"
#include "cli/files.hpp"
#include "cli/manifest.hpp"
#include "exporters/exporters.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/parse.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;
namespace {

// ---- Types ---------------------------------------------------------------------------------

enum class outcome { failed, converted, unchanged };

struct job {
  batch_input input;
  std::string key;                     // the input's path: its key in the manifest
  std::string json_out, md_out, rows;  // where its outputs go, relative to OUT
  std::string error;                   // why it failed
  outcome result = outcome::failed;
  manifest_entry entry;  // what the manifest holds for it after this run
};

// What every job reads; only the manifest's appends are shared writes.
struct batch_context {
  const batch_options& options;
  fs::path out;
  const batch_state& state;
  manifest& recorded;
  std::map<std::string, std::string> owner;  // output name (relative to OUT) -> input key
  bool json = false, md = false, csv = false;
};

// ---- Helpers -------------------------------------------------------------------------------

bool wants(const batch_options& o, std::string_view format) {
  return std::find(o.formats.begin(), o.formats.end(), format) != o.formats.end();
}

std::string relative_name(const fs::path& p, const fs::path& out) {
  return p.lexically_relative(out).generic_string();
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
    fs::path json(stem.string() + ".json"), md(stem.string() + ".md");
    j.json_out = relative_name(json, out);
    j.md_out = relative_name(md, out);
    j.rows = batch_state::rows_name(j.key).generic_string();
    std::error_code ec;
    if (inputs.count(fs::weakly_canonical(json, ec)) || inputs.count(fs::weakly_canonical(md, ec)))
      j.error = "its output would overwrite an input; choose another -o folder";
  }
}

// Removes the outputs `e` records, but none that an input of this batch other than `e`'s
// own now writes (its name may have passed to another input).
void remove_outputs(const manifest_entry& e, const batch_context& c) {
  for (const std::string* name : {&e.json, &e.md, &e.rows}) {
    if (name->empty()) continue;
    auto it = c.owner.find(*name);
    if (it != c.owner.end() && it->second != e.path) continue;
    std::error_code ec;
    fs::remove(c.out / *name, ec);
  }
}

// ---- Stages --------------------------------------------------------------------------------

// True when `old` still describes input `bytes` and every output asked for is in place.
bool unchanged(const manifest_entry& old, const job& j, const std::string& bytes,
               const batch_context& c) {
  std::error_code ec;
  return old.size == bytes.size() && old.tool_version == minutes::tool_version &&
         old.schema_version == minutes::schema_version &&
         (!c.json || (old.json == j.json_out && fs::is_regular_file(c.out / old.json, ec))) &&
         (!c.md || (old.md == j.md_out && fs::is_regular_file(c.out / old.md, ec))) &&
         (!c.csv || (old.rows == j.rows && rows_intact(c.out / old.rows))) &&
         old.sha256 == parser::sha256_hex(bytes);
}

// Parses the input and writes its outputs; false with j.error filled on failure.
bool write_outputs(job& j, std::string bytes, const batch_context& c) {
  const auto& o = c.options;
  std::uintmax_t size = bytes.size();
  auto result = parser::parse(std::move(bytes), j.key, o.limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&result)) {
    j.error = failed->reason;
    return false;
  }
  const auto& doc = std::get<model::document>(result);
  fs::path temp = c.state.temp_dir();
  if (c.json) j.error = write_atomically(c.out / j.json_out, exporters::to_json(doc), temp);
  if (j.error.empty() && c.md)
    j.error = write_atomically(c.out / j.md_out, exporters::to_markdown(doc), temp);
  if (j.error.empty() && c.csv) j.error = write_rows(c.out / j.rows, doc, temp);
  if (!j.error.empty()) return false;
  j.entry = {j.key,
             size,
             doc.from.sha256,
             minutes::tool_version,
             minutes::schema_version,
             c.json ? j.json_out : "",
             c.md ? j.md_out : "",
             c.csv ? j.rows : ""};
  return true;
}

// Converts one input if it is new or changed. The manifest records it only once all its
// outputs are in place, so a kill before that leaves it to be converted again.
void process(job& j, batch_context& c) {
  const manifest_entry* old = c.recorded.find(j.key);
  auto fail = [&] {
    j.result = outcome::failed;
    if (!old) return;
    // Its old outputs no longer match its input: a from-scratch batch would not have them.
    remove_outputs(*old, c);
    c.recorded.forget(j.key);
  };
  if (!j.error.empty()) return fail();
  parser::parse_failure why{parser::failure::unreadable, {}};
  auto bytes = read_input(j.key, c.options.limits.max_bytes, why);
  if (!bytes) {
    j.error = why.reason;
    return fail();
  }
  if (old && !c.options.force && unchanged(*old, j, *bytes, c)) {
    j.entry = *old;
    j.result = outcome::unchanged;
    return;
  }
  if (!write_outputs(j, std::move(*bytes), c)) return fail();
  if (old) {
    manifest_entry stale = *old;  // outputs the new entry no longer names
    for (std::string* name : {&stale.json, &stale.md, &stale.rows})
      if (*name == j.entry.json || *name == j.entry.md || *name == j.entry.rows) name->clear();
    remove_outputs(stale, c);
  }
  if (auto err = c.recorded.record(j.entry); !err.empty()) {
    j.error = err;
    return fail();
  }
  j.result = outcome::converted;
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

void run_jobs(std::vector<job>& jobs, batch_context& c) {
  unsigned workers =
      c.options.jobs ? c.options.jobs : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, static_cast<unsigned>(jobs.size()));
  std::atomic<std::size_t> next{0}, done{0};
  progress_line progress(c.options.progress, jobs.size());
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      process(jobs[i], c);
      progress.update(++done, jobs[i].input.path);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  progress.finish();
}

// Reports the inputs the manifest knows that this batch no longer has, and with --prune
// removes their outputs. Returns the entries kept in the manifest.
std::vector<manifest_entry> gone_inputs(const std::vector<job>& jobs, batch_context& c,
                                        std::size_t& count) {
  std::set<std::string> present;
  for (const auto& j : jobs) present.insert(j.key);
  std::vector<manifest_entry> kept;
  for (const manifest_entry* e : c.recorded.entries()) {
    if (present.count(e->path)) continue;
    ++count;
    std::cerr << "minutes: " << printable(e->path) << ": no longer among the inputs; "
              << (c.options.prune ? "its outputs were removed (--prune)"
                                  : "its outputs are kept (--prune removes them)")
              << "\n";
    if (!c.options.prune) {
      kept.push_back(*e);
      continue;
    }
    remove_outputs(*e, c);
    c.recorded.forget(e->path);
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return kept;
}

}  // namespace

// ---- Public API ----------------------------------------------------------------------------

int run_batch(const batch_options& o) {
  std::vector<job> jobs;
  std::set<std::string> seen;
  for (auto& input : collect_inputs(o.inputs)) {
    std::string key = input.path.string();
    if (seen.insert(key).second) jobs.push_back({std::move(input), key, {}, {}, {}, {}, {}, {}});
  }
  if (jobs.empty()) {
    std::cerr << "minutes: no input files found (batch reads .txt, .text, .md, .markdown, .html, "
                 ".htm, .docx and .pdf files in folders, and reports .doc and .rtf ones)\n";
    return exit_some_failed;
  }
  fs::path out(o.output);
  name_outputs(jobs, out);
  batch_state state(out);
  if (!state.error().empty()) {
    std::cerr << "minutes: " << state.error() << "\n";
    return exit_some_failed;
  }
  manifest recorded(state.manifest_file());
  if (auto warning = recorded.load(); !warning.empty()) std::cerr << "minutes: " << warning << "\n";
  batch_context c{o, out, state, recorded, {}, wants(o, "json"), wants(o, "md"), wants(o, "csv")};
  for (const auto& j : jobs)
    for (const std::string* name : {&j.json_out, &j.md_out, &j.rows}) c.owner[*name] = j.key;
  // Start from a compacted manifest, whole lines only, and append to it.
  std::vector<manifest_entry> start;
  for (const manifest_entry* e : recorded.entries()) start.push_back(*e);
  if (auto err = recorded.rewrite(start, state.temp_dir()); !err.empty()) {
    std::cerr << "minutes: " << err << "\n";
    return exit_some_failed;
  }
  start.clear();

  run_jobs(jobs, c);

  std::size_t count[3] = {0, 0, 0}, removed = 0;
  for (const auto& j : jobs) {
    ++count[static_cast<int>(j.result)];
    if (j.result == outcome::failed)
      std::cerr << "minutes: " << printable(j.key) << ": " << j.error << "\n";
  }
  std::vector<manifest_entry> kept = gone_inputs(jobs, c, removed);
  std::size_t errors = 0;
  if (c.csv) {
    std::vector<fs::path> fragments;
    for (const auto& j : jobs)
      if (j.result != outcome::failed) fragments.push_back(out / j.entry.rows);
    if (auto err = assemble_tables(out, fragments, state.temp_dir()); !err.empty()) {
      std::cerr << "minutes: " << err << "\n";
      ++errors;
    }
  }
  std::vector<manifest_entry> final_entries;
  for (const auto& j : jobs)
    if (j.result != outcome::failed) final_entries.push_back(j.entry);
  final_entries.insert(final_entries.end(), kept.begin(), kept.end());
  if (auto err = recorded.rewrite(final_entries, state.temp_dir()); !err.empty()) {
    std::cerr << "minutes: " << err << "\n";
    ++errors;
  }
  recorded.close();
  std::size_t failed = count[static_cast<int>(outcome::failed)];
  std::cerr << "minutes: " << printable(out.string()) << ": converted "
            << count[static_cast<int>(outcome::converted)] << ", unchanged "
            << count[static_cast<int>(outcome::unchanged)] << ", failed " << failed << ", removed "
            << removed << "\n";
  return failed || errors ? exit_some_failed : exit_ok;
}

}  // namespace minutes::cli
