// A batch's manifest, OUT/.minutes/manifest.tsv (docs/batch-state.md): per input, what was
// converted and into which files, so that a re-run converts only what is new or changed.
// It is a journal: each finished document is appended as one line the moment its outputs
// are in place, and a later line for the same input replaces an earlier one. A killed run
// therefore loses at most the documents it was converting; a last line cut short by the
// kill is ignored. Each run starts and ends by rewriting the file compacted (atomically).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/hash_index.hpp"

namespace minutes::cli {

// One input's record, as the file holds it. Its fields view characters held elsewhere, most
// often an owned_manifest_entry.
struct manifest_entry {
  std::string_view path;          // the input, as the batch found it (the key)
  std::uintmax_t size = 0;        // its size in bytes
  std::string_view sha256;        // hex digest of its bytes
  std::string_view tool_version;  // the minutes that converted it
  std::string_view schema_version;
  std::string_view json, md, rows, html;  // its outputs, relative to OUT; empty when not written
};

// A new entry with its characters.
struct owned_manifest_entry {
  std::string path;
  std::uintmax_t size = 0;
  std::string sha256, tool_version, schema_version, json, md, rows, html;
  manifest_entry view() const {
    return {path, size, sha256, tool_version, schema_version, json, md, rows, html};
  }
  bool operator==(const owned_manifest_entry&) const = default;
  static owned_manifest_entry copy_of(const manifest_entry& e) {
    return {std::string(e.path),
            e.size,
            std::string(e.sha256),
            std::string(e.tool_version),
            std::string(e.schema_version),
            std::string(e.json),
            std::string(e.md),
            std::string(e.rows),
            std::string(e.html)};
  }
};

// The manifest holds about 24 bytes an input in memory, whatever the batch's size: where
// each input's line is in the file and its path's hash. Entries are read back from the file
// when asked for.
class manifest {
 public:
  explicit manifest(std::filesystem::path file) : file_(std::move(file)) {}
  ~manifest() { close(); }
  manifest(const manifest&) = delete;
  manifest& operator=(const manifest&) = delete;

  // Reads the file (missing: an empty manifest), once, before anything else. Returns a
  // warning when the file is not a manifest (it is then taken as empty, so everything is
  // converted again); damaged lines are skipped.
  std::string load();

  // The entry of input `path`, and where its line is (for recorded_at). Safe from several
  // threads while nothing loads, compacts or finishes.
  std::optional<owned_manifest_entry> find(std::string_view path,
                                           std::uint64_t* at = nullptr) const;
  // Hands every entry, in the order the inputs first appeared, to `each`.
  using entry_sink = std::function<void(const manifest_entry&)>;
  void each(const entry_sink& each) const;
  bool empty() const { return live_ == 0; }

  // Rewrites the file atomically with one line per entry, damaged and forgotten ones dropped,
  // and opens it for appending. Returns an error message, empty on success.
  std::string compact(const std::filesystem::path& temp_dir);
  // Rewrites the file atomically with exactly the entries `each` hands to its argument, in
  // that order, streamed; `each` may read the manifest. The manifest is then closed and
  // empty. Returns an error message, empty on success.
  std::string finish(const std::function<void(const entry_sink&)>& each,
                     const std::filesystem::path& temp_dir);
  // Appends that a document is converted (record) or that an input is forgotten (its
  // outputs removed). Safe from several threads; one write(2) per line. Returns an error
  // message, empty on success. `at` receives where the record's line starts in the file.
  std::string record(const manifest_entry& e, std::uint64_t& at);
  std::string forget(std::string_view path);
  // The entry at `at` — recorded since the last compaction, or found — read back from the file:
  // a batch keeps where each input's line is (8 bytes) rather than its digest, size and
  // output names. nullopt when the file holds no whole entry there.
  std::optional<owned_manifest_entry> recorded_at(std::uint64_t at) const;
  // Closes the file.
  void close();

 private:
  static constexpr std::uint64_t gone = ~std::uint64_t{0};  // no line in the file
  struct located_entry {
    std::uint64_t at = 0;    // where its line starts in the file, or gone
    std::uint64_t hash = 0;  // of its path
    bool live = true;        // false once forgotten
  };
  // The entry of `path`, live or forgotten, and its contents in `entry` when asked for.
  std::optional<std::size_t> locate(std::string_view path,
                                    std::optional<owned_manifest_entry>* entry = nullptr) const;
  std::string append(const std::string& line, std::uint64_t* at = nullptr);

  std::filesystem::path file_;
  std::vector<located_entry> entries_;  // in order of first appearance
  hash_index index_;                    // each path's entry
  std::size_t live_ = 0;
  std::mutex mutex_;
  int fd_ = -1;            // appending
  std::uint64_t end_ = 0;  // the file's size while it is open for appending
  int read_fd_ = -1;       // reading entries back
};

}  // namespace minutes::cli
