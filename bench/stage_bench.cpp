// Each stage of the text pipeline on its own (bench/README.md, "Stages"): what one pass over
// the seeds' and samples' text costs in sha256, ingest, layout, the extract families and the
// JSON export. The whole parse can only be as fast as its slowest stage allows, so each stage
// needs to run well above the whole-parse target.
//     build/bench/minutes_stage_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "exporters/exporters.hpp"
#include "parser/extract/families.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/layout/layout.hpp"
#include "parser/parse.hpp"

namespace fs = std::filesystem;
using namespace minutes;

namespace {

std::vector<std::string> text_corpus() {
  std::vector<fs::path> files;
  for (const char* dir : {"seeds", "samples"})
    if (fs::is_directory(dir))
      for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return texts;
}

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> texts = text_corpus();
  return texts;
}

std::int64_t corpus_bytes() {
  std::int64_t n = 0;
  for (const auto& t : corpus()) n += static_cast<std::int64_t>(t.size());
  return n;
}

// Runs `stage` over every document per iteration and reports input bytes per second.
template <typename Stage>
void run_stage(benchmark::State& state, Stage stage) {
  if (corpus().empty())
    state.SkipWithError("no seeds/ or samples/ here: run from the project root");
  for (auto _ : state)
    for (const auto& text : corpus()) stage(text);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * corpus_bytes());
}

parser::source_text ingested(const std::string& text) {
  parser::parse_failure why{parser::failure::unreadable, {}};
  return *parser::ingest_text(text, why);
}

void sha256(benchmark::State& s) {
  run_stage(s, [](const std::string& t) { benchmark::DoNotOptimize(parser::sha256_hex(t)); });
}

void ingest(benchmark::State& s) {
  run_stage(s, [](const std::string& t) { benchmark::DoNotOptimize(ingested(t)); });
}

void layout(benchmark::State& s) {
  std::vector<parser::source_text> sources;
  for (const auto& t : corpus()) sources.push_back(ingested(t));
  std::size_t next = 0;
  run_stage(s, [&](const std::string&) {
    benchmark::DoNotOptimize(parser::lay_out(sources[next++ % sources.size()]));
  });
}

void extract(benchmark::State& s) {
  std::vector<parser::source_text> sources;
  std::vector<parser::layout> layouts;
  for (const auto& t : corpus()) sources.push_back(ingested(t));
  for (const auto& src : sources) layouts.push_back(parser::lay_out(src));
  std::size_t next = 0;
  run_stage(s, [&](const std::string&) {
    std::size_t k = next++ % sources.size();
    model::document doc;
    parser::extract_context cx{sources[k], layouts[k], doc, {}, {}, {}, {}, {}, {}, {}, {}};
    parser::run_families(cx, {});
    benchmark::DoNotOptimize(doc);
  });
}

void json(benchmark::State& s) {
  std::vector<model::document> docs;
  for (const auto& t : corpus()) docs.push_back(std::get<model::document>(parser::parse(t, "x")));
  std::size_t next = 0;
  run_stage(s, [&](const std::string&) {
    benchmark::DoNotOptimize(exporters::to_json(docs[next++ % docs.size()]));
  });
}

void whole(benchmark::State& s) {
  run_stage(s, [](const std::string& t) {
    auto doc = std::get<model::document>(parser::parse(t, "x"));
    benchmark::DoNotOptimize(exporters::to_json(doc));
  });
}

}  // namespace

BENCHMARK(sha256)->Name("stage/sha256")->Unit(benchmark::kMillisecond);
BENCHMARK(ingest)->Name("stage/ingest")->Unit(benchmark::kMillisecond);
BENCHMARK(layout)->Name("stage/layout")->Unit(benchmark::kMillisecond);
BENCHMARK(extract)->Name("stage/extract")->Unit(benchmark::kMillisecond);
BENCHMARK(json)->Name("stage/json")->Unit(benchmark::kMillisecond);
BENCHMARK(whole)->Name("stage/whole")->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
