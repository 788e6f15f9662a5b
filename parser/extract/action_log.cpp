// Action logs (extract stage): a table of actions — "Ref | Action | Owner | Due | Status" —
// gives one action per row that is still open. Rows that wrap onto a second line continue
// the row above; rows marked complete or closed are reports, not commitments. A row's item
// is the agenda item its reference names, when the minutes have one.
#include "parser/extract/action_log.hpp"

#include "parser/extract/commitments.hpp"
#include "parser/extract/dates.hpp"
#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/date.hpp"
#include "parser/text.hpp"
#include "parser/words/action_words.hpp"

namespace minutes::parser {
namespace {

bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

std::vector<std::string_view> cells_of(std::string_view row) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  while (start <= row.size()) {
    std::size_t tab = row.find('\t', start);
    std::string_view cell = text::trim(
        row.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    cells.push_back(cell);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

struct columns {
  int ref = -1, action = -1, owner = -1, due = -1, status = -1;
};

std::optional<columns> header_of(std::string_view row) {
  columns c;
  auto cells = cells_of(row);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string_view cell = text::trim(cells[i], "*_:| ");
    int n = static_cast<int>(i);
    if (one_of(cell, words::log_ref_headers))
      c.ref = n;
    else if (one_of(cell, words::log_action_headers))
      c.action = n;
    else if (one_of(cell, words::log_owner_headers))
      c.owner = n;
    else if (one_of(cell, words::log_due_headers))
      c.due = n;
    else if (one_of(cell, words::log_status_headers))
      c.status = n;
    else if (!cell.empty())
      return std::nullopt;
  }
  if (c.action < 0 || c.owner < 0) return std::nullopt;
  return c;
}

std::string_view cell(const std::vector<std::string_view>& cells, int n) {
  return n >= 0 && static_cast<std::size_t>(n) < cells.size() ? cells[static_cast<std::size_t>(n)]
                                                              : std::string_view();
}

}  // namespace

void read_action_log(extract_context& cx, std::size_t k, log_row_sink& sink) {
  const layout_block& t = cx.lay.blocks[k];
  std::string_view text = t.text;
  std::optional<columns> cols;
  std::size_t start = 0;
  log_row current;
  bool open = false;
  auto flush = [&] {
    if (open) sink.add(current);
    open = false;
  };
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view row = text.substr(start, nl - start);
    std::size_t offset = start;
    start = nl + 1;
    if (!cols) {
      cols = header_of(row);
      continue;
    }
    auto cells = cells_of(row);
    std::string_view ref = cell(cells, cols->ref);
    bool new_row = cols->ref < 0 ? !cell(cells, cols->owner).empty()
                                 : grammar::match_agenda_number(ref).has_value();
    if (!new_row && open) {
      // A wrapped row: its first cell goes on with the action, a later one with the status.
      current.action += " " + std::string(cells.front());
      if (cells.size() > 1) current.status += " " + std::string(cells.back());
      current.end = offset + row.size();
      continue;
    }
    flush();
    current = log_row{};
    current.ref = std::string(ref);
    current.action = std::string(cell(cells, cols->action));
    current.owner = std::string(cell(cells, cols->owner));
    current.due = std::string(cell(cells, cols->due));
    current.status = std::string(cell(cells, cols->status));
    current.begin = offset;
    current.end = offset + row.size();
    open = !current.action.empty();
  }
  flush();
}

bool log_row::finished_work() const {
  std::string_view s = text::trim(status);
  std::size_t sp = s.find_first_of(" \t-\xE2");
  std::string_view first = s.substr(0, sp);
  return one_of(first, words::finished_statuses);
}

}  // namespace minutes::parser
