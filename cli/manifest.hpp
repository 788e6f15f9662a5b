// A batch's manifest, OUT/.minutes/manifest.tsv (docs/batch-state.md): per input, what was
// converted and into which files, so that a re-run converts only what is new or changed.
// It is a journal: each finished document is appended as one line the moment its outputs
// are in place, and a later line for the same input replaces an earlier one. A killed run
// therefore loses at most the documents it was converting; a last line cut short by the
// kill is ignored. Each run starts and ends by rewriting the file compacted (atomically).
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/files.hpp"
#include "cli/string_index.hpp"

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
};

class manifest {
 public:
  explicit manifest(std::filesystem::path file) : file_(std::move(file)) {}
  ~manifest() { close(); }
  manifest(const manifest&) = delete;
  manifest& operator=(const manifest&) = delete;

  // Reads the file (missing: an empty manifest). Returns a warning when the file is not a
  // manifest (it is then taken as empty, so everything is converted again); damaged lines
  // are skipped.
  std::string load();

  // The entry of input `path`.
  std::optional<owned_manifest_entry> find(std::string_view path) const;
  // Hands every entry, in the order the inputs first appeared, to `each`.
  using entry_sink = std::function<void(const manifest_entry&)>;
  void each(const entry_sink& each) const;
  bool empty() const { return live_ == 0; }

  // Rewrites the file atomically with exactly the entries `each` hands to its argument, in
  // that order, streamed, and opens it for appending. Returns an error message, empty on
  // success.
  std::string rewrite(const std::function<void(const entry_sink&)>& each,
                      const std::filesystem::path& temp_dir);
  // Appends that a document is converted (record) or that an input is forgotten (its
  // outputs removed). Safe from several threads; one write(2) per line. Returns an error
  // message, empty on success. `at` receives where the record's line starts in the file.
  std::string record(const manifest_entry& e, std::uint64_t& at);
  std::string forget(std::string_view path);
  // The entry recorded at `at` since the last rewrite, read back from the file: a batch
  // keeps where each converted input's line is (8 bytes) rather than its digest, size and
  // output names. nullopt when the file cannot be read there.
  std::optional<owned_manifest_entry> recorded_at(std::uint64_t at);
  // Closes the file.
  void close();

 private:
  // A loaded entry as a re-run of a large batch holds one per input: the digest as its 32
  // bytes, the versions as a number, the output names in one run of characters.
  struct stored_entry {
    std::string_view path;
    std::string_view outputs;  // json, md, rows and html, each followed by '\0'
    std::uintmax_t size = 0;
    std::array<unsigned char, 32> sha256{};
    std::uint32_t versions = 0;  // in versions_
    bool live = true;            // false once forgotten
  };
  owned_manifest_entry owned(const stored_entry& e) const;
  std::uint32_t versions_of(std::string_view tool, std::string_view schema);
  std::string append(const std::string& line, std::uint64_t* at = nullptr);

  std::filesystem::path file_;
  std::vector<stored_entry> entries_;  // in order of first appearance
  std::size_t live_ = 0;
  name_store characters_;                                      // of the loaded entries
  string_index index_;                                         // each path's entry
  std::vector<std::pair<std::string, std::string>> versions_;  // tool, schema
  std::mutex mutex_;
  int fd_ = -1;
  std::uint64_t end_ = 0;  // the file's size while it is open for appending
  int read_fd_ = -1;       // for recorded_at, opened when first needed
};

}  // namespace minutes::cli
