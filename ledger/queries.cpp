// Ledger questions (see queries.hpp).
#include "ledger/queries.hpp"

#include <cstdio>
#include <map>

namespace minutes::ledger {
namespace {

// Every row of `st` into `t`, columns named by the query's aliases.
table rows_of(statement& st, std::string title) {
  table t{std::move(title), {}, {}};
  for (int c = 0; c < st.columns(); ++c) t.columns.push_back(st.column_name(c));
  while (st.step()) {
    auto& row = t.rows.emplace_back();
    for (int c = 0; c < st.columns(); ++c) row.push_back(st.maybe_text(c));
  }
  return t;
}

std::string like(const std::string& s) {
  return "%" + s + "%";
}

std::string percent(std::int64_t part, std::int64_t whole) {
  if (whole == 0) return "n/a";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%",
                100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buf;
}

// The owners of each action as archive people where known, as written otherwise.
constexpr const char* owners_sql =
    "(SELECT group_concat(coalesce(h.name, o.name), '; ') FROM action_owners o "
    "LEFT JOIN person_links l ON l.doc_id = o.doc_id AND l.person = o.person "
    "LEFT JOIN archive_people h ON h.archive_person = l.archive_person "
    "WHERE o.doc_id = a.doc_id AND o.action = a.action)";

constexpr const char* action_columns =
    "m.date AS meeting, coalesce(m.body, m.organisation) AS body, i.number AS minute, "
    "a.text AS action, a.due AS due, s.status AS status, "
    "CASE s.overdue WHEN 1 THEN 'overdue' ELSE '' END AS flag, "
    "s.evidence_path || ':' || s.evidence_start_line AS evidence, "
    "a.path || ':' || a.start_line AS source ";

constexpr const char* action_joins =
    "FROM actions a JOIN meetings m ON m.doc_id = a.doc_id "
    "JOIN action_status s ON s.doc_id = a.doc_id AND s.action = a.action "
    "LEFT JOIN items i ON i.doc_id = a.doc_id AND i.item = a.item ";

}  // namespace

table find_people(database& db, const std::string& name) {
  auto st = db.prepare(
      "SELECT archive_person AS id, name, series AS organisation, variants FROM archive_people "
      "WHERE name LIKE ?1 OR variants LIKE ?1 ORDER BY archive_person");
  st.bind(like(name));
  return rows_of(st, "People matching '" + name + "'");
}

std::vector<table> person_report(database& db, const std::string& archive_person) {
  auto who = db.prepare("SELECT name FROM archive_people WHERE archive_person = ?");
  who.bind(archive_person);
  std::string name = who.step() ? who.text(0) : archive_person;

  auto att = db.prepare(
      "SELECT m.date AS meeting, coalesce(m.body, m.organisation) AS body, t.status AS status, "
      "t.on_behalf_of AS substitute_for, t.path || ':' || t.start_line AS source "
      "FROM attendance t JOIN person_links l ON l.doc_id = t.doc_id AND l.person = t.person "
      "JOIN meetings m ON m.doc_id = t.doc_id WHERE l.archive_person = ? "
      "ORDER BY m.date, t.doc_id");
  att.bind(archive_person);
  table attendance = rows_of(att, "");
  std::int64_t present = 0;
  for (const auto& r : attendance.rows) present += r[2] == std::optional<std::string>("present");
  auto listed = static_cast<std::int64_t>(attendance.rows.size());
  attendance.title = "Attendance of " + name + ": present at " + std::to_string(present) + " of " +
                     std::to_string(listed) + " meetings listing them (" +
                     percent(present, listed) + ")";

  auto acts = db.prepare(std::string("SELECT DISTINCT ") + action_columns + action_joins +
                         "JOIN action_owners o ON o.doc_id = a.doc_id AND o.action = a.action "
                         "JOIN person_links l ON l.doc_id = o.doc_id AND l.person = o.person "
                         "WHERE l.archive_person = ? ORDER BY m.date, a.doc_id, a.start_line");
  acts.bind(archive_person);
  return {std::move(attendance), rows_of(acts, "Commitments of " + name)};
}

table find_actions(database& db, const action_filter& f) {
  std::string sql = std::string("SELECT ") + action_columns + ", " + owners_sql + " AS owners " +
                    action_joins + "WHERE 1";
  if (f.open) sql += " AND s.status IN ('open', 'reported')";
  if (f.overdue) sql += " AND s.overdue = 1";
  sql += " AND (?1 IS NULL OR " + std::string(owners_sql) +
         " LIKE ?1 OR EXISTS (SELECT 1 FROM "
         "action_owners o WHERE o.doc_id = a.doc_id AND o.action = a.action AND o.name LIKE ?1))";
  sql += " AND (?2 IS NULL OR m.body LIKE ?2 OR m.organisation LIKE ?2)";
  sql += " AND (?3 IS NULL OR m.date >= ?3)";
  sql += " ORDER BY m.date, a.doc_id, a.start_line";
  auto st = db.prepare(sql);
  std::optional<std::string> owner, body;
  if (f.owner) owner = like(*f.owner);
  if (f.body) body = like(*f.body);
  st.bind(owner, body, f.since);
  return rows_of(st, "Actions");
}

table attendance_matrix(database& db, const std::string& body) {
  auto meetings = db.prepare(
      "SELECT doc_id, date FROM meetings WHERE (body LIKE ?1 OR organisation LIKE ?1) "
      "AND date IS NOT NULL ORDER BY date, doc_id");
  meetings.bind(like(body));
  table t{"Attendance at meetings of '" + body + "'", {"person"}, {}};
  std::map<std::string, std::size_t> column;
  while (meetings.step()) {
    column[meetings.text(0)] = t.columns.size();
    t.columns.push_back(meetings.text(1));
  }
  t.columns.push_back("rate");
  auto marks = db.prepare(
      "SELECT h.archive_person, h.name, t.doc_id, t.status, t.on_behalf_of FROM attendance t "
      "JOIN person_links l ON l.doc_id = t.doc_id AND l.person = t.person "
      "JOIN archive_people h ON h.archive_person = l.archive_person "
      "JOIN meetings m ON m.doc_id = t.doc_id WHERE (m.body LIKE ?1 OR m.organisation LIKE ?1) "
      "ORDER BY h.archive_person");
  marks.bind(like(body));
  std::map<std::string, std::size_t> row_of;
  while (marks.step()) {
    auto c = column.find(marks.text(2));
    if (c == column.end()) continue;
    auto [it, fresh] = row_of.try_emplace(marks.text(0), t.rows.size());
    if (fresh) {
      t.rows.emplace_back(t.columns.size(), std::optional<std::string>(""));
      t.rows.back()[0] = marks.text(1);
    }
    std::string status = marks.text(3);
    std::string mark = status == "present" ? "P" : status == "apologies" ? "A" : "X";
    if (status == "present" && !marks.is_null(4)) mark = "S";  // attended as a substitute
    // Listed twice in one meeting (two forms of a name): presence wins.
    auto& cell = t.rows[it->second][c->second];
    if (cell->empty() || mark == "P" || mark == "S") cell = mark;
  }
  for (auto& row : t.rows) {
    std::int64_t present = 0, listed = 0;
    for (std::size_t c = 1; c + 1 < row.size(); ++c) {
      present += *row[c] == "P" || *row[c] == "S";
      listed += !row[c]->empty();
    }
    row.back() = percent(present, listed);
  }
  return t;
}

table search_text(database& db, const std::string& query) {
  // Each word a quoted FTS5 string, so the user's punctuation is never query syntax.
  std::string fts;
  std::string word;
  for (std::size_t i = 0; i <= query.size(); ++i) {
    char c = i < query.size() ? query[i] : ' ';
    if (c == ' ' || c == '\t') {
      if (!word.empty()) fts += (fts.empty() ? "\"" : " \"") + word + "\"";
      word.clear();
    } else {
      word += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
  }
  auto st = db.prepare(
      "SELECT s.kind, m.date AS meeting, s.record, snippet(search, 0, '[', ']', '...', 16) AS "
      "text, s.path || ':' || s.start_line AS source FROM search s "
      "JOIN meetings m ON m.doc_id = s.doc_id WHERE search MATCH ? ORDER BY rank LIMIT 200");
  st.bind(fts);
  return rows_of(st, "Search: " + query);
}

}  // namespace minutes::ledger
