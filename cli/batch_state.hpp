// The hidden folder a batch keeps in its output folder, OUT/.minutes/ (docs/batch-state.md):
//   manifest.tsv  what was converted from which input (manifest.hpp)
//   rows/         each document's CSV rows, from which the batch's tables are assembled
//                 (csv_rows.hpp)
//   tmp/          files being written, renamed into place when whole; cleared when a run
//                 starts and ends, so a killed run's leftovers are never taken for outputs
//   lock          locked (flock) while a batch writes into OUT: two batches on one folder
//                 would clear each other's temporary files
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace minutes::cli {

class batch_state {
 public:
  // Creates OUT/.minutes if missing, takes its lock and clears tmp/; error() says why not.
  explicit batch_state(const std::filesystem::path& out);
  // Clears tmp/ and releases the lock.
  ~batch_state();
  batch_state(const batch_state&) = delete;
  batch_state& operator=(const batch_state&) = delete;

  const std::string& error() const { return error_; }
  const std::filesystem::path& folder() const { return dir_; }
  std::filesystem::path manifest_file() const { return dir_ / "manifest.tsv"; }
  std::filesystem::path temp_dir() const { return dir_ / "tmp"; }
  // The CSV rows of input `path`, relative to OUT: named after the path's sha256, so that
  // any path gives a safe, fixed-length name.
  static std::filesystem::path rows_name(std::string_view path);
  // The index.html entry of input `path` (html_output.hpp), relative to OUT, named the same way.
  static std::filesystem::path index_entry_name(std::string_view path);

 private:
  std::filesystem::path dir_;
  std::string error_;
  int lock_fd_ = -1;
};

}  // namespace minutes::cli
