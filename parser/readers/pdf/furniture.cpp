// Running headers, footers and page numbers (see pages.hpp). The two top and two bottom
// rows of each page are candidates; a candidate is furniture when its text, with digits
// taken out ("Minutes 12.05.2022 Page 3 of 8" → "minutes .. page of"), stands in the same
// place on most pages, or when it is only a page number. One hash count per candidate keeps
// this linear in the number of pages.
#include <string_view>
#include <unordered_map>

#include "parser/readers/pdf/pages.hpp"
#include "parser/text.hpp"

namespace minutes::parser::pdf {
namespace {

// Rows at each end of a page that may be headers or footers.
constexpr std::size_t candidate_rows = 2;
// A page number has at most this many digits.
constexpr std::size_t page_number_digits = 5;

std::string row_text(const row& r) {
  std::string out;
  for (const auto& s : r.segments) {
    if (!out.empty()) out.push_back(' ');
    out += s.text;
  }
  return out;
}

// The row's text with digits out, ASCII lower-cased, spaces collapsed.
std::string key_of(const row& r) {
  std::string out;
  for (char c : row_text(r)) {
    if (text::is_digit(c)) continue;
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(text::is_ascii_upper(c) ? static_cast<char>(c + 32) : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Indices of a page's candidate rows: the first and last few, each once.
std::vector<std::size_t> candidates(std::size_t n) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n && i < candidate_rows; ++i) out.push_back(i);
  for (std::size_t k = 0; k < candidate_rows && k < n; ++k) {
    std::size_t i = n - 1 - k;
    if (i >= candidate_rows) out.push_back(i);
  }
  return out;
}

}  // namespace

bool page_number_text(std::string_view s) {
  std::string spaced;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    // Separators: "-", "|", "/", and the en and em dashes (E2 80 93/94).
    if (c == '-' || c == '|' || c == '/' || c == '\t') {
      spaced.push_back(' ');
    } else if (s.substr(i, 2) == "\xE2\x80" && i + 2 < s.size() &&
               (s[i + 2] == '\x93' || s[i + 2] == '\x94')) {
      spaced.push_back(' ');
      i += 2;
    } else {
      spaced.push_back(text::is_ascii_upper(c) ? static_cast<char>(c + 32) : c);
    }
  }
  std::size_t numbers = 0, i = 0;
  std::string_view rest = spaced;
  while (i < rest.size()) {
    while (i < rest.size() && rest[i] == ' ') ++i;
    std::size_t j = i;
    while (j < rest.size() && rest[j] != ' ') ++j;
    std::string_view token = rest.substr(i, j - i);
    i = j;
    if (token.empty() || token == "page" || token == "of" || token == "p." || token == "pg")
      continue;
    if (token.size() > page_number_digits) return false;
    for (char c : token)
      if (!text::is_digit(c)) return false;
    ++numbers;
  }
  return numbers >= 1 && numbers <= 2;
}

void remove_furniture(std::vector<std::vector<row>>& pages) {
  // Counts of each candidate text at the top and at the bottom, one per page.
  std::unordered_map<std::string, std::size_t> top, bottom;
  std::vector<std::vector<std::pair<std::size_t, std::string>>> keys(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto& rows = pages[p];
    std::unordered_map<std::string, bool> seen;
    for (std::size_t i : candidates(rows.size())) {
      std::string key = key_of(rows[i]);
      bool at_top = i < candidate_rows;
      if (!key.empty() && seen.emplace((at_top ? "t" : "b") + key, true).second)
        ++(at_top ? top : bottom)[key];
      keys[p].emplace_back(i, std::move(key));
    }
  }
  // Furniture repeats on at least two pages and on at least half of them.
  auto repeated = [&](std::size_t count) { return count >= 2 && 2 * count >= pages.size(); };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& rows = pages[p];
    std::vector<bool> drop(rows.size(), false);
    auto furniture = [&](std::size_t i, const std::string& key) {
      const auto& counts = i < candidate_rows ? top : bottom;
      auto it = counts.find(key);
      return (it != counts.end() && repeated(it->second)) || page_number_text(row_text(rows[i]));
    };
    // From each edge inwards: a row is furniture only when the rows outside it are too.
    bool top_open = true, bottom_open = true;
    for (const auto& [i, key] : keys[p]) {
      bool& open = i < candidate_rows ? top_open : bottom_open;
      open = open && furniture(i, key);
      drop[i] = open;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (drop[i]) continue;
      if (kept != i) rows[kept] = std::move(rows[i]);
      ++kept;
    }
    rows.resize(kept);
  }
}

}  // namespace minutes::parser::pdf
