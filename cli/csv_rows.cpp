// Per-document CSV fragments and the tables assembled from them (see csv_rows.hpp).
#include "cli/csv_rows.hpp"

#include <array>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "cli/files.hpp"
#include "exporters/exporters.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t table_count = 6;
constexpr std::string_view magic = "minutes-rows 1";
using counts = std::array<std::size_t, table_count>;

// Reads a fragment's first line; false when it is not one.
bool read_counts(std::istream& in, counts& n) {
  std::string line;
  if (!std::getline(in, line) || !line.starts_with(magic)) return false;
  std::istringstream fields(line.substr(magic.size()));
  for (auto& c : n)
    if (!(fields >> c)) return false;
  std::string extra;
  return !(fields >> extra);
}

// The rows of a table's text: everything after its header row.
std::string_view rows_of(const std::string& table) {
  std::size_t header_end = table.find("\r\n");
  return header_end == std::string::npos ? std::string_view()
                                         : std::string_view(table).substr(header_end + 2);
}

}  // namespace

std::string write_rows(const fs::path& file, const model::document& doc, const fs::path& temp_dir) {
  const model::document* docs[] = {&doc};
  auto tables = exporters::to_csv(docs);
  std::string text(magic);
  for (const auto& t : tables) text += " " + std::to_string(rows_of(t.text).size());
  text += '\n';
  for (const auto& t : tables) text += rows_of(t.text);
  return write_atomically(file, text, temp_dir);
}

bool rows_intact(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  counts n{};
  if (!in || !read_counts(in, n)) return false;
  std::uintmax_t expected = static_cast<std::uintmax_t>(in.tellg());
  for (auto c : n) expected += c;
  std::error_code ec;
  return fs::file_size(file, ec) == expected && !ec;
}

std::string assemble_tables(const fs::path& out, const next_fragment& next,
                            const fs::path& temp_dir) {
  auto headers = exporters::to_csv(std::span<const model::document* const>());
  if (headers.size() != table_count) return "the CSV exporter's tables changed; update csv_rows";
  std::vector<std::unique_ptr<atomic_output>> tables;
  for (const auto& h : headers) {
    tables.push_back(std::make_unique<atomic_output>(out / h.name, temp_dir));
    if (!tables.back()->error().empty()) return tables.back()->error();
    tables.back()->stream() << h.text;
  }
  std::vector<char> buffer(1 << 16);
  while (auto name = next()) {
    fs::path f = out / *name;
    std::ifstream in(f, std::ios::binary);
    counts n{};
    if (!in || !read_counts(in, n))
      return f.string() + " is damaged; run the batch again with --force";
    for (std::size_t t = 0; t < table_count; ++t) {
      for (std::size_t left = n[t]; left > 0;) {
        auto chunk = static_cast<std::streamsize>(std::min(left, buffer.size()));
        if (!in.read(buffer.data(), chunk))
          return f.string() + " is cut short; run the batch again with --force";
        tables[t]->stream().write(buffer.data(), chunk);
        left -= static_cast<std::size_t>(chunk);
      }
    }
  }
  for (auto& t : tables)
    if (auto err = t->commit(); !err.empty()) return err;
  return {};
}

}  // namespace minutes::cli
