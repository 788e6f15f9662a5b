// The business sections of an HTML page (see html_sections.hpp): items, resolutions,
// motions, actions and diagnostics, each fact a link to the lines it came from.
#include <algorithm>
#include <array>

#include "exporters/enum_names.hpp"
#include "exporters/html/html_sections.hpp"
#include "exporters/html/html_text.hpp"

namespace minutes::exporters::html {
namespace {

// A section of facts: its heading and count, then one list entry per record — the record's
// link to its lines, its line label, and what `body` writes — or the sentence `none`.
template <typename Record, typename Body>
void append_fact_section(std::string& out, const page_context& cx, std::string_view id,
                         std::string_view heading, const std::vector<Record>& list,
                         std::string_view none, Body body) {
  open_section(out, id, heading, list.size());
  out += list.empty() ? "<p class=\"none\">" : "<ol>\n";
  if (list.empty()) {
    out += none;
    out += "</p>\n";
  }
  for (const auto& record : list) {
    std::string_view record_id;
    if constexpr (requires { record.id; }) record_id = record.id;
    out += "<li>";
    open_fact(out, record.where, cx.lines, record_id);
    append_line_label(out, record.where);
    body(record);
    close_fact(out, record.where, cx.lines);
    out += "</li>\n";
  }
  if (!list.empty()) out += "</ol>\n";
  close_section(out);
}

// Appends `label` and the value, when there is one.
void append_labelled(std::string& out, std::string_view label,
                     const std::optional<std::string>& value) {
  if (!value) return;
  out += label;
  append_text(out, *value);
}

// " · item 3" (or the item's title when it has no number) for a record that names its item.
void append_item_ref(std::string& out, const page_context& cx,
                     const std::optional<std::string>& item) {
  if (!item) return;
  auto found = cx.items.find(*item);
  if (found == cx.items.end()) return;
  out += " · item ";
  append_text(out, found->second->number ? *found->second->number : found->second->title);
}

// Opens the muted line under a decision with its id and item; the caller adds and closes.
void append_meta(std::string& out, const page_context& cx, std::string_view id,
                 const std::optional<std::string>& item) {
  out += "<span class=\"m\">";
  append_text(out, id);
  append_item_ref(out, cx, item);
}

void append_counts(std::string& out, std::string_view label, std::size_t n, bool& first) {
  if (n == 0) return;
  out += first ? "" : " · ";
  first = false;
  append_number(out, n);
  out += ' ';
  out += label;
  if (n > 1) out += 's';
}

// Where an action was found, in the words of the page (indexed by model::action_origin).
constexpr const char* origin_phrases[] = {"from a resolution", "from an actions line",
                                          "from the narrative"};

void append_votes(std::string& out, const model::motion& m) {
  if (m.outcome) {
    out += " · <span class=\"b ";
    out += name_of(*m.outcome);
    out += "\">";
    out += name_of(*m.outcome);
    out += "</span>";
  }
  if (m.votes) {
    const std::array<std::pair<const char*, const std::optional<int>*>, 3> counts{
        {{"for", &m.votes->for_}, {"against", &m.votes->against}, {"abstain", &m.votes->abstain}}};
    for (const auto& [label, n] : counts) {
      if (!*n) continue;
      out += " · ";
      out += label;
      out += ' ';
      append_number(out, static_cast<std::size_t>(std::max(0, **n)));
    }
  }
  if (m.resolution) {
    out += " · became ";
    append_text(out, *m.resolution);
  }
  for (std::size_t k = 0; k < m.named_votes.size(); ++k) {
    out += k ? "; " : "</span><span class=\"m\">Named votes: ";
    append_text(out, m.named_votes[k].name);
    out += " (";
    out += name_of(m.named_votes[k].vote);
    out += ')';
  }
}

}  // namespace

void append_items(std::string& out, const page_context& cx) {
  const auto& d = cx.doc;
  // Per item: resolutions, motions and actions, counted once rather than per item.
  std::unordered_map<std::string_view, std::array<std::size_t, 3>> counts;
  for (const auto& r : d.resolutions)
    if (r.item) ++counts[*r.item][0];
  for (const auto& m : d.motions)
    if (m.item) ++counts[*m.item][1];
  for (const auto& a : d.actions)
    if (a.item) ++counts[*a.item][2];
  append_fact_section(out, cx, "items", "Items", d.items, "No agenda items were recognised.",
                      [&](const model::item& item) {
                        if (item.number) {
                          out += "<span class=\"who\">";
                          append_text(out, *item.number);
                          out += ".</span> ";
                        }
                        append_text(out, item.title);
                        auto c = counts.find(item.id);
                        if (item.presenters.empty() && c == counts.end()) return;
                        out += "<span class=\"m\">";
                        bool first = true;
                        for (std::size_t k = 0; k < item.presenters.size(); ++k) {
                          out += k ? "; " : "presented by ";
                          append_text(out, item.presenters[k]);
                          first = false;
                        }
                        if (c != counts.end()) {
                          append_counts(out, "resolution", c->second[0], first);
                          append_counts(out, "motion", c->second[1], first);
                          append_counts(out, "action", c->second[2], first);
                        }
                        out += "</span>";
                      });
}

void append_resolutions(std::string& out, const page_context& cx) {
  append_fact_section(out, cx, "resolutions", "Resolutions", cx.doc.resolutions,
                      "No resolutions recorded.", [&](const model::resolution& r) {
                        if (r.label) {
                          out += "<span class=\"b\">(";
                          append_text(out, *r.label);
                          out += ")</span> ";
                        }
                        append_text(out, r.text);
                        append_meta(out, cx, r.id, r.item);
                        out += "</span>";
                      });
}

void append_motions(std::string& out, const page_context& cx) {
  append_fact_section(out, cx, "motions", "Motions", cx.doc.motions, "No motions recorded.",
                      [&](const model::motion& m) {
                        append_text(out, m.text);
                        append_meta(out, cx, m.id, m.item);
                        append_labelled(out, " · moved by ", m.mover);
                        append_labelled(out, " · seconded by ", m.seconder);
                        append_votes(out, m);
                        out += "</span>";
                      });
}

void append_actions(std::string& out, const page_context& cx) {
  append_fact_section(out, cx, "actions", "Actions", cx.doc.actions, "No actions recorded.",
                      [&](const model::action& a) {
                        out += "<span class=\"who\">";
                        for (std::size_t k = 0; k < a.owners.size(); ++k) {
                          if (k) out += ", ";
                          append_text(out, a.owners[k].name);
                        }
                        if (a.owners.empty()) out += "no owner named";
                        out += "</span> <span class=\"due\">";
                        out += a.due ? "" : "· no due date";
                        append_labelled(out, "· due ", a.due);
                        out += "</span><span class=\"t\">";
                        append_text(out, a.text);
                        out += "</span>";
                        append_meta(out, cx, a.id, a.item);
                        if (a.resolution) {
                          append_labelled(out, " · from resolution ", a.resolution);
                        } else {
                          out += " · ";
                          out += origin_phrases[static_cast<std::size_t>(a.origin)];
                        }
                        out += "</span>";
                      });
}

void append_diagnostics(std::string& out, const page_context& cx) {
  append_fact_section(out, cx, "diagnostics", "Diagnostics", cx.doc.diagnostics,
                      "The parser had no doubts.", [&](const model::diagnostic& g) {
                        out += "<span class=\"b ";
                        out += name_of(g.level);
                        out += "\">";
                        out += name_of(g.level);
                        out += "</span> <code>";
                        append_text(out, g.code);
                        out += "</code> ";
                        append_text(out, g.message);
                      });
}

}  // namespace minutes::exporters::html
