// Parse + JSON export through the public library API (parser::parse, exporters::to_json),
// reporting bytes/s (SetBytesProcessed: input bytes) and documents/s (SetItemsProcessed).
// Run from the project root (bench/README.md has the results and how to read them):
//     build/bench/minutes_bench                              # everything, about two minutes
//     build/bench/minutes_bench --benchmark_filter='^format/' # one family
// Families:
//   style/<name>        one seed or sample (samples/*.txt|md, seeds/*.txt): each is a style
//   format/<fmt>        every input of one format, one pass per iteration: text (seeds and
//                       samples), markdown, html, docx, pdf (tests/fixtures/<fmt>); also
//                       text_bytes/s (the text the reader extracted) and, for PDF, pages/s
//   format/<fmt>/<name> one fixture of that format
//   scaling/repeat/<name>/N, scaling/renumbered/<name>/N
//                       one document repeated to N bytes (1 KB to 2 MB), as it is or with its
//                       items numbered on: cost per byte should not grow with N; the BigO line
//                       fits time to N (RMS: how far from linear)
// A benchmark whose document does not parse stops with an error instead of counting.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporters.hpp"
#include "parser/parse.hpp"

namespace fs = std::filesystem;

namespace {

struct input {
  std::string name;            // path, as recorded in the document's source facts
  std::string bytes;           // the file's bytes
  std::size_t text_bytes = 0;  // the text the reader made of them
  std::size_t pages = 0;       // PDF pages, 0 for other formats
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Pages of a PDF: its "/Type /Page" objects (not "/Pages"). Enough for LibreOffice's PDFs,
// which keep page objects outside compressed object streams.
std::size_t pdf_pages(std::string_view pdf) {
  std::size_t pages = 0;
  for (std::string_view key : {"/Type /Page", "/Type/Page"}) {
    for (auto at = pdf.find(key); at != std::string_view::npos; at = pdf.find(key, at + 1)) {
      auto next = at + key.size();
      if (next >= pdf.size() || pdf[next] != 's') ++pages;
    }
  }
  return pages;
}

input load(const fs::path& p) {
  input in{p.generic_string(), slurp(p)};
  auto text = minutes::parser::read_text(in.bytes, in.name);
  if (auto* t = std::get_if<std::string>(&text)) in.text_bytes = t->size();
  if (p.extension() == ".pdf") in.pages = pdf_pages(in.bytes);
  return in;
}

// Files of `dir` with one of `exts`, sorted; READMEs left out.
std::vector<fs::path> files_in(const fs::path& dir, std::initializer_list<std::string_view> exts) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::directory_iterator(dir)) {
    auto ext = e.path().extension().string();
    if (e.is_regular_file() && e.path().filename() != "README.md" &&
        std::find(exts.begin(), exts.end(), ext) != exts.end())
      files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Parses and exports every input once per iteration. Returns the JSON bytes of the last pass.
std::size_t parse_all(benchmark::State& state, const std::vector<input>& inputs) {
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    json_bytes = 0;
    for (const auto& in : inputs) {
      auto result = minutes::parser::parse(in.bytes, in.name);
      auto* doc = std::get_if<minutes::model::document>(&result);
      if (doc == nullptr) {
        state.SkipWithError((in.name + ": " + std::get<1>(result).reason).c_str());
        return 0;
      }
      std::string json = minutes::exporters::to_json(*doc);
      json_bytes += json.size();
      benchmark::DoNotOptimize(json.data());
    }
  }
  return json_bytes;
}

void run(benchmark::State& state, const std::vector<input>& inputs) {
  std::size_t json_bytes = parse_all(state, inputs);
  std::size_t bytes = 0, text = 0, pages = 0;
  for (const auto& in : inputs) {
    bytes += in.bytes.size();
    text += in.text_bytes;
    pages += in.pages;
  }
  auto n = static_cast<int64_t>(state.iterations());
  state.SetBytesProcessed(n * static_cast<int64_t>(bytes));
  state.SetItemsProcessed(n * static_cast<int64_t>(inputs.size()));
  using benchmark::Counter;
  if (text > 0)
    state.counters["text_bytes/s"] =
        Counter(static_cast<double>(n * text), Counter::kIsRate, Counter::OneK::kIs1024);
  if (pages > 0)
    state.counters["pages/s"] = Counter(static_cast<double>(n * pages), Counter::kIsRate);
  state.counters["json_bytes"] = static_cast<double>(json_bytes);
}

void add(const std::string& name, std::vector<input> inputs) {
  if (inputs.empty()) return;
  benchmark::RegisterBenchmark(name.c_str(), [inputs = std::move(inputs)](benchmark::State& s) {
    run(s, inputs);
  })->Unit(benchmark::kMillisecond);
}

void register_styles() {
  for (const char* dir : {"seeds", "samples"})
    for (const auto& f : files_in(dir, {".txt", ".md"}))
      add("style/" + f.stem().string(), {load(f)});
}

void register_formats() {
  std::map<std::string, std::vector<fs::path>> formats;
  for (const char* dir : {"seeds", "samples"})
    for (const auto& f : files_in(dir, {".txt"})) formats["text"].push_back(f);
  for (const auto& f : files_in("samples", {".md"})) formats["markdown"].push_back(f);
  const fs::path fixtures = "tests/fixtures";
  for (const auto& f : files_in(fixtures / "markdown", {".md"})) formats["markdown"].push_back(f);
  for (const auto& f : files_in(fixtures / "html", {".html"})) formats["html"].push_back(f);
  for (const auto& f : files_in(fixtures / "docx", {".docx"})) formats["docx"].push_back(f);
  for (const auto& f : files_in(fixtures / "pdf", {".pdf"})) formats["pdf"].push_back(f);
  for (const auto& [format, files] : formats) {
    std::vector<input> all;
    for (const auto& f : files) all.push_back(load(f));
    add("format/" + format, all);
    if (format == "text") continue;  // the text files are the style/ benchmarks
    for (const auto& in : all)
      add("format/" + format + "/" + fs::path(in.name).stem().string(), {in});
  }
}

// A line's leading number ("12. REPORTS", "  3 Apologies"): where it is and its value.
std::optional<std::pair<std::size_t, long>> leading_number(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  std::size_t j = i == std::string_view::npos ? i : line.find_first_not_of("0123456789", i);
  if (j == std::string_view::npos || j == i || j - i > 3 || (line[j] != '.' && line[j] != ' '))
    return std::nullopt;
  return std::pair{i, std::stol(std::string(line.substr(i, j - i)))};
}

// `doc` repeated up to `size` bytes, cut at a line end (a short size takes the first lines).
// With `renumber`, copy c adds c times the largest item number to each line's leading
// number, so the items go on 12, 13, … instead of starting again at 1.
std::string repeated(const std::string& doc, std::size_t size, bool renumber) {
  long top = 0;
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < doc.size();) {
    std::size_t nl = std::min(doc.find('\n', at), doc.size());
    lines.push_back(std::string_view(doc).substr(at, nl - at));
    if (auto n = leading_number(lines.back())) top = std::max(top, n->second);
    at = nl + 1;
  }
  std::string out;
  out.reserve(size + doc.size());
  for (long copy = 0; out.size() < size; ++copy) {
    for (auto line : lines) {
      auto n = renumber && copy > 0 ? leading_number(line) : std::nullopt;
      if (n) {
        std::size_t digits = line.find_first_not_of("0123456789", n->first) - n->first;
        out.append(line.substr(0, n->first)).append(std::to_string(n->second + copy * top));
        line.remove_prefix(n->first + digits);
      }
      out.append(line).push_back('\n');
    }
  }
  auto cut = out.rfind('\n', size);
  out.resize(cut == std::string::npos ? size : cut + 1);
  return out;
}

// repeat/: the whole document again and again (a file of many meetings, numbered from 1
// each time); renumbered/: the items numbered on (one ever longer meeting). renumbered/ stops
// at 1 MB: past about 1,000 items the 2 MB run took over two minutes (bench/README.md).
void register_scaling() {
  const std::pair<const char*, bool> series[] = {{"samples/uk-parish-council.txt", false},
                                                 {"seeds/001_49e7192e6271c01d.txt", false},
                                                 {"samples/us-city-council.txt", true}};
  for (const auto& [file, renumber] : series) {
    if (!fs::exists(file)) continue;
    std::string doc = slurp(file), name = file;
    std::string family = renumber ? "scaling/renumbered/" : "scaling/repeat/";
    benchmark::RegisterBenchmark((family + fs::path(file).stem().string()).c_str(),
                                 [doc, name, renumber = renumber](benchmark::State& s) {
                                   auto size = static_cast<std::size_t>(s.range(0));
                                   std::vector<input> one{{name, repeated(doc, size, renumber)}};
                                   run(s, one);
                                   s.SetComplexityN(static_cast<int64_t>(one[0].bytes.size()));
                                 })
        ->RangeMultiplier(4)
        ->Range(1 << 10, renumber ? 1 << 20 : 2 << 20)
        ->Unit(benchmark::kMillisecond)
        ->Complexity(benchmark::oN);
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_styles();
  register_formats();
  register_scaling();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
