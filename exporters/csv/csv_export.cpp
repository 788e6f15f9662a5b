// CSV exporter: six RFC 4180 tables (UTF-8, header row, CRLF line ends) for any number of
// documents, joined on doc_id and the record ids. Cells a spreadsheet would run as a formula
// are neutralised with a leading apostrophe.
#include <array>
#include <string>

#include "exporters/enum_names.hpp"
#include "exporters/exporters.hpp"

namespace minutes::exporters {
namespace {

using cell = std::string;
using row = std::vector<cell>;

std::string neutralised(std::string_view v) {
  if (!v.empty() &&
      (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
    return "'" + std::string(v);
  return std::string(v);
}

void write_cell(std::string& out, std::string_view raw) {
  std::string v = neutralised(raw);
  bool quote = v.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) {
    out += v;
    return;
  }
  out.push_back('"');
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void write_row(std::string& out, const row& r) {
  for (std::size_t i = 0; i < r.size(); ++i) {
    if (i) out.push_back(',');
    write_cell(out, r[i]);
  }
  out += "\r\n";
}

cell opt(const std::optional<std::string>& v) {
  return v ? *v : cell();
}
cell num(std::size_t n) {
  return std::to_string(n);
}
cell num(const std::optional<int>& n) {
  return n ? std::to_string(*n) : cell();
}

const char* outcome_name(const std::optional<model::motion_outcome>& o) {
  return o ? name_of(*o) : "";
}

cell item_number(const model::document& d, const std::optional<std::string>& item) {
  if (!item) return {};
  for (const auto& i : d.items)
    if (i.id == *item) return opt(i.number);
  return {};
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

}  // namespace

void append_csv_row(std::string& out, const std::vector<std::string>& cells) {
  write_row(out, cells);
}

std::vector<csv_table> to_csv(std::span<const model::document* const> docs) {
  std::vector<csv_table> t{{"meetings.csv", {}},    {"attendance.csv", {}}, {"items.csv", {}},
                           {"resolutions.csv", {}}, {"motions.csv", {}},    {"actions.csv", {}}};
  write_row(t[0].text, {"doc_id", "path", "format", "organisation", "body", "title", "date",
                        "start_time", "end_time", "venue", "next_meeting_date", "next_meeting_time",
                        "attendance", "items", "resolutions", "motions", "actions", "diagnostics"});
  write_row(t[1].text, {"doc_id", "person", "name", "status", "group", "role", "affiliation",
                        "on_behalf_of", "remote", "start_line", "end_line"});
  write_row(t[2].text,
            {"doc_id", "item", "number", "title", "presenters", "start_line", "end_line"});
  write_row(t[3].text, {"doc_id", "resolution", "item", "item_number", "label", "text",
                        "start_line", "end_line"});
  write_row(t[4].text,
            {"doc_id", "motion", "item", "item_number", "text", "mover", "seconder", "outcome",
             "for", "against", "abstain", "resolution", "start_line", "end_line"});
  write_row(t[5].text, {"doc_id", "action", "item", "item_number", "owner", "person", "text", "due",
                        "origin", "resolution", "start_line", "end_line"});
  for (const model::document* d : docs) {
    const std::string id = doc_id(*d);
    const auto& m = d->meeting;
    write_row(t[0].text,
              {id, d->from.path, d->from.format, opt(m.organisation), opt(m.body), opt(m.title),
               opt(m.date), opt(m.start_time), opt(m.end_time), opt(m.venue),
               d->next ? opt(d->next->date) : cell(), d->next ? opt(d->next->start_time) : cell(),
               num(d->attendance.size()), num(d->items.size()), num(d->resolutions.size()),
               num(d->motions.size()), num(d->actions.size()), num(d->diagnostics.size())});
    for (const auto& a : d->attendance)
      write_row(t[1].text, {id, a.person, a.name, name_of(a.status), opt(a.group), opt(a.role),
                            opt(a.affiliation), opt(a.on_behalf_of), a.remote ? "true" : "false",
                            num(a.where.start_line), num(a.where.end_line)});
    for (const auto& i : d->items)
      write_row(t[2].text, {id, i.id, opt(i.number), i.title, join(i.presenters, "; "),
                            num(i.where.start_line), num(i.where.end_line)});
    for (const auto& r : d->resolutions)
      write_row(t[3].text, {id, r.id, opt(r.item), item_number(*d, r.item), opt(r.label), r.text,
                            num(r.where.start_line), num(r.where.end_line)});
    for (const auto& mo : d->motions) {
      std::optional<int> f, a, ab;
      if (mo.votes) {
        f = mo.votes->for_;
        a = mo.votes->against;
        ab = mo.votes->abstain;
      }
      write_row(t[4].text,
                {id, mo.id, opt(mo.item), item_number(*d, mo.item), mo.text, opt(mo.mover),
                 opt(mo.seconder), outcome_name(mo.outcome), num(f), num(a), num(ab),
                 opt(mo.resolution), num(mo.where.start_line), num(mo.where.end_line)});
    }
    for (const auto& ac : d->actions) {
      std::vector<model::action_owner> owners = ac.owners;
      if (owners.empty()) owners.push_back({});
      for (const auto& o : owners)
        write_row(t[5].text,
                  {id, ac.id, opt(ac.item), item_number(*d, ac.item), o.name, opt(o.person),
                   ac.text, opt(ac.due), name_of(ac.origin), opt(ac.resolution),
                   num(ac.where.start_line), num(ac.where.end_line)});
    }
  }
  return t;
}

}  // namespace minutes::exporters
