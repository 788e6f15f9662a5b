// Ledger DDL (see schema.hpp and docs/ledger.md). Document tables hold what one parse of one
// file said, each row with its path and span; derived tables hold what the ledger concludes
// across documents and are rebuilt from the document tables, so that a build killed at any
// moment and run again gives the same database.
#include "ledger/schema.hpp"

#include <minutes/version.hpp>

#include <string>

namespace minutes::ledger {
namespace {

// Every record table carries the source path and span of the record: `<span>` below.
constexpr std::string_view span_columns =
    "path TEXT NOT NULL, start_line INTEGER, end_line INTEGER, start_byte INTEGER, "
    "end_byte INTEGER, page INTEGER, paragraph INTEGER";

constexpr std::string_view ddl_template = R"sql(
CREATE TABLE ledger_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,
  format TEXT, encoding TEXT, tool_version TEXT NOT NULL, schema_version TEXT NOT NULL);
CREATE INDEX documents_path ON documents(path);
CREATE TABLE meetings (
  doc_id TEXT PRIMARY KEY REFERENCES documents ON DELETE CASCADE,
  organisation TEXT, body TEXT, series TEXT NOT NULL, body_series TEXT NOT NULL, title TEXT,
  date TEXT, start_time TEXT, end_time TEXT, venue TEXT, next_date TEXT, next_time TEXT,
  <span>);
CREATE TABLE people (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, person TEXT NOT NULL,
  name TEXT NOT NULL, honorific TEXT, given TEXT, family TEXT, aliases TEXT, roles TEXT,
  affiliation TEXT, PRIMARY KEY (doc_id, person));
CREATE TABLE attendance (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, person TEXT NOT NULL,
  name TEXT NOT NULL, status TEXT NOT NULL, role TEXT, group_name TEXT, affiliation TEXT,
  on_behalf_of TEXT, remote INTEGER NOT NULL, <span>,
  PRIMARY KEY (doc_id, person));
CREATE TABLE items (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, item TEXT NOT NULL,
  number TEXT, title TEXT NOT NULL, <span>, PRIMARY KEY (doc_id, item));
CREATE TABLE blocks (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, seq INTEGER NOT NULL,
  item TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, <span>,
  PRIMARY KEY (doc_id, seq));
CREATE TABLE resolutions (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, resolution TEXT NOT NULL,
  item TEXT, label TEXT, text TEXT NOT NULL, <span>,
  PRIMARY KEY (doc_id, resolution));
CREATE TABLE motions (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, motion TEXT NOT NULL,
  item TEXT, text TEXT NOT NULL, mover TEXT, seconder TEXT, outcome TEXT, votes_for INTEGER,
  votes_against INTEGER, votes_abstain INTEGER, resolution TEXT, <span>,
  PRIMARY KEY (doc_id, motion));
CREATE TABLE actions (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, action TEXT NOT NULL,
  item TEXT, text TEXT NOT NULL, due TEXT, origin TEXT NOT NULL, resolution TEXT,
  <span>, PRIMARY KEY (doc_id, action));
CREATE TABLE action_owners (
  doc_id TEXT NOT NULL REFERENCES documents ON DELETE CASCADE, action TEXT NOT NULL,
  seq INTEGER NOT NULL, name TEXT NOT NULL, person TEXT, PRIMARY KEY (doc_id, action, seq));

CREATE TABLE archive_people (
  archive_person TEXT PRIMARY KEY, series TEXT NOT NULL, name TEXT NOT NULL,
  variants TEXT NOT NULL);
CREATE TABLE person_links (
  doc_id TEXT NOT NULL, person TEXT NOT NULL, archive_person TEXT NOT NULL,
  PRIMARY KEY (doc_id, person));
CREATE TABLE ambiguities (
  doc_id TEXT NOT NULL, person TEXT NOT NULL, name TEXT NOT NULL, candidates TEXT NOT NULL,
  PRIMARY KEY (doc_id, person));
CREATE TABLE followups (
  doc_id TEXT NOT NULL, action TEXT NOT NULL, later_doc_id TEXT NOT NULL, kind TEXT NOT NULL,
  reason TEXT NOT NULL, text TEXT NOT NULL, <span>);
CREATE TABLE action_status (
  doc_id TEXT NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL, evidence_doc_id TEXT,
  evidence_path TEXT, evidence_start_line INTEGER, evidence_end_line INTEGER,
  overdue INTEGER NOT NULL, as_of TEXT, PRIMARY KEY (doc_id, action));
CREATE VIRTUAL TABLE search USING fts5(
  text, kind UNINDEXED, doc_id UNINDEXED, record UNINDEXED, path UNINDEXED,
  start_line UNINDEXED, end_line UNINDEXED);
)sql";

std::string ddl() {
  std::string out(ddl_template);
  constexpr std::string_view mark = "<span>";
  for (auto at = out.find(mark); at != std::string::npos; at = out.find(mark, at))
    out.replace(at, mark.size(), span_columns);
  return out;
}

std::string info(database& db, const char* key) {
  auto st = db.prepare("SELECT value FROM ledger_info WHERE key = ?");
  st.bind(key);
  return st.step() ? st.text(0) : std::string();
}

}  // namespace

void prepare_schema(database& db) {
  auto tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ledger_info'");
  tables.step();
  if (tables.integer(0) == 0) {
    transaction t(db);
    db.exec(ddl());
    auto put = db.prepare("INSERT INTO ledger_info VALUES (?, ?)");
    put.bind("ledger_version", ledger_version).run();
    put.bind("schema_version", minutes::schema_version).run();
    t.commit();
    return;
  }
  std::string have = info(db, "ledger_version");
  if (have != ledger_version)
    throw sqlite_error("the ledger was built by another version of minutes (ledger version " +
                       have + ", this one writes " + std::string(ledger_version) +
                       "); build a new ledger file");
}

}  // namespace minutes::ledger
