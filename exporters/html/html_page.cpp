// HTML exporter (the audit view): one self-contained page per document — the extracted facts
// on the left, the source text with numbered lines on the right, every fact a link that
// highlights the lines it came from. The page loads nothing from outside (see
// html_assets.hpp) and escapes everything it shows (html_text.hpp).
#include "exporters/exporters.hpp"
#include "exporters/html/html_assets.hpp"
#include "exporters/html/html_sections.hpp"
#include "exporters/html/html_text.hpp"

namespace minutes::exporters {

std::string_view html::heading_of(const model::document& d) {
  if (d.meeting.body) return *d.meeting.body;
  if (d.meeting.title) return *d.meeting.title;
  std::string_view path = d.from.path;
  return path.substr(path.find_last_of("/\\") + 1);  // the file's name (npos + 1 is 0)
}

namespace {
using html::heading_of;

void append_header(std::string& out, const model::document& d) {
  const auto& m = d.meeting;
  out += "<header class=\"top\">\n<h1>";
  html::append_text(out, heading_of(d));
  out += "</h1>\n<p class=\"sub\">";
  bool first = true;
  for (const auto* part : {&m.organisation, &m.date, &m.start_time, &m.venue}) {
    if (!*part) continue;
    if (!first) out += " · ";
    first = false;
    html::append_text(out, **part);
  }
  if (first) out += "Date and place not stated";
  out += "</p>\n<p class=\"file\">";
  html::append_text(out, d.from.path);
  out += " · ";
  html::append_text(out, d.from.format);
  out += " · ";
  html::append_text(out, d.from.encoding);
  out += " · ";
  html::append_number(out, d.from.bytes);
  out += " bytes · sha256 ";
  html::append_text(out, d.from.sha256);
  out += "</p>\n</header>\n";
}

void append_toc_entry(std::string& out, std::string_view id, std::string_view label,
                      std::size_t count) {
  out += "<a href=\"#";
  out += id;
  out += "\">";
  out += label;
  out += " <span class=\"n\">";
  html::append_number(out, count);
  out += "</span></a>\n";
}

void append_toc(std::string& out, const model::document& d, std::size_t lines) {
  out += "<nav class=\"toc\" aria-label=\"Sections\">\n<a href=\"#meeting\">Meeting</a>\n";
  append_toc_entry(out, "attendance", "Attendance", d.attendance.size());
  append_toc_entry(out, "items", "Items", d.items.size());
  append_toc_entry(out, "resolutions", "Resolutions", d.resolutions.size());
  append_toc_entry(out, "motions", "Motions", d.motions.size());
  append_toc_entry(out, "actions", "Actions", d.actions.size());
  append_toc_entry(out, "diagnostics", "Diagnostics", d.diagnostics.size());
  append_toc_entry(out, "source", "Lines", lines);
  out += "</nav>\n";
}

// The source pane: one <p id="Ln"> per line, its number a link to itself. A line's '\r'
// (a CRLF file shown as it is) is its terminator, not text.
void append_source(std::string& out, std::string_view source, std::size_t lines) {
  out += "<section class=\"source\" id=\"source\" aria-label=\"Source text\">\n<h2>Source text, ";
  html::append_number(out, lines);
  out += lines == 1 ? " line</h2>\n" : " lines</h2>\n";
  std::size_t number = 0;
  for (std::size_t start = 0; start < source.size();) {
    std::size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    std::string_view line = source.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start = end + 1;
    ++number;
    out += "<p id=\"L";
    html::append_number(out, number);
    out += "\"><a href=\"#L";
    html::append_number(out, number);
    out += "\">";
    html::append_number(out, number);
    out += "</a>";
    html::append_text(out, line);
    out += "</p>\n";
  }
  out += "</section>\n";
}

}  // namespace

std::string to_html(const model::document& d, std::string_view source) {
  html::page_context cx{d, html::count_lines(source), {}};
  cx.items.reserve(d.items.size());
  for (const auto& item : d.items) cx.items.emplace(item.id, &item);

  std::string out;
  const std::size_t records = d.attendance.size() + d.items.size() + d.resolutions.size() +
                              d.motions.size() + d.actions.size() + d.diagnostics.size();
  out.reserve(16'384 + source.size() + 48 * cx.lines + 320 * records);
  std::string title(heading_of(d));
  if (d.meeting.date) title += " — " + *d.meeting.date;
  html::append_head(out, title, "page", true);
  append_header(out, d);
  out += "<main>\n<div class=\"facts\">\n";
  append_toc(out, d, cx.lines);
  html::append_meeting(out, cx);
  html::append_attendance(out, cx);
  html::append_items(out, cx);
  html::append_resolutions(out, cx);
  html::append_motions(out, cx);
  html::append_actions(out, cx);
  html::append_diagnostics(out, cx);
  out += "</div>\n";
  append_source(out, source, cx.lines);
  out += "</main>\n";
  html::append_tail(out, true);
  return out;
}

}  // namespace minutes::exporters
