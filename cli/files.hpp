// Files for the command line: reading one input with clear errors, finding the inputs of a
// batch, and writing outputs atomically (a temporary file renamed into place).
#pragma once

#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/errors.hpp"

namespace minutes::cli {

// Reads `path` ("-" for standard input) whole; nullopt with `why` filled on failure, and
// when it holds more than `max_bytes` (--max-bytes).
std::optional<std::string> read_input(const std::string& path, std::uintmax_t max_bytes,
                                      parser::parse_failure& why);

// Extensions a batch takes from folders (files named on the command line are always taken).
bool batch_extension(const std::filesystem::path& p);

// The characters of many names, kept in large blocks: a batch holds every input's path and
// output name, and a std::string each would cost 32 bytes and an allocation more per input.
// Views it hands out stay valid while it lives, and when it is moved.
class name_store {
 public:
  std::string_view keep(std::string_view name);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;
  std::size_t left_ = 0;
};

struct batch_input {
  std::string_view path;      // as found
  std::string_view relative;  // under its root folder, for naming outputs
};
// A deque: it grows without a spare half, and a batch of many inputs holds it beside its jobs.
using batch_input_list = std::deque<batch_input>;
struct batch_inputs {
  name_store names;  // the characters the inputs view
  batch_input_list list;
};
// True when path `a` comes before `b` in std::filesystem::path's order (component by
// component), compared as strings.
bool before_in_path_order(std::string_view a, std::string_view b);

// Expands folders (recursively, in sorted order, hidden entries skipped) and files.
// Paths that do not exist are returned too, so that each is reported by name.
batch_inputs collect_inputs(const std::vector<std::string>& args);

// A path as it may be printed on a terminal: control characters (an escape sequence in a
// file name) shown as '?'.
std::string printable(std::string_view path);

// An output path for input `relative` under `out`: never outside `out` (no "..", no root),
// control characters in names replaced by '_'.
std::filesystem::path output_stem(const std::filesystem::path& out,
                                  const std::filesystem::path& relative,
                                  const std::filesystem::path& fallback);

// A file written under a temporary name and renamed into place by commit(), so that a reader
// never sees a partial file. The temporary file is in `temp_dir` when one is given (a batch
// keeps them in its own folder, so that a killed run's leftovers are never taken for outputs
// and are easy to clear; it must be on the same file system), else beside `path`. Removed
// when destroyed uncommitted. A path that names a device, a pipe or a socket ("-o /dev/null",
// "-o /dev/stdout", a named pipe) is written directly: renaming over it would replace it.
class atomic_output {
 public:
  explicit atomic_output(std::filesystem::path path, const std::filesystem::path& temp_dir = {});
  ~atomic_output();
  atomic_output(const atomic_output&) = delete;
  atomic_output& operator=(const atomic_output&) = delete;

  // Why the temporary file could not be made; empty when it is open.
  const std::string& error() const { return error_; }
  std::ofstream& stream() { return out_; }
  // Closes the file and renames it into place. Returns an error message, empty on success.
  std::string commit();

 private:
  std::filesystem::path path_, temp_;
  std::ofstream out_;
  std::string error_;
  bool committed_ = false;
  bool direct_ = false;  // written in place: a device, a pipe or a socket
};

// Writes `content` to `path` through an atomic_output. Returns an error message, empty on
// success.
std::string write_atomically(const std::filesystem::path& path, std::string_view content,
                             const std::filesystem::path& temp_dir = {});

}  // namespace minutes::cli
