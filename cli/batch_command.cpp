// `minutes batch`: many documents in parallel into one output folder — per document a JSON
// and a Markdown file (and with --formats html an audit page), and for the whole batch one set
// of CSV tables in input order (and an index.html). Each
// failure is reported with its file and the batch goes on. Batches are incremental: the
// manifest (manifest.hpp) says what each output was made from, and only new or changed
// inputs are converted again; the CSV tables are assembled from per-document rows
// (csv_rows.hpp). A batch killed at any moment resumes where it stopped.
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <minutes/version.hpp>
#include <mutex>
#include <thread>

#include "cli/batch_jobs.hpp"
#include "cli/batch_state.hpp"
#include "cli/commands.hpp"
#include "cli/csv_rows.hpp"
#include "cli/files.hpp"
#include "cli/html_output.hpp"
#include "cli/manifest.hpp"
#include "exporters/exporters.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/parse.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;
namespace {

// ---- Types ---------------------------------------------------------------------------------

// What every job reads; only the manifest's appends are shared writes.
struct batch_context {
  const batch_options& options;
  fs::path out;
  const batch_state& state;
  manifest& recorded;
  const stem_owners& stem_owner;
  const std::vector<job>& jobs;
  bool json = false, md = false, csv = false, html = false;
};

// ---- Helpers -------------------------------------------------------------------------------

bool wants(const batch_options& o, std::string_view format) {
  return std::find(o.formats.begin(), o.formats.end(), format) != o.formats.end();
}

// The audit page of a job, relative to OUT.
std::string page_of(const job& j, const batch_context& c) {
  return html_page_path(c.out, c.out / j.stem, j.key).lexically_relative(c.out).generic_string();
}

// The manifest entry of a job converted in this run from `size` bytes with digest `sha256`.
owned_manifest_entry entry_of(const job& j, std::uintmax_t size, std::string sha256,
                              const batch_context& c) {
  return {std::string(j.key),
          size,
          std::move(sha256),
          minutes::tool_version,
          minutes::schema_version,
          c.json ? std::string(j.stem) + ".json" : "",
          c.md ? std::string(j.stem) + ".md" : "",
          c.csv ? batch_state::rows_name(j.key).generic_string() : "",
          c.html ? page_of(j, c) : ""};
}

// Removes the outputs of `e` that `keep` does not name, and none that another input of this
// batch now writes (a name may pass from one input to another).
void remove_outputs(const manifest_entry& e, const manifest_entry* keep, const batch_context& c) {
  if (!e.html.empty() && !keep) {
    std::error_code ec;
    fs::remove(c.out / batch_state::index_entry_name(e.path), ec);
  }
  for (std::string_view name : {e.json, e.md, e.rows, e.html}) {
    if (name.empty()) continue;
    if (keep &&
        (name == keep->json || name == keep->md || name == keep->rows || name == keep->html))
      continue;
    std::string_view stem = name.substr(0, name.rfind('.'));
    auto owner = c.stem_owner.find(stem, c.jobs);
    if (owner && c.jobs[*owner].key != e.path) continue;
    std::error_code ec;
    fs::remove(c.out / name, ec);
  }
}

// ---- Stages --------------------------------------------------------------------------------

// True when `old` still describes input `bytes` and every output asked for is in place.
bool unchanged(const manifest_entry& old, const job& j, const std::string& bytes,
               const batch_context& c) {
  std::error_code ec;
  return old.size == bytes.size() && old.tool_version == minutes::tool_version &&
         old.schema_version == minutes::schema_version &&
         (!c.json || (old.json == std::string(j.stem) + ".json" &&
                      fs::is_regular_file(c.out / old.json, ec))) &&
         (!c.md ||
          (old.md == std::string(j.stem) + ".md" && fs::is_regular_file(c.out / old.md, ec))) &&
         (!c.csv || (old.rows == batch_state::rows_name(j.key).generic_string() &&
                     rows_intact(c.out / old.rows))) &&
         (!c.html || (old.html == page_of(j, c) && fs::is_regular_file(c.out / old.html, ec) &&
                      fs::is_regular_file(c.out / batch_state::index_entry_name(j.key), ec))) &&
         old.sha256 == parser::sha256_hex(bytes);
}

// Parses the input and writes its outputs. Returns the manifest's entry for it, or nullopt
// with j.error filled on failure.
std::optional<owned_manifest_entry> write_outputs(job& j, std::string bytes,
                                                  const batch_context& c) {
  const auto& o = c.options;
  const std::uintmax_t size = bytes.size();
  std::string source = c.html ? bytes : std::string();  // the page reads its lines again
  auto result = parser::parse(std::move(bytes), std::string(j.key), o.limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&result)) {
    j.error = failed->reason;
    return std::nullopt;
  }
  const auto& doc = std::get<model::document>(result);
  fs::path temp = c.state.temp_dir(), stem = c.out / j.stem;
  if (c.json) j.error = write_atomically(stem.string() + ".json", exporters::to_json(doc), temp);
  if (j.error.empty() && c.md)
    j.error = write_atomically(stem.string() + ".md", exporters::to_markdown(doc), temp);
  if (j.error.empty() && c.csv)
    j.error = write_rows(c.out / batch_state::rows_name(j.key), doc, temp);
  if (j.error.empty() && c.html) {
    exporters::html_index_entry entry;
    j.error = write_html_page(c.out / page_of(j, c), c.out, std::move(source), std::string(j.key),
                              doc, o.limits, entry, temp);
    if (j.error.empty())
      j.error = save_index_entry(c.out / batch_state::index_entry_name(j.key), entry, temp);
  }
  if (!j.error.empty()) return std::nullopt;
  return entry_of(j, size, doc.from.sha256, c);
}

// Converts one input if it is new or changed. The manifest records it only once all its
// outputs are in place, so a kill before that leaves it to be converted again.
void process(job& j, batch_context& c) {
  const std::optional<owned_manifest_entry> before = c.recorded.find(j.key, &j.recorded_at);
  const std::optional<manifest_entry> old = before ? std::optional(before->view()) : std::nullopt;
  auto fail = [&] {
    j.result = outcome::failed;
    if (!old) return;
    // Its old outputs no longer match its input: a from-scratch batch would not have them.
    remove_outputs(*old, nullptr, c);
    c.recorded.forget(j.key);
  };
  if (!j.error.empty()) return fail();
  parser::parse_failure why{parser::failure::unreadable, {}};
  auto bytes = read_input(std::string(j.key), c.options.limits.max_bytes, why);
  if (!bytes) {
    j.error = why.reason;
    return fail();
  }
  if (old && !c.options.force && unchanged(*old, j, *bytes, c)) {
    j.result = outcome::unchanged;
    return;
  }
  const auto owned = write_outputs(j, std::move(*bytes), c);
  if (!owned) return fail();
  const manifest_entry entry = owned->view();
  if (old) remove_outputs(*old, &entry, c);  // those the new entry no longer names
  if (auto err = c.recorded.record(entry, j.recorded_at); !err.empty()) {
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
      progress.update(++done, jobs[i].key);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  progress.finish();
}

// Reports the inputs the manifest knows that this batch no longer has, and with --prune
// removes their outputs. Returns the entries kept in the manifest, sorted by path.
std::vector<owned_manifest_entry> gone_inputs(const std::vector<job>& jobs, batch_context& c,
                                              std::size_t& count) {
  std::vector<owned_manifest_entry> kept;
  if (c.recorded.empty()) return kept;  // a first run: nothing can be gone
  hash_index present;                   // the inputs of this batch
  auto hash_at = [&](std::size_t n) { return hash_of_name(jobs[n].key); };
  present.reserve(jobs.size(), hash_at);
  for (std::size_t n = 0; n < jobs.size(); ++n) present.add(n, hash_at);
  c.recorded.each([&](const manifest_entry& e) {
    if (present.find(hash_of_name(e.path), [&](std::size_t n) { return jobs[n].key == e.path; }))
      return;
    ++count;
    std::cerr << "minutes: " << printable(e.path) << ": no longer among the inputs; "
              << (c.options.prune ? "its outputs were removed (--prune)"
                                  : "its outputs are kept (--prune removes them)")
              << "\n";
    if (!c.options.prune) {
      kept.push_back(owned_manifest_entry::copy_of(e));
      return;
    }
    remove_outputs(e, nullptr, c);
    c.recorded.forget(e.path);  // appended to the file; the entries walked are unchanged
  });
  std::sort(kept.begin(), kept.end(), [](auto& a, auto& b) { return a.path < b.path; });
  return kept;
}

// Streams the entries of the inputs converted or unchanged, in input order, then `kept`.
// They are read back from the manifest's file, where each was recorded or found.
void each_final_entry(const std::vector<job>& jobs, const std::vector<owned_manifest_entry>& kept,
                      const batch_context& c, const manifest::entry_sink& add) {
  for (const auto& j : jobs) {
    if (j.result != outcome::failed) {
      if (auto e = c.recorded.recorded_at(j.recorded_at))
        add(e->view());
      else
        std::cerr << "minutes: " << printable(j.key) << ": its line in the manifest could not be "
                  << "read back; the next run converts it again\n";
    }
  }
  for (const auto& e : kept) add(e.view());
}

}  // namespace

// ---- Public API ----------------------------------------------------------------------------

int run_batch(const batch_options& o) {
  fs::path out(o.output);
  stem_owners owners;
  batch_inputs inputs = collect_inputs(o.inputs);
  std::vector<job> jobs = jobs_of(inputs, out, owners);  // views the names of `inputs`
  if (jobs.empty()) {
    std::cerr << "minutes: no input files found (batch reads .txt, .text, .md, .markdown, .html, "
                 ".htm, .docx and .pdf files in folders, and reports .doc and .rtf ones)\n";
    return exit_some_failed;
  }
  batch_state state(out);
  if (!state.error().empty()) {
    std::cerr << "minutes: " << state.error() << "\n";
    return exit_some_failed;
  }
  manifest recorded(state.manifest_file());
  if (auto warning = recorded.load(); !warning.empty()) std::cerr << "minutes: " << warning << "\n";
  batch_context c{o,
                  out,
                  state,
                  recorded,
                  owners,
                  jobs,
                  wants(o, "json"),
                  wants(o, "md"),
                  wants(o, "csv"),
                  wants(o, "html")};
  // Start from a compacted manifest, whole lines only, and append to it.
  if (auto err = recorded.compact(state.temp_dir()); !err.empty()) {
    std::cerr << "minutes: " << err << "\n";
    return exit_some_failed;
  }

  run_jobs(jobs, c);

  std::size_t count[3] = {0, 0, 0}, removed = 0, errors = 0;
  for (const auto& j : jobs) {
    ++count[static_cast<int>(j.result)];
    if (j.result == outcome::failed)
      std::cerr << "minutes: " << printable(j.key) << ": " << j.error << "\n";
  }
  auto kept = gone_inputs(jobs, c, removed);
  if (c.csv) {
    std::size_t at = 0;
    auto next = [&]() -> std::optional<fs::path> {
      while (at < jobs.size() && jobs[at].result == outcome::failed) ++at;
      if (at == jobs.size()) return std::nullopt;
      return batch_state::rows_name(jobs[at++].key);
    };
    if (auto err = assemble_tables(out, next, state.temp_dir()); !err.empty()) {
      std::cerr << "minutes: " << err << "\n";
      ++errors;
    }
  }
  if (c.html) {
    std::vector<exporters::html_index_entry> index;
    for (const auto& j : jobs) {
      auto entry = j.result == outcome::failed
                       ? std::nullopt
                       : load_index_entry(out / batch_state::index_entry_name(j.key));
      index.push_back(entry ? std::move(*entry)
                            : failed_entry(j.key, j.result == outcome::failed
                                                      ? j.error.str()
                                                      : "its index entry is missing"));
    }
    if (auto err =
            write_atomically(out / "index.html", exporters::to_html_index(index), state.temp_dir());
        !err.empty()) {
      std::cerr << "minutes: " << err << "\n";
      ++errors;
    }
  }
  auto final_entries = [&](const manifest::entry_sink& add) {
    each_final_entry(jobs, kept, c, add);
  };
  if (auto err = recorded.finish(final_entries, state.temp_dir()); !err.empty()) {
    std::cerr << "minutes: " << err << "\n";
    ++errors;
  }
  std::size_t failed = count[static_cast<int>(outcome::failed)];
  std::cerr << "minutes: " << printable(out.string()) << ": converted "
            << count[static_cast<int>(outcome::converted)] << ", unchanged "
            << count[static_cast<int>(outcome::unchanged)] << ", failed " << failed << ", removed "
            << removed << "\n";
  return failed || errors ? exit_some_failed : exit_ok;
}

}  // namespace minutes::cli
