// The batch manifest's journal: lines recorded, read back where they were recorded, and
// loaded again by the next run.
#include "cli/manifest.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using minutes::cli::manifest;
using minutes::cli::manifest_entry;
using minutes::cli::owned_manifest_entry;

namespace {

struct scratch_folder {
  fs::path path =
      fs::temp_directory_path() / ("minutes-manifest-test-" + std::to_string(::getpid()));
  scratch_folder() {
    fs::remove_all(path);
    fs::create_directories(path / "tmp");
  }
  ~scratch_folder() { fs::remove_all(path); }
};

owned_manifest_entry entry(std::string path, std::uintmax_t size) {
  return {std::move(path), size, std::string(64, 'a'), "1.2.3", "1", "a.json", "a.md", "", ""};
}

}  // namespace

TEST_CASE("a recorded line is read back from where it was recorded", "[manifest]") {
  scratch_folder dir;
  manifest m(dir.path / "manifest.tsv");
  REQUIRE(m.load().empty());
  REQUIRE(m.compact(dir.path / "tmp").empty());  // a first run: a header only

  // Escaped characters, and a line longer than one read of the file.
  const auto first = entry("docs/a\tb\\c.txt", 10);
  const auto second = entry("docs/" + std::string(9000, 'x') + ".txt", 20);
  std::uint64_t at_first = 0, at_second = 0;
  REQUIRE(m.record(first.view(), at_first).empty());
  REQUIRE(m.forget("docs/gone.txt").empty());
  REQUIRE(m.record(second.view(), at_second).empty());
  CHECK(at_first == std::string("minutes-manifest 1\n").size());
  CHECK(at_second > at_first);

  auto back = m.recorded_at(at_second);
  REQUIRE(back);
  CHECK(back->path == second.path);
  CHECK(back->size == 20);
  back = m.recorded_at(at_first);
  REQUIRE(back);
  CHECK(back->path == first.path);
  CHECK(back->sha256 == first.sha256);
  CHECK(back->json == "a.json");
  CHECK(back->rows.empty());

  // Not the start of a "+" line: the "-" line, the middle of a line, past the end.
  CHECK_FALSE(m.recorded_at(at_first + 1));
  CHECK_FALSE(m.recorded_at(at_second - std::string("-\tdocs/gone.txt\n").size()));
  CHECK_FALSE(m.recorded_at(at_second + 100000));
}

TEST_CASE("compaction keeps the live entries, found where they now are", "[manifest]") {
  scratch_folder dir;
  const fs::path file = dir.path / "manifest.tsv";
  std::uint64_t at = 0;
  manifest m(file);
  REQUIRE(m.compact(dir.path / "tmp").empty());
  REQUIRE(m.record(entry("a.txt", 1).view(), at).empty());
  REQUIRE(m.record(entry("b.txt", 2).view(), at).empty());
  REQUIRE(m.forget("a.txt").empty());
  REQUIRE(m.record(entry("b.txt", 3).view(), at).empty());  // b changed
  REQUIRE(m.load().empty());
  CHECK_FALSE(m.find("a.txt"));
  REQUIRE(m.compact(dir.path / "tmp").empty());
  std::ifstream in(file);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("a.txt") == std::string::npos);
  CHECK(text.find("\tb.txt\t3\t") != std::string::npos);
  CHECK(text.find("\tb.txt\t2\t") == std::string::npos);
  std::uint64_t b_at = 0;
  auto b = m.find("b.txt", &b_at);
  REQUIRE(b);
  CHECK(b->size == 3);
  CHECK(b_at == std::string("minutes-manifest 1\n").size());
  CHECK(m.recorded_at(b_at)->path == "b.txt");
  CHECK_FALSE(m.find("a.txt"));  // forgotten, and no longer in the file
  // Appending after a compaction counts from the new file's end.
  REQUIRE(m.record(entry("c.txt", 4).view(), at).empty());
  REQUIRE(m.recorded_at(at));
  CHECK(m.recorded_at(at)->path == "c.txt");
}

TEST_CASE("finish writes what it is handed and leaves the manifest closed", "[manifest]") {
  scratch_folder dir;
  const fs::path file = dir.path / "manifest.tsv";
  std::uint64_t a_at = 0, b_at = 0;
  {
    manifest m(file);
    REQUIRE(m.compact(dir.path / "tmp").empty());
    REQUIRE(m.record(entry("a.txt", 1).view(), a_at).empty());
    REQUIRE(m.record(entry("b.txt", 2).view(), b_at).empty());
    // The last rewrite streams entries read back from the journal it replaces: b, then a.
    auto read_back = [&](const manifest::entry_sink& add) {
      for (auto at : {b_at, a_at}) {
        auto e = m.recorded_at(at);
        REQUIRE(e);
        add(e->view());
      }
    };
    REQUIRE(m.finish(read_back, dir.path / "tmp").empty());
    CHECK(m.empty());
    CHECK_FALSE(m.find("b.txt"));
    CHECK_FALSE(m.record(entry("d.txt", 4).view(), a_at).empty());  // closed
  }
  manifest again(file);
  REQUIRE(again.load().empty());
  std::vector<std::string> order;
  again.each([&](const manifest_entry& e) { order.emplace_back(e.path); });
  CHECK(order == std::vector<std::string>{"b.txt", "a.txt"});
  REQUIRE(again.find("a.txt"));
  CHECK(again.find("a.txt")->size == 1);
}

TEST_CASE("loading keeps each input's last line and skips damaged ones", "[manifest]") {
  scratch_folder dir;
  const fs::path file = dir.path / "manifest.tsv";
  const std::string sha(64, 'b');
  const std::string rows_of_f = ".minutes/rows/0123.rows";
  {
    std::ofstream out(file, std::ios::binary);
    out << "minutes-manifest 1\n"
        << "+\ta.txt\t1\t" << sha << "\t0.1\t1\ta.json\t\t\t\n"
        << "+\tb.txt\t2\t" << sha << "\t0.2\t1\tb.json\tb.md\t.minutes/rows/b.csv\tb.html\n"
        << "-\ta.txt\n"
        << "+\tc.txt\tnot-a-size\t" << sha << "\t0.1\t1\t\t\t\t\n"          // damaged
        << "+\td.txt\t4\t" << std::string(64, 'G') << "\t0.1\t1\t\t\t\t\n"  // not hex
        << "+\ta.txt\t3\t" << sha << "\t0.1\t1\ta2.json\t\t\t\n"
        << "+\tf.txt\t6\t" << sha << "\t0.1\t1\tf.json\tg.md\t" << rows_of_f << "\tf.page.html\n"
        << "+\te.txt\t5\t" << sha << "\t0.1\t1\t\t\t\t";  // cut short by a kill
  }
  manifest m(file);
  REQUIRE(m.load().empty());
  auto a = m.find("a.txt");
  REQUIRE(a);
  CHECK(a->size == 3);
  CHECK(a->json == "a2.json");
  CHECK(a->tool_version == "0.1");
  auto b = m.find("b.txt");
  REQUIRE(b);
  CHECK(b->sha256 == sha);
  CHECK(b->tool_version == "0.2");
  CHECK(b->md == "b.md");
  CHECK(b->rows == ".minutes/rows/b.csv");
  CHECK(b->html == "b.html");
  auto f = m.find("f.txt");
  REQUIRE(f);
  CHECK(f->json == "f.json");
  CHECK(f->md == "g.md");
  CHECK(f->rows == rows_of_f);
  CHECK(f->html == "f.page.html");
  CHECK_FALSE(m.find("c.txt"));
  CHECK_FALSE(m.find("d.txt"));
  CHECK_FALSE(m.find("e.txt"));
  std::vector<std::string> order;
  m.each([&](const manifest_entry& e) { order.emplace_back(e.path); });
  CHECK(order == std::vector<std::string>{"a.txt", "b.txt", "f.txt"});
}

TEST_CASE("a file that is not a manifest is taken as empty, with a warning", "[manifest]") {
  scratch_folder dir;
  const fs::path file = dir.path / "manifest.tsv";
  std::ofstream(file) << "path,size\na.txt,1\n";
  manifest m(file);
  CHECK(m.load().find("is not a minutes manifest") != std::string::npos);
  CHECK(m.empty());
}
