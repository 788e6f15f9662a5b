// Document tables (see store.hpp): one row per record, each with its path and span.
#include "ledger/store.hpp"

#include <minutes/version.hpp>

#include "exporters/enum_names.hpp"
#include "exporters/exporters.hpp"

namespace minutes::ledger {
namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

// Binds the record's fields, then the path and span columns, and runs the insert.
template <typename... Fields>
void insert(statement& st, const std::string& path, const model::span& w, const Fields&... fields) {
  st.bind(fields..., path, w.start_line, w.end_line, w.start_byte, w.end_byte, w.page, w.paragraph);
  st.run();
}

void store_records(database& db, const model::document& doc, const std::string& id) {
  const std::string& path = doc.from.path;
  const auto& m = doc.meeting;
  auto meeting = db.prepare("INSERT INTO meetings VALUES (?,?,?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)");
  std::optional<std::string> next_date, next_time;
  if (doc.next) next_date = doc.next->date, next_time = doc.next->start_time;
  // The series are set by derive(), which sees every document.
  insert(meeting, path, m.where, id, m.organisation, m.body, "", "", m.title, m.date, m.start_time,
         m.end_time, m.venue, next_date, next_time);

  auto person = db.prepare("INSERT INTO people VALUES (?,?,?,?,?,?,?,?,?)");
  for (const auto& p : doc.people)
    person
        .bind(id, p.id, p.name, p.honorific, p.given, p.family, joined(p.aliases), joined(p.roles),
              p.affiliation)
        .run();

  auto attendance = db.prepare("INSERT INTO attendance VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)");
  for (const auto& a : doc.attendance)
    insert(attendance, path, a.where, id, a.person, a.name, exporters::name_of(a.status), a.role,
           a.group, a.affiliation, a.on_behalf_of, a.remote);

  auto item = db.prepare("INSERT INTO items VALUES (?,?,?,?, ?,?,?,?,?,?,?)");
  auto block = db.prepare("INSERT INTO blocks VALUES (?,?,?,?,?, ?,?,?,?,?,?,?)");
  std::size_t seq = 0;
  for (const auto& b : doc.preamble)
    insert(block, path, b.where, id, seq++, std::nullopt, exporters::name_of(b.kind), b.text);
  for (const auto& it : doc.items) {
    insert(item, path, it.where, id, it.id, it.number, it.title);
    for (const auto& b : it.blocks)
      insert(block, path, b.where, id, seq++, it.id, exporters::name_of(b.kind), b.text);
  }

  auto resolution = db.prepare("INSERT INTO resolutions VALUES (?,?,?,?,?, ?,?,?,?,?,?,?)");
  for (const auto& r : doc.resolutions)
    insert(resolution, path, r.where, id, r.id, r.item, r.label, r.text);

  auto motion = db.prepare("INSERT INTO motions VALUES (?,?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?)");
  for (const auto& mo : doc.motions) {
    std::optional<std::string> outcome;
    if (mo.outcome) outcome = exporters::name_of(*mo.outcome);
    model::vote_counts v = mo.votes.value_or(model::vote_counts{});
    insert(motion, path, mo.where, id, mo.id, mo.item, mo.text, mo.mover, mo.seconder, outcome,
           v.for_, v.against, v.abstain, mo.resolution);
  }

  auto action = db.prepare("INSERT INTO actions VALUES (?,?,?,?,?,?,?, ?,?,?,?,?,?,?)");
  auto owner = db.prepare("INSERT INTO action_owners VALUES (?,?,?,?,?)");
  for (const auto& a : doc.actions) {
    insert(action, path, a.where, id, a.id, a.item, a.text, a.due, exporters::name_of(a.origin),
           a.resolution);
    for (std::size_t k = 0; k < a.owners.size(); ++k)
      owner.bind(id, a.id, k, a.owners[k].name, a.owners[k].person).run();
  }
}

}  // namespace

std::optional<std::string> stored_sha256(database& db, const std::string& path) {
  auto st = db.prepare("SELECT sha256 FROM documents WHERE path = ?");
  st.bind(path);
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

std::optional<std::string> stored_path_of(database& db, const std::string& sha256) {
  auto st = db.prepare("SELECT path FROM documents WHERE sha256 = ?");
  st.bind(sha256);
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

bool store_document(database& db, const model::document& doc) {
  if (auto twin = stored_path_of(db, doc.from.sha256); twin && *twin != doc.from.path) return false;
  transaction t(db);
  db.prepare("DELETE FROM documents WHERE path = ?").bind(doc.from.path).run();
  std::string id = exporters::doc_id(doc);
  db.prepare("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?)")
      .bind(id, doc.from.path, doc.from.sha256, doc.from.bytes, doc.from.format, doc.from.encoding,
            minutes::tool_version, minutes::schema_version)
      .run();
  store_records(db, doc, id);
  t.commit();
  return true;
}

void remove_document(database& db, const std::string& path) {
  transaction t(db);
  db.prepare("DELETE FROM documents WHERE path = ?").bind(path).run();
  t.commit();
}

}  // namespace minutes::ledger
