// Derived tables (see derive.hpp).
#include "ledger/derive.hpp"

#include <string>

#include "ledger/followup.hpp"
#include "ledger/identity.hpp"
#include "ledger/schema.hpp"

namespace minutes::ledger {
namespace {

// Item titles, item text and resolutions, each with its lines, for `ledger search`.
void index_text(database& db) {
  db.exec(
      "INSERT INTO search SELECT title, 'item', doc_id, item, path, start_line, start_line "
      "FROM items ORDER BY doc_id, item");
  db.exec(
      "INSERT INTO search SELECT text, 'text', doc_id, coalesce(item, ''), path, start_line, "
      "end_line FROM blocks WHERE item IS NOT NULL ORDER BY doc_id, seq");
  db.exec(
      "INSERT INTO search SELECT text, 'resolution', doc_id, resolution, path, start_line, "
      "end_line FROM resolutions ORDER BY doc_id, resolution");
}

// Meetings of one organisation form a series (people are unified within it), and those of
// one body a body series (actions are followed up within it). A meeting that names only its
// body joins the organisation that other meetings name with that body. A document that names
// neither is a series of its own, so that strangers in unrelated files are never merged.
void assign_series(database& db) {
  db.exec(R"sql(
    UPDATE meetings SET series = CASE
      WHEN organisation IS NOT NULL THEN lower(organisation)
      WHEN body IS NOT NULL AND (SELECT count(DISTINCT lower(o.organisation)) FROM meetings o
           WHERE lower(o.body) = lower(meetings.body) AND o.organisation IS NOT NULL) = 1
        THEN (SELECT lower(o.organisation) FROM meetings o
              WHERE lower(o.body) = lower(meetings.body) AND o.organisation IS NOT NULL LIMIT 1)
      WHEN body IS NOT NULL THEN lower(body)
      ELSE 'document ' || doc_id END)sql");
  db.exec(
      "UPDATE meetings SET body_series = series || CASE WHEN body IS NOT NULL AND "
      "lower(body) <> series THEN ' / ' || lower(body) ELSE '' END");
}

}  // namespace

void derive(database& db) {
  transaction t(db);
  for (auto table : derived_tables) db.exec("DELETE FROM " + std::string(table));
  assign_series(db);
  derive_people(db);
  derive_followups(db);
  index_text(db);
  t.commit();
}

}  // namespace minutes::ledger
