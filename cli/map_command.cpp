// `minutes map`: a mapper for distributed engines (GNU parallel, Hadoop Streaming, Spark's
// RDD.pipe). Paths come on standard input, one per line, or from --files; each document goes
// to standard output as one line of JSON, in input order whatever --jobs, and each failure
// to standard error as a JSON line naming the file. --shard K/N keeps the documents whose
// doc_id falls in share K of N, so N workers cover an archive with no overlap and no gap.
#include <charconv>
#include <deque>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "cli/ordered_pool.hpp"
#include "exporters/exporters.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/parse.hpp"

namespace minutes::cli {
namespace {

struct shard {
  std::uint64_t index = 0, count = 1;  // K - 1 and N
  // True when the document whose sha256 (hex) is `digest` is this shard's: its doc_id (the
  // digest's first 16 hex digits) read as a number, modulo N, is K - 1.
  bool holds(const std::string& digest) const {
    std::uint64_t id = 0;
    std::from_chars(digest.data(), digest.data() + std::min<std::size_t>(16, digest.size()), id,
                    16);
    return id % count == index;
  }
};

// Reads "K/N" with 1 <= K <= N; false when it is not that.
bool parse_shard(const std::string& text, shard& s) {
  std::uint64_t k = 0, n = 0;
  const char* end = text.data() + text.size();
  auto [slash, e1] = std::from_chars(text.data(), end, k);
  if (e1 != std::errc() || slash == end || *slash != '/') return false;
  auto [last, e2] = std::from_chars(slash + 1, end, n);
  if (e2 != std::errc() || last != end || k < 1 || k > n) return false;
  s = {k - 1, n};
  return true;
}

// What one input gives: a JSON line for standard output, or one for standard error, or
// nothing when it is another shard's.
struct map_result {
  std::string line, error;
};

std::string error_line(const std::string& path, const std::string& reason) {
  nlohmann::ordered_json j{{"path", path}, {"error", reason}};
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

map_result map_one(const std::string& path, const map_options& o, const std::optional<shard>& s) {
  if (path == "-")
    return {{}, error_line(path, "standard input holds the list of paths; name the file")};
  parser::parse_failure why{parser::failure::unreadable, {}};
  auto bytes = read_input(path, o.limits.max_bytes, why);
  if (!bytes) {
    // A file that cannot be read has no doc_id: the shard of its path's hash reports it.
    if (s && !s->holds(parser::sha256_hex(path))) return {};
    return {{}, error_line(path, why.reason)};
  }
  if (s && !s->holds(parser::sha256_hex(*bytes))) return {};
  auto result = parser::parse(std::move(*bytes), path, o.limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&result))
    return {{}, error_line(path, failed->reason)};
  return {exporters::to_json_line(std::get<model::document>(result)), {}};
}

// The inputs in order: each --files argument, or each line of standard input, expanded as
// batch expands its arguments (folders recursively).
class input_list {
 public:
  explicit input_list(const std::vector<std::string>& files) : files_(files) {}
  std::optional<std::string> next() {
    while (pending_.empty()) {
      std::string arg;
      if (!next_argument(arg)) return std::nullopt;
      batch_inputs found = collect_inputs({arg});
      for (const auto& input : found.list) pending_.emplace_back(input.path);
    }
    std::string path = std::move(pending_.front());
    pending_.pop_front();
    return path;
  }

 private:
  bool next_argument(std::string& arg) {
    if (!files_.empty()) {
      if (used_ == files_.size()) return false;
      arg = files_[used_++];
      return true;
    }
    while (std::getline(std::cin, arg)) {
      if (!arg.empty() && arg.back() == '\r') arg.pop_back();  // lists made on Windows
      if (!arg.empty()) return true;
    }
    return false;
  }

  const std::vector<std::string>& files_;
  std::size_t used_ = 0;
  std::deque<std::string> pending_;
};

}  // namespace

int run_map(const map_options& o) {
  std::optional<shard> selected;
  if (!o.shard.empty()) {
    selected.emplace();
    if (!parse_shard(o.shard, *selected)) {
      std::cerr << "minutes: --shard " << o.shard
                << ": expected K/N with 1 <= K <= N, e.g. 2/3 for the second of three workers\n";
      return exit_usage;
    }
  }
  unsigned workers = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Enough results in hand to keep every worker busy while a slow document finishes.
  std::size_t window = 4 * static_cast<std::size_t>(workers);
  input_list inputs(o.files);
  bool any_failed = false;
  ordered_map<std::string, map_result>(
      workers, window, [&] { return inputs.next(); },
      [&](std::string path) {
        try {
          return map_one(path, o, selected);
        } catch (const std::exception& e) {  // out of memory, say: this file fails, not all
          return map_result{{}, error_line(path, std::string("cannot be converted: ") + e.what())};
        }
      },
      [&](map_result& r) {
        std::cout << r.line;
        if (!r.error.empty()) {
          any_failed = true;
          std::cerr << r.error << std::flush;
        }
      });
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "minutes: cannot write to standard output\n";
    return exit_some_failed;
  }
  return any_failed ? exit_some_failed : exit_ok;
}

}  // namespace minutes::cli
