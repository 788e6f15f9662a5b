// Ledger answers on standard output (see table_output.hpp).
#include "cli/table_output.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "exporters/exporters.hpp"

namespace minutes::cli {
namespace {

// Width of a UTF-8 string in characters (continuation bytes do not count).
std::size_t width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// At most `max` characters, cut on a character boundary, with "…" when cut.
std::string clipped(const std::string& s, std::size_t max) {
  if (width(s) <= max) return s;
  std::size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && ++chars == max) break;
  }
  return s.substr(0, i) + "…";
}

std::string cell_text(const std::optional<std::string>& c) {
  return c ? *c : std::string();
}

void print_aligned(std::ostream& out, const ledger::table& t) {
  constexpr std::size_t widest = 60;  // long texts are clipped: --format csv keeps them whole
  std::vector<std::size_t> w(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c) w[c] = width(t.columns[c]);
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < row.size(); ++c)
      w[c] = std::max(w[c], std::min(widest, width(cell_text(row[c]))));
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string v = clipped(cells[c], widest);
      out << v;
      if (c + 1 < cells.size()) out << std::string(w[c] - width(v) + 2, ' ');
    }
    out << "\n";
  };
  if (!t.title.empty()) out << t.title << "\n";
  line(t.columns);
  std::vector<std::string> rule;
  for (std::size_t x : w) rule.push_back(std::string(x, '-'));
  line(rule);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (const auto& c : row) cells.push_back(cell_text(c));
    line(cells);
  }
  if (t.rows.empty()) out << "(none)\n";
}

}  // namespace

void print_tables(std::ostream& out, const std::vector<ledger::table>& tables,
                  const std::string& format) {
  if (format == "json") {
    auto all = nlohmann::ordered_json::array();
    for (const auto& t : tables) {
      auto rows = nlohmann::ordered_json::array();
      for (const auto& r : t.rows) {
        nlohmann::ordered_json row = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < r.size(); ++c)
          row[t.columns[c]] = r[c] ? nlohmann::ordered_json(*r[c]) : nlohmann::ordered_json();
        rows.push_back(std::move(row));
      }
      all.push_back({{"title", t.title}, {"rows", std::move(rows)}});
    }
    out << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  for (std::size_t k = 0; k < tables.size(); ++k) {
    if (k) out << "\n";
    if (format == "csv") {
      std::string text;
      exporters::append_csv_row(text, tables[k].columns);
      for (const auto& r : tables[k].rows) {
        std::vector<std::string> cells;
        for (const auto& c : r) cells.push_back(cell_text(c));
        exporters::append_csv_row(text, cells);
      }
      out << text;
    } else {
      print_aligned(out, tables[k]);
    }
  }
}

}  // namespace minutes::cli
