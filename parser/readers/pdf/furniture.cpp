// Running headers, footers and page numbers (see pages.hpp). The three top and three
// bottom rows of each page are candidates (a footer of title, date and page number is three
// rows); a candidate is furniture when its text, with digits taken out ("Minutes 12.05.2022
// Page 3 of 8" → "minutes .. page of"), stands at the same height on most pages, or when it
// is only a page number. The height matters: "Motion carried 6-0." ending two pages is
// minutes, not a footer, unless it stands where a footer stands. One hash look-up and one
// binary search per candidate keep this within n log n of the number of pages.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "parser/readers/pdf/pages.hpp"
#include "parser/text.hpp"

namespace minutes::parser::pdf {
namespace {

// Rows at each end of a page that may be headers or footers.
constexpr std::size_t candidate_rows = 3;
// A running header or footer stands within this many points of the same height on every
// page (or this share of its height, when larger).
constexpr double same_place_points = 3.0, same_place_heights = 0.5;
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

struct candidate {
  std::size_t row;
  bool at_top;
  std::string key;
};

// A page's candidate rows, each edge's from the edge inwards: the first few (at the top),
// then the last few (at the bottom). On a short page one row may stand in both lists.
std::vector<candidate> candidates(const std::vector<row>& rows) {
  std::vector<candidate> out;
  const std::size_t n = rows.size();
  for (std::size_t i = 0; i < n && i < candidate_rows; ++i)
    out.push_back({i, true, key_of(rows[i])});
  for (std::size_t k = 0; k < candidate_rows && k < n; ++k)
    out.push_back({n - 1 - k, false, key_of(rows[n - 1 - k])});
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
  // The heights at which each candidate text stands at the top and at the bottom, one entry
  // per page.
  std::unordered_map<std::string, std::vector<double>> top, bottom;
  std::vector<std::vector<candidate>> lists(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::unordered_map<std::string, bool> seen;
    lists[p] = candidates(pages[p]);
    for (const auto& c : lists[p])
      if (!c.key.empty() && seen.emplace((c.at_top ? "t" : "b") + c.key, true).second)
        (c.at_top ? top : bottom)[c.key].push_back(pages[p][c.row].top);
  }
  for (auto* side : {&top, &bottom})
    for (auto& [key, heights] : *side) std::sort(heights.begin(), heights.end());
  // Furniture repeats on at least two pages and on at least half of them.
  auto repeated = [&](std::size_t count) { return count >= 2 && 2 * count >= pages.size(); };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& rows = pages[p];
    std::vector<bool> drop(rows.size(), false);
    auto furniture = [&](const candidate& c) {
      const row& r = rows[c.row];
      if (page_number_text(row_text(r))) return true;
      const auto& heights = c.at_top ? top : bottom;
      auto it = heights.find(c.key);
      if (it == heights.end()) return false;
      double slack = std::max(same_place_points, same_place_heights * r.height);
      auto from = std::lower_bound(it->second.begin(), it->second.end(), r.top - slack);
      auto to = std::upper_bound(from, it->second.end(), r.top + slack);
      return repeated(static_cast<std::size_t>(to - from));
    };
    // From each edge inwards: a row is furniture only when the rows outside it are too.
    bool top_open = true, bottom_open = true;
    for (const auto& c : lists[p]) {
      bool& open = c.at_top ? top_open : bottom_open;
      open = open && furniture(c);
      if (open) drop[c.row] = true;
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
