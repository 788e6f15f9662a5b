// Markdown exporter (GitHub-flavoured): the meeting's facts, attendance, the full text of
// every item with its resolutions, and an actions table — the minutes, readable again, with
// source lines beside every fact. Text is escaped so it can neither break a table nor
// inject HTML.
#include <string>

#include "exporters/enum_names.hpp"
#include "exporters/exporters.hpp"

namespace minutes::exporters {
namespace {

// Escapes what Markdown would read as markup; in tables also the cell bar and line breaks.
std::string escape(std::string_view s, bool in_table = false) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
        out.push_back('\\');
        out.push_back(c);
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '|':
        out += in_table ? "\\|" : "|";
        break;
      case '\n':
      case '\r':
        out += in_table ? " " : "\n";
        break;
      case '\t':
        out += in_table ? " " : "\t";
        break;
      default:
        out.push_back(c);
    }
  }
  // A paragraph that opens like a list item or a numbered line stays a paragraph.
  if (!in_table && !out.empty() && (out[0] == '-' || out[0] == '+' || out[0] == '='))
    out.insert(0, "\\");
  if (!in_table) {
    std::size_t digits = 0;
    while (digits < out.size() && digits < 9 && out[digits] >= '0' && out[digits] <= '9') ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')'))
      out.insert(digits, "\\");
  }
  return out;
}

std::string opt(const std::optional<std::string>& v) {
  return v ? escape(*v, true) : "—";
}

std::string lines_of(const model::span& s) {
  if (s.empty()) return "";
  return s.start_line == s.end_line
             ? "L" + std::to_string(s.start_line)
             : "L" + std::to_string(s.start_line) + "–" + std::to_string(s.end_line);
}

void render_table(std::string& out, std::string_view text) {
  bool header = true;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::string_view row =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    std::size_t cells = 1;
    out += "|";
    std::size_t c = 0;
    while (true) {
      std::size_t tab = row.find('\t', c);
      out += " " +
             escape(row.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c),
                    true) +
             " |";
      if (tab == std::string_view::npos) break;
      c = tab + 1;
      ++cells;
    }
    out += "\n";
    if (header) {
      out += "|";
      for (std::size_t k = 0; k < cells; ++k) out += " --- |";
      out += "\n";
      header = false;
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

void render_blocks(std::string& out, const std::vector<model::block>& blocks) {
  for (const auto& b : blocks) {
    switch (b.kind) {
      case model::block_kind::heading:
        out += "#### " + escape(b.text) + "\n\n";
        break;
      case model::block_kind::bullet:
        out += std::string(static_cast<std::size_t>(b.level) * 2, ' ') + "- " + escape(b.text) +
               "\n\n";
        break;
      case model::block_kind::table:
        render_table(out, b.text);
        out += "\n";
        break;
      case model::block_kind::quote:
        out += "> " + escape(b.text) + "\n\n";
        break;
      case model::block_kind::paragraph:
        out += escape(b.text) + "\n\n";
        break;
    }
  }
}

}  // namespace

std::string to_markdown(const model::document& d) {
  std::string out;
  const auto& m = d.meeting;
  std::string title = m.body ? *m.body : m.title ? *m.title : d.from.path;
  out += "# " + escape(title) + "\n\n";
  out += "| | |\n| --- | --- |\n";
  out += "| Organisation | " + opt(m.organisation) + " |\n";
  out += "| Body | " + opt(m.body) + " |\n";
  out += "| Date | " + opt(m.date) + " |\n";
  out += "| Time | " + opt(m.start_time) + (m.end_time ? " – " + *m.end_time : "") + " |\n";
  out += "| Venue | " + opt(m.venue) + " |\n";
  out += "| Source | " + escape(d.from.path, true) + " (" + d.from.format + ", " + d.from.encoding +
         ", sha256 " + d.from.sha256.substr(0, 12) + "…) |\n\n";

  if (!d.attendance.empty()) {
    out +=
        "## Attendance\n\n| Name | Status | Group | Role | Affiliation | On behalf of | Source |\n";
    out += "| --- | --- | --- | --- | --- | --- | --- |\n";
    for (const auto& a : d.attendance)
      out += "| " + escape(a.name, true) + " | " + name_of(a.status) +
             (a.remote ? " (remote)" : "") + " | " + opt(a.group) + " | " + opt(a.role) + " | " +
             opt(a.affiliation) + " | " + opt(a.on_behalf_of) + " | " + lines_of(a.where) + " |\n";
    out += "\n";
  }
  if (!d.preamble.empty()) {
    out += "## Preamble\n\n";
    render_blocks(out, d.preamble);
  }
  for (const auto& item : d.items) {
    out += "## " + (item.number ? escape(*item.number) + ". " : std::string()) +
           escape(item.title) + "\n\n";
    if (!item.presenters.empty()) {
      out += "*Presented by:* ";
      for (std::size_t k = 0; k < item.presenters.size(); ++k)
        out += (k ? "; " : "") + escape(item.presenters[k]);
      out += "\n\n";
    }
    render_blocks(out, item.blocks);
    bool any = false;
    for (const auto& r : d.resolutions) {
      if (r.item != item.id) continue;
      if (!any) out += "**Resolutions**\n\n";
      any = true;
      out += "- " + (r.label ? "(" + escape(*r.label) + ") " : std::string()) + escape(r.text) +
             " *(" + lines_of(r.where) + ")*\n";
    }
    if (any) out += "\n";
  }
  if (!d.actions.empty()) {
    out +=
        "## Actions\n\n| # | Who | What | Due | Item | Source |\n| --- | --- | --- | --- | --- | "
        "--- |\n";
    for (const auto& a : d.actions) {
      std::string who;
      for (std::size_t k = 0; k < a.owners.size(); ++k)
        who += (k ? ", " : "") + escape(a.owners[k].name, true);
      std::string item = "—";
      for (const auto& i : d.items)
        if (a.item && i.id == *a.item)
          item = i.number ? escape(*i.number, true) : escape(i.title, true);
      out += "| " + a.id + " | " + who + " | " + escape(a.text, true) + " | " + opt(a.due) + " | " +
             item + " | " + lines_of(a.where) + " |\n";
    }
    out += "\n";
  }
  if (d.next) {
    out += "## Next meeting\n\n" + opt(d.next->date) +
           (d.next->start_time ? " at " + *d.next->start_time : std::string()) +
           (d.next->venue ? ", " + escape(*d.next->venue) : std::string()) + "\n\n";
  }
  if (!d.diagnostics.empty()) {
    out += "## Diagnostics\n\n";
    for (const auto& g : d.diagnostics)
      out += "- `" + g.code + "`: " + escape(g.message) +
             (g.where.empty() ? "" : " (" + lines_of(g.where) + ")") + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace minutes::exporters
