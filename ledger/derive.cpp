// Derived tables (see derive.hpp).
#include "ledger/derive.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ledger/followup.hpp"
#include "ledger/identity.hpp"
#include "ledger/schema.hpp"
#include "parser/text.hpp"
#include "parser/words/meeting_words.hpp"

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

// One organisation however its minutes write it: lower case, a leading "the" and a final
// legal form ("Limited", "Ltd") left out, one spelling for words spelt several ways
// ("Co-operative", "Co-op"), single spaces.
std::string organisation_key(std::string_view name) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t end = i;
    while (end < name.size() && !parser::text::is_space(name[end])) ++end;
    std::string word =
        parser::text::to_lower(parser::text::trim(name.substr(i, end - i), ".,;:()"));
    for (const auto& [spelling, kept] : parser::words::organisation_spellings)
      if (word == spelling) word = kept;
    if (!word.empty()) words.push_back(std::move(word));
    i = end + 1;
  }
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  auto legal = [](const std::string& w) {
    return std::find(std::begin(parser::words::legal_forms), std::end(parser::words::legal_forms),
                     w) != std::end(parser::words::legal_forms);
  };
  while (words.size() > 1 && legal(words.back())) words.pop_back();
  std::string key;
  for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

// Meetings of one organisation form a series (people are unified within it), and those of
// one body a body series (actions are followed up within it). A meeting that names only its
// body joins the organisation that other meetings name with that body. A document that names
// neither is a series of its own, so that strangers in unrelated files are never merged.
void assign_series(database& db) {
  db.exec("UPDATE meetings SET series = ''");
  {
    auto named = db.prepare(
        "SELECT doc_id, organisation FROM meetings WHERE organisation IS "
        "NOT NULL");
    auto set = db.prepare("UPDATE meetings SET series = ? WHERE doc_id = ?");
    std::vector<std::pair<std::string, std::string>> keys;
    while (named.step()) keys.emplace_back(named.text(0), organisation_key(named.text(1)));
    for (const auto& [doc_id, key] : keys) set.bind(key, doc_id).run();
  }
  db.exec(R"sql(
    UPDATE meetings SET series = CASE
      WHEN body IS NOT NULL AND (SELECT count(DISTINCT o.series) FROM meetings o
           WHERE lower(o.body) = lower(meetings.body) AND o.organisation IS NOT NULL) = 1
        THEN (SELECT o.series FROM meetings o
              WHERE lower(o.body) = lower(meetings.body) AND o.organisation IS NOT NULL LIMIT 1)
      WHEN body IS NOT NULL THEN lower(body)
      ELSE 'document ' || doc_id END
    WHERE organisation IS NULL)sql");
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
