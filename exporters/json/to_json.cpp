// JSON form of the model (see to_json.hpp). One function per record type, fields in the
// order DESIGN.md lists them.
#include "exporters/json/to_json.hpp"

#include <minutes/version.hpp>

#include "exporters/enum_names.hpp"

namespace minutes::model {
namespace {

using exporters::name_of;

json span_or_null(const span& s) {
  return s.empty() ? json(nullptr) : json(s);
}

}  // namespace

void to_json(json& j, const span& s) {
  j = json{{"start_line", s.start_line},
           {"end_line", s.end_line},
           {"start_byte", s.start_byte},
           {"end_byte", s.end_byte}};
  if (s.page) j["page"] = *s.page;
  if (s.paragraph) j["paragraph"] = *s.paragraph;
}

void to_json(json& j, const diagnostic& d) {
  j = json{{"severity", name_of(d.level)},
           {"code", d.code},
           {"message", d.message},
           {"span", span_or_null(d.where)}};
}

void to_json(json& j, const source& s) {
  j = json{{"path", s.path},
           {"sha256", s.sha256},
           {"format", s.format},
           {"encoding", s.encoding},
           {"bytes", s.bytes}};
}

void to_json(json& j, const meeting& m) {
  j = json{{"organisation", m.organisation},
           {"body", m.body},
           {"title", m.title},
           {"date", m.date},
           {"start_time", m.start_time},
           {"end_time", m.end_time},
           {"venue", m.venue},
           {"span", span_or_null(m.where)}};
}

void to_json(json& j, const next_meeting& m) {
  j = json{{"date", m.date},
           {"start_time", m.start_time},
           {"venue", m.venue},
           {"span", span_or_null(m.where)}};
}

void to_json(json& j, const person& p) {
  j = json{{"id", p.id},
           {"name", p.name},
           {"honorific", p.honorific},
           {"given", p.given},
           {"family", p.family},
           {"aliases", p.aliases},
           {"affiliation", p.affiliation},
           {"roles", p.roles}};
}

void to_json(json& j, const attendance& a) {
  j = json{{"person", a.person},
           {"name", a.name},
           {"status", name_of(a.status)},
           {"group", a.group},
           {"role", a.role},
           {"affiliation", a.affiliation},
           {"on_behalf_of", a.on_behalf_of},
           {"remote", a.remote},
           {"span", span_or_null(a.where)}};
}

void to_json(json& j, const block& b) {
  j = json{{"kind", name_of(b.kind)},
           {"text", b.text},
           {"level", b.level},
           {"span", span_or_null(b.where)}};
}

void to_json(json& j, const item& i) {
  j = json{{"id", i.id},
           {"number", i.number},
           {"title", i.title},
           {"presenters", i.presenters},
           {"purpose", i.purpose},
           {"blocks", i.blocks},
           {"span", span_or_null(i.where)}};
}

void to_json(json& j, const resolution& r) {
  j = json{{"id", r.id},
           {"item", r.item},
           {"label", r.label},
           {"text", r.text},
           {"span", span_or_null(r.where)}};
}

void to_json(json& j, const motion& m) {
  json votes = nullptr;
  if (m.votes) {
    votes =
        json{{"for", m.votes->for_}, {"against", m.votes->against}, {"abstain", m.votes->abstain}};
  }
  json named = json::array();
  for (const auto& v : m.named_votes)
    named.push_back(json{{"name", v.name}, {"vote", name_of(v.vote)}});
  j = json{{"id", m.id},
           {"item", m.item},
           {"text", m.text},
           {"mover", m.mover},
           {"seconder", m.seconder},
           {"outcome", m.outcome ? json(name_of(*m.outcome)) : json(nullptr)},
           {"votes", votes},
           {"named_votes", named},
           {"resolution", m.resolution},
           {"span", span_or_null(m.where)}};
}

void to_json(json& j, const action_owner& o) {
  j = json{{"name", o.name}, {"person", o.person}};
}

void to_json(json& j, const action& a) {
  j = json{{"id", a.id},
           {"item", a.item},
           {"owners", a.owners},
           {"text", a.text},
           {"due", a.due},
           {"origin", name_of(a.origin)},
           {"resolution", a.resolution},
           {"span", span_or_null(a.where)}};
}

void to_json(json& j, const document& d) {
  j = json{{"schema_version", minutes::schema_version},
           {"source", d.from},
           {"meeting", d.meeting},
           {"preamble", d.preamble},
           {"people", d.people},
           {"attendance", d.attendance},
           {"items", d.items},
           {"resolutions", d.resolutions},
           {"motions", d.motions},
           {"actions", d.actions},
           {"next_meeting", d.next ? json(*d.next) : json(nullptr)},
           {"diagnostics", d.diagnostics}};
}

}  // namespace minutes::model
