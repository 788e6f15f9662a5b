// JSON form of the model (see to_json.hpp). One function per record type, fields in the
// order DESIGN.md lists them.
#include "exporters/json/to_json.hpp"

#include <minutes/version.hpp>

#include "exporters/enum_names.hpp"

namespace minutes::model {
namespace {

using exporters::name_of;

// An empty span (a record the parser made up) is null.
std::optional<span> span_or_null(const span& s) {
  return s.empty() ? std::nullopt : std::optional<span>(s);
}

}  // namespace

void write_json(json_writer& w, const span& s) {
  w.begin_object();
  w.field("start_line", s.start_line);
  w.field("end_line", s.end_line);
  w.field("start_byte", s.start_byte);
  w.field("end_byte", s.end_byte);
  if (s.page) w.field("page", *s.page);
  if (s.paragraph) w.field("paragraph", *s.paragraph);
  w.end_object();
}

void write_json(json_writer& w, const diagnostic& d) {
  w.begin_object();
  w.field("severity", name_of(d.level));
  w.field("code", d.code);
  w.field("message", d.message);
  w.field("span", span_or_null(d.where));
  w.end_object();
}

void write_json(json_writer& w, const source& s) {
  w.begin_object();
  w.field("path", s.path);
  w.field("sha256", s.sha256);
  w.field("format", s.format);
  w.field("encoding", s.encoding);
  w.field("bytes", s.bytes);
  w.end_object();
}

void write_json(json_writer& w, const meeting& m) {
  w.begin_object();
  w.field("organisation", m.organisation);
  w.field("body", m.body);
  w.field("title", m.title);
  w.field("date", m.date);
  w.field("start_time", m.start_time);
  w.field("end_time", m.end_time);
  w.field("venue", m.venue);
  w.field("span", span_or_null(m.where));
  w.end_object();
}

void write_json(json_writer& w, const next_meeting& m) {
  w.begin_object();
  w.field("date", m.date);
  w.field("start_time", m.start_time);
  w.field("venue", m.venue);
  w.field("span", span_or_null(m.where));
  w.end_object();
}

void write_json(json_writer& w, const person& p) {
  w.begin_object();
  w.field("id", p.id);
  w.field("name", p.name);
  w.field("honorific", p.honorific);
  w.field("given", p.given);
  w.field("family", p.family);
  w.field("aliases", p.aliases);
  w.field("affiliation", p.affiliation);
  w.field("roles", p.roles);
  w.end_object();
}

void write_json(json_writer& w, const attendance& a) {
  w.begin_object();
  w.field("person", a.person);
  w.field("name", a.name);
  w.field("status", name_of(a.status));
  w.field("group", a.group);
  w.field("role", a.role);
  w.field("affiliation", a.affiliation);
  w.field("on_behalf_of", a.on_behalf_of);
  w.field("remote", a.remote);
  w.field("span", span_or_null(a.where));
  w.end_object();
}

void write_json(json_writer& w, const block& b) {
  w.begin_object();
  w.field("kind", name_of(b.kind));
  w.field("text", b.text);
  w.field("level", b.level);
  w.field("span", span_or_null(b.where));
  w.end_object();
}

void write_json(json_writer& w, const item& i) {
  w.begin_object();
  w.field("id", i.id);
  w.field("number", i.number);
  w.field("title", i.title);
  w.field("presenters", i.presenters);
  w.field("purpose", i.purpose);
  w.field("blocks", i.blocks);
  w.field("span", span_or_null(i.where));
  w.end_object();
}

void write_json(json_writer& w, const resolution& r) {
  w.begin_object();
  w.field("id", r.id);
  w.field("item", r.item);
  w.field("label", r.label);
  w.field("text", r.text);
  w.field("span", span_or_null(r.where));
  w.end_object();
}

void write_json(json_writer& w, const vote_counts& v) {
  w.begin_object();
  w.field("for", v.for_);
  w.field("against", v.against);
  w.field("abstain", v.abstain);
  w.end_object();
}

void write_json(json_writer& w, const named_vote& v) {
  w.begin_object();
  w.field("name", v.name);
  w.field("vote", name_of(v.vote));
  w.end_object();
}

void write_json(json_writer& w, const motion& m) {
  w.begin_object();
  w.field("id", m.id);
  w.field("item", m.item);
  w.field("text", m.text);
  w.field("mover", m.mover);
  w.field("seconder", m.seconder);
  w.key("outcome");
  if (m.outcome)
    w.string(name_of(*m.outcome));
  else
    w.null();
  w.field("votes", m.votes);
  w.field("named_votes", m.named_votes);
  w.field("resolution", m.resolution);
  w.field("span", span_or_null(m.where));
  w.end_object();
}

void write_json(json_writer& w, const action_owner& o) {
  w.begin_object();
  w.field("name", o.name);
  w.field("person", o.person);
  w.end_object();
}

void write_json(json_writer& w, const action& a) {
  w.begin_object();
  w.field("id", a.id);
  w.field("item", a.item);
  w.field("owners", a.owners);
  w.field("text", a.text);
  w.field("due", a.due);
  w.field("origin", name_of(a.origin));
  w.field("resolution", a.resolution);
  w.field("span", span_or_null(a.where));
  w.end_object();
}

void write_json(json_writer& w, const document& d) {
  w.begin_object();
  w.field("schema_version", minutes::schema_version);
  w.field("source", d.from);
  w.field("meeting", d.meeting);
  w.field("preamble", d.preamble);
  w.field("people", d.people);
  w.field("attendance", d.attendance);
  w.field("items", d.items);
  w.field("resolutions", d.resolutions);
  w.field("motions", d.motions);
  w.field("actions", d.actions);
  w.field("next_meeting", d.next);
  w.field("diagnostics", d.diagnostics);
  w.end_object();
}

}  // namespace minutes::model
