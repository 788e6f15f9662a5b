// Parse + JSON export of each seed and sample, reporting MB/s (SetBytesProcessed) and
// documents/s. Each benchmark checks its output before it counts. Run from the project root:
//     build/bench/minutes_bench
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "exporters/exporters.hpp"
#include "parser/parse.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void parse_and_export(benchmark::State& state, const std::string& bytes, const std::string& name) {
  std::size_t out_bytes = 0;
  for (auto _ : state) {
    auto result = minutes::parser::parse(bytes, name);
    auto* doc = std::get_if<minutes::model::document>(&result);
    if (doc == nullptr || doc->items.empty()) {
      state.SkipWithError("parse produced no items");
      return;
    }
    std::string json = minutes::exporters::to_json(*doc);
    out_bytes = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["json_bytes"] = static_cast<double>(out_bytes);
}

// One benchmark per document in seeds/ and samples/, registered at start-up.
void register_documents() {
  for (const char* dir : {"seeds", "samples"}) {
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      auto ext = e.path().extension();
      if (e.is_regular_file() &&
          (ext == ".txt" || (ext == ".md" && e.path().filename() != "README.md")))
        files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string bytes = slurp(f);
      std::string name = f.generic_string();
      benchmark::RegisterBenchmark(
          ("parse+json/" + name).c_str(),
          [bytes, name](benchmark::State& s) { parse_and_export(s, bytes, name); });
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_documents();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
