// The jobs of a batch (see batch_jobs.hpp).
#include "cli/batch_jobs.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "cli/html_output.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;

const std::string& failure_text::str() const {
  static const std::string none;
  return text_ ? *text_ : none;
}

failure_text& failure_text::operator=(std::string text) {
  if (text.empty())
    text_.reset();
  else
    text_ = std::make_unique<std::string>(std::move(text));
  return *this;
}

std::ostream& operator<<(std::ostream& out, const failure_text& f) {
  return out << f.str();
}

namespace {

// fs::weakly_canonical of many paths in few folders. weakly_canonical makes a system call or
// two for every component of every path (40 per document of a batch, most of its system
// time); here each folder is resolved once, and a last component on its own only when it is
// a symbolic link.
class canonical_paths {
 public:
  std::string of(const fs::path& p) {
    std::error_code ec;
    fs::path name = p.filename();
    if (name.empty() || name == "." || name == ".." || fs::is_symlink(fs::symlink_status(p, ec)))
      return fs::weakly_canonical(p, ec).string();
    fs::path parent = p.parent_path();
    auto [it, fresh] = folders_.try_emplace(parent.string());
    if (fresh) it->second = fs::weakly_canonical(parent.empty() ? fs::path(".") : parent, ec);
    return (it->second / name).string();
  }

 private:
  std::unordered_map<std::string, fs::path> folders_;
};

// Which inputs are named more than once: all but the first of each path. Input numbers
// sorted by path, not a set of the paths, so that it costs 8 bytes an input.
std::vector<bool> repeated_inputs(const batch_input_list& list) {
  std::vector<std::size_t> order(list.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return list[a].path < list[b].path; });
  std::vector<bool> repeated(list.size());
  for (std::size_t k = 1; k < order.size(); ++k)
    repeated[order[k]] = list[order[k]].path == list[order[k - 1]].path;
  return repeated;
}

}  // namespace

std::vector<job> jobs_of(batch_inputs& inputs, const fs::path& out, stem_owners& owners) {
  batch_input_list& list = inputs.list;
  const std::vector<bool> repeated = repeated_inputs(list);
  std::vector<job> jobs;
  // Reserved for every job: the stem index reads the jobs made before.
  jobs.reserve(static_cast<std::size_t>(std::count(repeated.begin(), repeated.end(), false)));
  owners.reserve(jobs.capacity(), jobs);
  for (std::size_t input = 0; input < list.size(); ++input) {
    if (repeated[input]) continue;
    const std::size_t i = jobs.size();
    job& j = jobs.emplace_back();
    j.key = list[input].path;
    fs::path path(j.key);
    std::string stem =
        output_stem(out, list[input].relative, path).lexically_relative(out).generic_string();
    // A second input with the same stem ("a.txt", "a.md") keeps its extension in the name;
    // one more, from another folder named on the command line ("d1/a.txt", "d2/a.txt"), a
    // number too, so that no input's outputs overwrite another's.
    if (owners.find(stem, jobs)) {
      stem += path.extension().string();
      std::string base = stem;
      for (int n = 2; owners.find(stem, jobs); ++n) stem = base + "-" + std::to_string(n);
    }
    // Most often the input's own path holds the name ("docs/a.txt" and "a"): then it views
    // those characters rather than keeping them again.
    std::size_t within = j.key.find(stem);
    j.stem = within != std::string_view::npos ? j.key.substr(within, stem.size())
                                              : inputs.names.keep(stem);
    owners.add(i, jobs);
  }
  batch_input_list().swap(list);  // its memory freed, not only its elements
  // The inputs by the hash of their canonical path, sorted (a match is confirmed on the
  // path): the paths themselves would double the batch's memory.
  canonical_paths canonical;
  const std::hash<std::string> hash;
  std::vector<std::pair<std::size_t, std::size_t>> input_at;  // hash, job
  input_at.reserve(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i)
    input_at.emplace_back(hash(canonical.of(jobs[i].key)), i);
  std::sort(input_at.begin(), input_at.end());
  auto is_input = [&](const fs::path& p) {
    std::string c = canonical.of(p);
    auto at =
        std::lower_bound(input_at.begin(), input_at.end(), std::pair{hash(c), std::size_t{0}});
    for (; at != input_at.end() && at->first == hash(c); ++at)
      if (canonical.of(jobs[at->second].key) == c) return true;
    return false;
  };
  for (job& j : jobs) {
    fs::path stem = out / j.stem;
    fs::path json(stem.string() + ".json"), md(stem.string() + ".md");
    if (is_input(json) || is_input(md) || is_input(html_page_path(out, stem, j.key)))
      j.error = "its output would overwrite an input; choose another -o folder";
  }
  return jobs;
}

}  // namespace minutes::cli
