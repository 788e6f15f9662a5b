// Files for the command line: reading one input with clear errors, finding the inputs of a
// batch, and writing outputs atomically (a temporary file renamed into place).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parser/errors.hpp"

namespace minutes::cli {

// Reads `path` ("-" for standard input) whole; nullopt with `why` filled on failure, and
// when it holds more than `max_bytes` (--max-bytes).
std::optional<std::string> read_input(const std::string& path, std::uintmax_t max_bytes,
                                      parser::parse_failure& why);

// Extensions a batch takes from folders (files named on the command line are always taken).
bool batch_extension(const std::filesystem::path& p);

struct batch_input {
  std::filesystem::path path;      // as found
  std::filesystem::path relative;  // under its root folder, for naming outputs
};
// Expands folders (recursively, in sorted order, hidden entries skipped) and files.
// Paths that do not exist are returned too, so that each is reported by name.
std::vector<batch_input> collect_inputs(const std::vector<std::string>& args);

// A path as it may be printed on a terminal: control characters (an escape sequence in a
// file name) shown as '?'.
std::string printable(const std::string& path);

// An output path for input `relative` under `out`: never outside `out` (no "..", no root),
// control characters in names replaced by '_'.
std::filesystem::path output_stem(const std::filesystem::path& out,
                                  const std::filesystem::path& relative,
                                  const std::filesystem::path& fallback);

// Writes `content` to `path` through a temporary file in the same folder and a rename, so a
// reader never sees a partial file. Returns an error message, empty on success.
std::string write_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace minutes::cli
