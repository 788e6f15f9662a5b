// Fuzz target: the batch manifest's loader. Any bytes in OUT/.minutes/manifest.tsv (a disk
// error, an edit, another program's file) must load without a crash, and what loads must
// hold together: each entry is found by its path as it was listed, and compacting keeps
// exactly the entries listed, in order, so that compacting again changes nothing.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cli/manifest.hpp"

namespace fs = std::filesystem;
using minutes::cli::manifest;
using minutes::cli::manifest_entry;
using minutes::cli::owned_manifest_entry;

namespace {

const fs::path& folder() {
  static const fs::path dir = [] {
    fs::path d =
        fs::temp_directory_path() / ("minutes-fuzz-manifest-" + std::to_string(::getpid()));
    fs::create_directories(d / "tmp");
    return d;
  }();
  return dir;
}

std::vector<owned_manifest_entry> listed(const manifest& m) {
  std::vector<owned_manifest_entry> out;
  m.each([&](const manifest_entry& e) { out.push_back(owned_manifest_entry::copy_of(e)); });
  return out;
}

std::string contents(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path file = folder() / "manifest.tsv";
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  std::vector<owned_manifest_entry> before;
  {
    manifest m(file);
    (void)m.load();
    before = listed(m);
    for (const auto& e : before) {
      auto found = m.find(e.path);
      if (!found || *found != e) std::abort();
    }
    if (m.empty() != before.empty()) std::abort();
    if (!m.compact(folder() / "tmp").empty()) return 0;  // a file system error, not a finding
  }
  const std::string compacted = contents(file);
  manifest again(file);
  if (!again.load().empty()) std::abort();  // a compacted file is a manifest
  auto after = listed(again);
  if (after.size() != before.size()) std::abort();
  for (std::size_t i = 0; i < after.size(); ++i)
    if (after[i] != before[i]) std::abort();
  if (!again.compact(folder() / "tmp").empty()) return 0;
  if (contents(file) != compacted) std::abort();
  return 0;
}
