// Rows of an action log (see action_log.hpp).
#include "ledger/action_log.hpp"

#include <algorithm>

#include "parser/text.hpp"

namespace minutes::ledger {
namespace {

namespace text = parser::text;

bool is_alpha(char c) {
  return text::is_ascii_upper(c) || text::is_ascii_lower(c);
}

// "15/10/2024", "2024-10-15", "-", "": a cell that holds a date or nothing.
bool date_or_blank(std::string_view cell) {
  return std::all_of(cell.begin(), cell.end(), [](char c) {
    return text::is_digit(c) || c == '/' || c == '-' || c == '.' || text::is_space(c);
  });
}

// "TA/JC", "MZ", "HG & DC": initials only, split.
std::vector<std::string> initials_in(std::string_view cell) {
  std::vector<std::string> out;
  std::string current;
  for (char c : cell) {
    if (text::is_ascii_upper(c)) {
      current.push_back(c);
    } else if (c == '/' || c == ',' || c == '&' || text::is_space(c)) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      return {};  // a lower-case letter or a digit: words, not initials
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  for (const auto& i : out)
    if (i.size() > 3) return {};
  return out;
}

std::string initials_of(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i)
    if ((i == 0 || text::is_space(name[i - 1])) && text::is_ascii_upper(name[i]))
      out.push_back(name[i]);
  return out;
}

}  // namespace

std::string_view leading_reference(std::string_view s) {
  s = text::trim(s);
  std::size_t end = 0;
  while (end < s.size() && !text::is_space(s[end]) && s[end] != '\t') ++end;
  std::string_view key = text::trim(s.substr(0, end), ".:");
  if (key.empty() || key.size() > 10) return {};
  std::size_t letters = 0, digits = 0, slashes = 0;
  for (char c : key) {
    if (is_alpha(c)) {
      ++letters;
    } else if (text::is_digit(c)) {
      ++digits;
    } else if (c == '/') {
      ++slashes;
    } else if (c != '-') {
      return {};
    }
  }
  bool lettered =
      letters >= 1 && letters <= 3 && digits >= 1 && is_alpha(key.front()) && slashes == 0;
  bool minute = letters == 0 && slashes == 1 && digits >= 3;  // "23/71", not "15/10/2024"
  return lettered || minute ? key : std::string_view();
}

log_row read_log_row(std::string_view row) {
  std::vector<std::string_view> cells;
  for (std::size_t i = 0; i <= row.size();) {
    std::size_t tab = std::min(row.find('\t', i), row.size());
    cells.push_back(text::trim(row.substr(i, tab - i)));
    i = tab + 1;
  }
  log_row out;
  std::size_t first = 0, last = cells.size();
  // The reference is the first cell, or opens it when the log's columns were set with
  // spaces too narrow to read as a gap ("A15   Prices for replacement washing machine").
  if (std::string_view ref = cells.empty() ? std::string_view() : leading_reference(cells[0]);
      !ref.empty()) {
    out.reference = std::string(ref);
    std::size_t after = cells[0].find(' ');
    cells[0] =
        after == std::string_view::npos ? std::string_view() : text::trim(cells[0].substr(after));
    if (cells[0].empty()) first = 1;
  }
  if (cells.size() >= 3) --last;  // the status
  for (std::size_t k = first; k < last; ++k) {
    if (date_or_blank(cells[k])) continue;
    if (auto initials = initials_in(cells[k]); !initials.empty()) {
      out.owner_initials.insert(out.owner_initials.end(), initials.begin(), initials.end());
      continue;
    }
    out.title += (out.title.empty() ? "" : " ") + std::string(cells[k]);
  }
  return out;
}

bool owners_agree(const log_row& row, const std::vector<std::string>& owner_names) {
  if (row.owner_initials.empty() || owner_names.empty()) return true;
  for (const auto& initials : row.owner_initials)
    for (const auto& name : owner_names) {
      std::string theirs = initials_of(name);
      if (theirs.empty()) continue;
      // "Claire" gives "C", which fits "CF"; "Claire Foden" gives "CF".
      if (theirs == initials || (theirs.size() == 1 && initials.front() == theirs.front()))
        return true;
    }
  return false;
}

}  // namespace minutes::ledger
