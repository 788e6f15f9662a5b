// The ledger over a small series written for the test: people joined across meetings (and
// kept apart when a surname fits two members), follow-up statuses with their evidence, and
// a database that does not depend on the order documents were added in.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ledger/derive.hpp"
#include "ledger/queries.hpp"
#include "ledger/schema.hpp"
#include "ledger/store.hpp"
#include "parser/parse.hpp"

using namespace minutes;

namespace {

const std::string january = R"(OAKFORD PARISH COUNCIL
Minutes of the meeting of the Amenities Committee held on Monday 8 January 2024 at 7.00 pm in the Village Hall

Present: Cllr Andrea Kay (Chair), Cllr Peter Holt, Cllr Maria Holt, Cllr Tom Reed
In attendance: Jo Marsh (Clerk)
Apologies: Cllr Sam Patel

24/01 Benches
The committee discussed the worn benches on the green.
ACTION: Clerk to obtain three quotes for replacement benches by 1 February 2024.

24/02 Footpath signs
ACTION: Cllr Reed to survey the footpath signs on the north side.

24/03 Website
ACTION: Cllr Patel to draft a new page about allotments by 15 February 2024.
)";

const std::string february = R"(OAKFORD PARISH COUNCIL
Minutes of the meeting of the Amenities Committee held on Monday 12 February 2024 at 7.00 pm in the Village Hall

Present: Cllr Kay (Chair), Cllr Holt, Cllr Sam Patel
In attendance: Jo Marsh (Clerk)
Apologies: Cllr Tom Reed

24/05 Matters arising
24/01 Benches: the Clerk reported that three quotes for replacement benches had been obtained.
24/02 Footpath signs: the committee agreed not to pursue the survey of the footpath signs this year.
)";

const std::string march = R"(OAKFORD PARISH COUNCIL
Minutes of the meeting of the Amenities Committee held on Monday 11 March 2024 at 7.00 pm in the Village Hall

Present: Cllr Andrea Kay (Chair), Cllr Peter Holt, Cllr Tom Reed
Apologies: Cllr Maria Holt

24/09 Play area
The committee noted the inspection report.
)";

// Another organisation with a member of the same name: a different person.
const std::string elsewhere = R"(MILLVALE TOWN COUNCIL
Minutes of the meeting of the Finance Committee held on Tuesday 9 January 2024 at 6.00 pm in the Town Hall

Present: Cllr Andrea Kay (Chair), Cllr Ruth Bell

1. Budget
The committee noted the draft budget.
)";

model::document parsed(const std::string& text, const std::string& path) {
  return std::get<model::document>(parser::parse(text, path));
}

struct fixture {
  ledger::database db{":memory:", true};
  explicit fixture(const std::vector<std::pair<std::string, std::string>>& docs) {
    ledger::prepare_schema(db);
    for (const auto& [path, text] : docs) ledger::store_document(db, parsed(text, path));
    ledger::derive(db);
  }
  std::vector<std::string> column(const std::string& sql) {
    auto st = db.prepare(sql);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.is_null(0) ? "NULL" : st.text(0));
    return out;
  }
  std::string status_of(const std::string& path, const std::string& action) {
    auto st = db.prepare(
        "SELECT s.status || ' ' || coalesce(s.evidence_path || ':' || s.evidence_start_line, '-') "
        "|| CASE s.overdue WHEN 1 THEN ' overdue' ELSE '' END FROM action_status s "
        "JOIN documents d ON d.doc_id = s.doc_id WHERE d.path = ? AND s.action = ?");
    st.bind(path, action);
    return st.step() ? st.text(0) : "missing";
  }
};

const std::vector<std::pair<std::string, std::string>> series = {
    {"jan.txt", january}, {"feb.txt", february}, {"mar.txt", march}, {"millvale.txt", elsewhere}};

}  // namespace

TEST_CASE("ledger: a surname alone joins the one member it fits, across meetings") {
  fixture f(series);
  auto kay = f.column(
      "SELECT DISTINCT h.name FROM person_links l JOIN archive_people h USING (archive_person) "
      "JOIN people p ON p.doc_id = l.doc_id AND p.person = l.person "
      "JOIN documents d ON d.doc_id = l.doc_id WHERE d.path = 'feb.txt' AND p.name = 'Kay'");
  CHECK(kay == std::vector<std::string>{"Andrea Kay"});
  // Present at all three Oakford meetings as one person.
  auto rows = ledger::attendance_matrix(f.db, "Amenities");
  REQUIRE(rows.columns.size() == 5);  // person, three meetings, rate
  bool found = false;
  for (const auto& r : rows.rows)
    if (r[0] == std::optional<std::string>("Andrea Kay")) {
      found = true;
      CHECK(r[1] == std::optional<std::string>("P"));
      CHECK(r[2] == std::optional<std::string>("P"));
      CHECK(r[3] == std::optional<std::string>("P"));
      CHECK(r[4] == std::optional<std::string>("100%"));
    }
  CHECK(found);
}

TEST_CASE("ledger: a surname that fits two members is kept apart and recorded") {
  fixture f(series);
  auto doubts = f.column("SELECT name || ': ' || candidates FROM ambiguities");
  CHECK(doubts == std::vector<std::string>{"Holt: Peter Holt; Maria Holt"});
  // No third person "Holt": the mention is linked to nobody.
  auto holts = f.column("SELECT name FROM archive_people WHERE name LIKE '%Holt%' ORDER BY name");
  CHECK(holts == std::vector<std::string>{"Maria Holt", "Peter Holt"});
  CHECK(f.column("SELECT count(*) FROM person_links l JOIN people p USING (doc_id, person) "
                 "WHERE p.name = 'Holt'") == std::vector<std::string>{"0"});
}

TEST_CASE("ledger: a surname is resolved by elimination when the other namesake is present") {
  std::string april = march;
  april.replace(april.find("11 March"), 8, "8 April");
  april.replace(april.find("Apologies: Cllr Maria Holt"), 26, "Apologies: Cllr Holt");
  april.replace(april.find("Cllr Peter Holt"), 15, "Cllr Maria Holt");
  fixture f({{"jan.txt", january}, {"apr.txt", april}});
  auto who = f.column(
      "SELECT h.name FROM person_links l JOIN archive_people h USING (archive_person) "
      "JOIN people p ON p.doc_id = l.doc_id AND p.person = l.person "
      "JOIN documents d ON d.doc_id = l.doc_id WHERE d.path = 'apr.txt' AND p.name = 'Holt'");
  CHECK(who == std::vector<std::string>{"Peter Holt"});
}

TEST_CASE("ledger: an initial and a first name in one document join the same member") {
  // May's minutes print only initials in the list and a first name later: the document
  // itself cannot join "A. Kay" and "Andrea", but January's full name can.
  const std::string may = R"(OAKFORD PARISH COUNCIL
Minutes of the meeting of the Amenities Committee held on Monday 13 May 2024 at 7.00 pm in the Village Hall

Present: Cllrs A. Kay (Chair), P. Holt and T. Reed

24/20 Footpaths
Residents reported a broken stile - Andrea offered to report it to the County.
)";
  fixture f({{"jan.txt", january}, {"may.txt", may}});
  auto who = f.column(
      "SELECT p.name || ' = ' || h.name FROM person_links l "
      "JOIN archive_people h USING (archive_person) "
      "JOIN people p ON p.doc_id = l.doc_id AND p.person = l.person "
      "JOIN documents d ON d.doc_id = l.doc_id WHERE d.path = 'may.txt' AND p.name LIKE 'A%' "
      "ORDER BY p.name");
  CHECK(who == std::vector<std::string>{"A. Kay = Andrea Kay", "Andrea = Andrea Kay"});
}

TEST_CASE("ledger: an action that says 'it' is followed up by the words around it") {
  const std::string may = R"(OAKFORD PARISH COUNCIL
Minutes of the meeting of the Amenities Committee held on Monday 13 May 2024 at 7.00 pm in the Village Hall

Present: Cllr Andrea Kay (Chair), Cllr Peter Holt, Cllr Tom Reed

24/20 Footpaths
Residents reported a broken stile on Mill Lane by the ford - Cllr Reed offered to report it to the County.
)";
  const std::string june = R"(OAKFORD PARISH COUNCIL
Minutes of the meeting of the Amenities Committee held on Monday 10 June 2024 at 7.00 pm in the Village Hall

Present: Cllr Andrea Kay (Chair), Cllr Peter Holt, Cllr Tom Reed

24/30 County matters
Cllr Reed had reported the broken stile on Mill Lane and it has been marked for repair.
)";
  fixture f({{"may.txt", may}, {"june.txt", june}});
  CHECK(f.status_of("may.txt", "A1") == "done june.txt:7");
}

TEST_CASE("ledger: one organisation however its minutes spell it") {
  std::string long_name = january, short_name = march;
  long_name.replace(long_name.find("OAKFORD PARISH COUNCIL"), 22,
                    "The Oakford Housing Co-operative Limited");
  short_name.replace(short_name.find("OAKFORD PARISH COUNCIL"), 22, "OAKFORD HOUSING CO-OP");
  fixture f({{"jan.txt", long_name}, {"mar.txt", short_name}});
  CHECK(f.column("SELECT count(DISTINCT series) FROM meetings") == std::vector<std::string>{"1"});
  CHECK(f.column("SELECT count(*) FROM archive_people WHERE name = 'Andrea Kay'") ==
        std::vector<std::string>{"1"});
}

TEST_CASE("ledger: a reference an action log gives an action carries it forward") {
  auto meeting = [](const std::string& date, const std::string& body) {
    return "OAKFORD PARISH COUNCIL\nMinutes of the meeting of the Amenities Committee held on " +
           date +
           " at 7.00 pm in the Village Hall\n\nPresent: Cllr Andrea Kay (Chair), Cllr Tom "
           "Reed\n\n" +
           body;
  };
  const std::string may = meeting("Monday 13 May 2024",
                                  "24/20 Housing\nThe tenant of flat 9 has reported black mould. "
                                  "Cllr Reed offered to arrange a damp survey through the "
                                  "council's surveyor.\n");
  const std::string june = meeting("Monday 10 June 2024",
                                   "24/30 Action log\nA3\tDamp survey, flat 9\tTR\t-\tOpen\n"
                                   "A4\tNew benches\tAK\t-\tOpen\n");
  const std::string july = meeting("Monday 8 July 2024",
                                   "24/40 Review of actions\nA3 Flat 9 - the report has been "
                                   "circulated to members.\n");
  fixture f({{"may.txt", may}, {"june.txt", june}, {"july.txt", july}});
  CHECK(f.status_of("may.txt", "A1") == "done july.txt:7");
  // The log of the meeting that makes the action may give the reference; a row that names
  // the action's owner needs half its title's words, not 60 %.
  const std::string made = meeting("Monday 13 May 2024",
                                   "24/20 Garden\nCllr Reed agreed to plant the trees before "
                                   "the end of June.\n\n24/21 Action log\n"
                                   "A19\tPlant the two apple trees\tTR\t30/06/2024\tNew\n");
  const std::string done = meeting("Monday 8 July 2024",
                                   "24/40 Review of actions\nA19 Orchard - planted on 29 June by "
                                   "volunteers.\n");
  fixture g({{"made.txt", made}, {"done.txt", done}});
  CHECK(g.status_of("made.txt", "A1") == "done done.txt:7");
  CHECK(f.column("SELECT reason FROM followups ORDER BY later_doc_id = (SELECT doc_id FROM "
                 "documents WHERE path = 'july.txt')") ==
        std::vector<std::string>{"same action-log entry", "cites log reference A3"});
}

TEST_CASE("ledger: people of different organisations are never merged") {
  fixture f(series);
  auto kays = f.column("SELECT series FROM archive_people WHERE name = 'Andrea Kay' ORDER BY 1");
  CHECK(kays == std::vector<std::string>{"millvale town council", "oakford parish council"});
}

TEST_CASE("ledger: follow-up statuses come with their evidence") {
  fixture f(series);
  CHECK(f.status_of("jan.txt", "A1") == "done feb.txt:9");
  CHECK(f.status_of("jan.txt", "A2") == "dropped feb.txt:10");
  // Due 15 February, never mentioned again, and the body met on 11 March.
  CHECK(f.status_of("jan.txt", "A3") == "open - overdue");
}

TEST_CASE("ledger: an action is not overdue before its due date has passed") {
  fixture f({{"jan.txt", january}, {"feb.txt", february}});
  CHECK(f.status_of("jan.txt", "A3") == "open -");
}

TEST_CASE("ledger: the order documents are added in does not change the result") {
  fixture forward(series);
  fixture backward({series.rbegin(), series.rend()});
  for (const char* sql :
       {"SELECT archive_person || name || variants FROM archive_people ORDER BY 1",
        "SELECT doc_id || person || archive_person FROM person_links ORDER BY 1",
        "SELECT doc_id || action || status || overdue FROM action_status ORDER BY 1",
        "SELECT series || body_series FROM meetings ORDER BY 1"})
    CHECK(forward.column(sql) == backward.column(sql));
}

TEST_CASE("ledger: storing a changed file replaces it") {
  fixture f(series);
  std::string shorter = january.substr(0, january.find("24/02"));  // the first item only
  CHECK(ledger::store_document(f.db, parsed(shorter, "jan.txt")));
  ledger::derive(f.db);
  CHECK(f.column("SELECT count(*) FROM documents WHERE path = 'jan.txt'") ==
        std::vector<std::string>{"1"});
  CHECK(f.column("SELECT count(*) FROM actions a JOIN documents d USING (doc_id) "
                 "WHERE d.path = 'jan.txt'") == std::vector<std::string>{"1"});
}

TEST_CASE("ledger: the same content under a second path is kept once") {
  fixture f(series);
  CHECK_FALSE(ledger::store_document(f.db, parsed(february, "copy-of-feb.txt")));
  CHECK(f.column("SELECT path FROM documents WHERE path LIKE '%feb%'") ==
        std::vector<std::string>{"feb.txt"});
}

TEST_CASE("ledger: questions") {
  fixture f(series);
  CHECK(ledger::find_people(f.db, "holt").rows.size() == 2);
  auto report = ledger::person_report(f.db, *ledger::find_people(f.db, "Tom Reed").rows[0][0]);
  REQUIRE(report.size() == 2);
  CHECK(report[0].title.find("present at 2 of 3 meetings") != std::string::npos);
  CHECK(report[1].rows.size() == 1);  // the footpath survey
  ledger::action_filter open_only;
  open_only.open = true;
  CHECK(ledger::find_actions(f.db, open_only).rows.size() == 1);
  ledger::action_filter overdue;
  overdue.overdue = true;
  overdue.owner = "Patel";
  CHECK(ledger::find_actions(f.db, overdue).rows.size() == 1);
  auto hits = ledger::search_text(f.db, "benches");
  CHECK(hits.rows.size() >= 2);                                     // the item title and its text
  CHECK(ledger::search_text(f.db, "\"unbalanced (").rows.empty());  // no query syntax error
}

TEST_CASE("ledger: a database of another version is refused") {
  ledger::database db(":memory:", true);
  ledger::prepare_schema(db);
  db.exec("UPDATE ledger_info SET value = '0' WHERE key = 'ledger_version'");
  CHECK_THROWS_WITH(ledger::prepare_schema(db), Catch::Contains("another version"));
}
