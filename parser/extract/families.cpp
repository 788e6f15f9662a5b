// The registry of rule families and the final step that resolves people and numbers the
// records. Families run in this order: later ones read what earlier ones found (actions
// read resolutions; due dates read the meeting and next-meeting dates).
#include "parser/extract/families.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "parser/text.hpp"

namespace minutes::parser {
namespace {

struct family {
  const char* name;
  void (*run)(extract_context&);
};

constexpr std::array<family, 7> registry{{
    {"meeting", extract_meeting},
    {"items", extract_items},
    {"attendance", extract_attendance},
    {"resolutions", extract_resolutions},
    {"motions", extract_motions},
    {"resolution ids", number_resolutions},
    {"actions", extract_actions},
}};

// Attendance: one record per person; later records add what earlier ones lacked.
void finish_attendance(extract_context& cx) {
  std::map<std::string, std::size_t> index;
  for (auto& p : cx.attendance) {
    p.record.person = cx.people.id_of(p.who);
    p.record.name = cx.people.name_of(p.who);
    if (p.behalf_of) p.record.on_behalf_of = cx.people.name_of(*p.behalf_of);
    auto [it, fresh] = index.emplace(p.record.person, cx.doc.attendance.size());
    if (fresh) {
      cx.doc.attendance.push_back(p.record);
      continue;
    }
    model::attendance& first = cx.doc.attendance[it->second];
    if (!first.on_behalf_of) first.on_behalf_of = p.record.on_behalf_of;
    if (!first.role) first.role = p.record.role;
    if (!first.affiliation) first.affiliation = p.record.affiliation;
    if (!first.group) first.group = p.record.group;
    first.remote = first.remote || p.record.remote;
  }
}

std::string capitalised(std::string_view w) {
  std::string out(w);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

// "JS", "@bob", "bkumar": an owner still written as initials or a handle matched nobody.
bool unresolved(std::string_view name) {
  if (name.empty() || name.find(' ') != std::string_view::npos) return false;
  if (name[0] == '@') return true;
  bool upper = name.size() >= 2 && name.size() <= 4 && text::all_caps(name);
  bool handle = std::all_of(name.begin(), name.end(), [](char c) {
    return text::is_ascii_lower(c) || text::is_digit(c) || c == '-' || c == '_';
  });
  return upper || handle;
}

model::diagnostic doubt(model::severity level, std::string code, std::string message,
                        model::span where = {}) {
  return model::diagnostic{level, std::move(code), std::move(message), where};
}

void finish_actions(extract_context& cx) {
  // Who holds each role, looked up once a role: by_role reads every mention of the minutes.
  std::unordered_map<std::string, std::optional<people_registry::handle>> holders;
  for (auto& a : cx.actions) {
    for (auto& o : a.owners) {
      model::action_owner owner;
      if (o.who) {
        owner.name = cx.people.name_of(*o.who);
        owner.person = cx.people.id_of(*o.who);
      } else if (o.as_written.rfind("role:", 0) == 0) {
        std::string role = o.as_written.substr(5);
        auto [known, fresh] = holders.try_emplace(role);
        if (fresh) known->second = cx.people.by_role(role);
        if (auto holder = known->second) {
          owner.name = cx.people.name_of(*holder);
          owner.person = cx.people.id_of(*holder);
        } else {
          owner.name = capitalised(role);
        }
      } else {
        owner.name = o.as_written;
      }
      bool listed = std::any_of(cx.doc.attendance.begin(), cx.doc.attendance.end(),
                                [&](const auto& r) { return r.person == owner.person; });
      if (o.as_written.rfind("role:", 0) != 0 && !listed && unresolved(owner.name))
        cx.doc.diagnostics.push_back(
            doubt(model::severity::info, "actions.unresolved-owner",
                  "the owner '" + owner.name + "' matches nobody the minutes list; kept as written",
                  a.record.where));
      a.record.owners.push_back(std::move(owner));
    }
    a.record.id = "A" + std::to_string(cx.doc.actions.size() + 1);
    cx.doc.actions.push_back(std::move(a.record));
  }
}

void finish_motions(extract_context& cx) {
  for (auto& pm : cx.motions) {
    if (pm.mover) pm.record.mover = cx.people.name_of(*pm.mover);
    if (pm.seconder) pm.record.seconder = cx.people.name_of(*pm.seconder);
    pm.record.id = "M" + std::to_string(cx.doc.motions.size() + 1);
    cx.doc.motions.push_back(std::move(pm.record));
  }
}

// What the minutes seemed to lack: a reader of the output should know when a document was
// not understood, rather than take an empty list for a fact.
void structure_doubts(extract_context& cx) {
  auto& d = cx.doc;
  if (d.items.empty())
    d.diagnostics.push_back(doubt(model::severity::warning, "layout.no-items",
                                  "no agenda items were recognised; the text is all in the "
                                  "preamble"));
  if (d.attendance.empty())
    d.diagnostics.push_back(doubt(model::severity::info, "attendance.none",
                                  "no attendance list or sentence was recognised"));
  if (!d.meeting.date)
    d.diagnostics.push_back(
        doubt(model::severity::info, "meeting.no-date", "the meeting's date was not found"));
}

}  // namespace

bool run_families(extract_context& cx, const parse_limits& limits) {
  for (const auto& b : cx.lay.blocks) cx.sentences.add(b.text);
  for (const auto& f : registry) {
    if (limits.out_of_time()) return false;
    f.run(cx);
  }
  cx.people.finish(cx.doc.people);
  finish_attendance(cx);
  finish_actions(cx);
  finish_motions(cx);
  structure_doubts(cx);
  return true;
}

}  // namespace minutes::parser
