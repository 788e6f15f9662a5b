// HTML index of a batch (exporters stage): one table row per document — its meeting, date and
// how many facts of each kind were found — linking to the document's audit page; documents
// that could not be converted are listed with the reason, so the index accounts for every
// input. Self-contained like the pages, and without script.
#include <array>

#include "exporters/exporters.hpp"
#include "exporters/html/html_assets.hpp"
#include "exporters/html/html_sections.hpp"
#include "exporters/html/html_text.hpp"

namespace minutes::exporters {
namespace {

using counts = std::array<std::size_t, 7>;
constexpr std::array<std::string_view, 7> count_headings{
    "Present", "Apologies", "Items", "Resolutions", "Motions", "Actions", "Diagnostics"};

counts counts_of(const html_index_entry& e) {
  return {e.present, e.apologies, e.items, e.resolutions, e.motions, e.actions, e.diagnostics};
}

// A relative URL for a page path: every byte but unreserved ones and '/' percent-encoded,
// after "./", so that no file name can read as a scheme ("javascript:") or a fragment.
void append_page_url(std::string& out, std::string_view page) {
  static constexpr char hex[] = "0123456789ABCDEF";
  out += "./";
  for (char ch : page) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
}

void append_cells(std::string& out, const counts& c) {
  for (std::size_t n : c) {
    out += "<td class=\"c\">";
    html::append_number(out, n);
    out += "</td>";
  }
}

void append_row(std::string& out, const html_index_entry& e) {
  out += "<tr><td>";
  if (e.error.empty()) {
    out += "<a href=\"";
    append_page_url(out, e.page);
    out += "\">";
    html::append_text(out, e.title);
    out += "</a><span class=\"m\">";
    if (e.organisation) {
      html::append_text(out, *e.organisation);
      out += " · ";
    }
  } else {
    out += "<span class=\"b error\">not converted</span><span class=\"m\">";
  }
  html::append_text(out, e.source);
  out += "</span></td>";
  if (!e.error.empty()) {
    out += "<td colspan=\"8\">";
    html::append_text(out, e.error);
    out += "</td></tr>\n";
    return;
  }
  out += "<td class=\"due\">";
  if (e.date) html::append_text(out, *e.date);
  out += e.date ? "</td>" : "<span class=\"none\">not stated</span></td>";
  append_cells(out, counts_of(e));
  out += "</tr>\n";
}

}  // namespace

html_index_entry html_index_entry_of(const model::document& d, std::string page) {
  html_index_entry e;
  e.page = std::move(page);
  e.source = d.from.path;
  e.title = std::string(html::heading_of(d));
  e.organisation = d.meeting.organisation;
  e.date = d.meeting.date;
  for (const auto& a : d.attendance) {
    e.present += a.status == model::attendance_status::present ? 1 : 0;
    e.apologies += a.status == model::attendance_status::apologies ? 1 : 0;
  }
  e.items = d.items.size();
  e.resolutions = d.resolutions.size();
  e.motions = d.motions.size();
  e.actions = d.actions.size();
  e.diagnostics = d.diagnostics.size();
  return e;
}

std::string to_html_index(std::span<const html_index_entry> entries) {
  std::string out;
  out.reserve(12'288 + 512 * entries.size());
  std::size_t converted = 0;
  counts total{};
  for (const auto& e : entries) {
    if (!e.error.empty()) continue;
    ++converted;
    const counts c = counts_of(e);
    for (std::size_t k = 0; k < c.size(); ++k) total[k] += c[k];
  }
  html::append_head(out, "Minutes: index", "index", false);
  out += "<header>\n<h1>Minutes: ";
  html::append_number(out, entries.size());
  out += entries.size() == 1 ? " document</h1>\n<p class=\"sub\">"
                             : " documents</h1>\n<p class=\"sub\">";
  html::append_number(out, converted);
  out +=
      " converted; each links to its audit page, where every fact leads to its source "
      "lines.</p>\n</header>\n<main>\n<table>\n<thead><tr><th>Meeting</th><th>Date</th>";
  for (auto heading : count_headings) {
    out += "<th class=\"c\">";
    out += heading;
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& e : entries) append_row(out, e);
  out += "</tbody>\n<tfoot><tr><td>Total</td><td></td>";
  append_cells(out, total);
  out += "</tr></tfoot>\n</table>\n</main>\n";
  html::append_tail(out, false);
  return out;
}

}  // namespace minutes::exporters
