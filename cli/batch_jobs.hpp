// The jobs of a batch: one per input, named, deduplicated and checked before any is
// converted. A batch holds every job at once, so each is kept small — views into one name
// store, a failure's text apart, what the manifest recorded left in the manifest's file — and
// so are the indexes over them: about 70 bytes an input, and its path's characters (the
// output name most often views them).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/files.hpp"
#include "cli/hash_index.hpp"
#include "cli/manifest.hpp"

namespace minutes::cli {

enum class outcome { failed, converted, unchanged };

// Why a job failed. Most never do, so the text is held apart: a pointer, not 32 bytes.
class failure_text {
 public:
  bool empty() const { return !text_; }
  const std::string& str() const;
  // Empty text means no failure.
  failure_text& operator=(std::string text);

 private:
  std::unique_ptr<std::string> text_;
};
std::ostream& operator<<(std::ostream& out, const failure_text& f);

struct job {
  std::string_view key;           // the input's path: its key in the manifest
  std::string_view stem;          // its outputs, relative to OUT, without extension
  failure_text error;             // why it failed
  std::uint64_t recorded_at = 0;  // where the manifest's line for it starts
  outcome result = outcome::failed;
};

// Which job writes each stem: a name passes from one input to another between runs, and an
// old output is removed only when no input of this batch now writes it.
class stem_owners {
 public:
  // Makes room for `count` jobs of `jobs`.
  void reserve(std::size_t count, const std::vector<job>& jobs) {
    index_.reserve(count, [&](std::size_t k) { return hash_of_name(jobs[k].stem); });
  }
  std::optional<std::size_t> find(std::string_view stem, const std::vector<job>& jobs) const {
    return index_.find(hash_of_name(stem), [&](std::size_t n) { return jobs[n].stem == stem; });
  }
  // Adds job `n`. A stem added twice keeps its first job.
  void add(std::size_t n, const std::vector<job>& jobs) {
    index_.add(n, [&](std::size_t k) { return hash_of_name(jobs[k].stem); });
  }

 private:
  hash_index index_;
};

// The jobs of `inputs`: each input once, in the order found (an input named twice is
// converted once), its outputs named after its relative path. A name taken twice gets the
// input's extension in it, and a name that is an input is refused. The jobs view the names of
// `inputs`, which keeps the output names too; its list is emptied.
std::vector<job> jobs_of(batch_inputs& inputs, const std::filesystem::path& out,
                         stem_owners& owners);

}  // namespace minutes::cli
