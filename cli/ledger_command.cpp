// `minutes ledger`: build the commitments ledger from many documents, and ask it questions.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "cli/table_output.hpp"
#include "ledger/derive.hpp"
#include "ledger/queries.hpp"
#include "ledger/schema.hpp"
#include "ledger/store.hpp"
#include "parser/ingest/ingest.hpp"
#include "parser/parse.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;
namespace {

struct pending {
  std::string path;
  std::string bytes;
  std::optional<model::document> doc;
  std::string error;
};

// Parses a batch of files in parallel; the ledger is written by one thread, in input order.
void parse_all(std::vector<pending>& batch, unsigned workers, const document_limits& limits) {
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < batch.size(); i = next++) {
      auto result = parser::parse(std::move(batch[i].bytes), batch[i].path, limits.start());
      if (auto* failed = std::get_if<parser::parse_failure>(&result))
        batch[i].error = failed->reason;
      else
        batch[i].doc = std::move(std::get<model::document>(result));
    }
  };
  std::vector<std::thread> pool;
  for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

struct build_counts {
  std::size_t added = 0, updated = 0, unchanged = 0, failed = 0, gone = 0;
};

// Files the ledger holds that are no longer there: reported, and forgotten with --prune.
void check_gone(ledger::database& db, const ledger_options& o, build_counts& n) {
  auto st = db.prepare("SELECT path FROM documents ORDER BY path");
  std::vector<std::string> gone;
  while (st.step()) {
    std::error_code ec;
    if (!fs::exists(st.text(0), ec)) gone.push_back(st.text(0));
  }
  for (const auto& path : gone) {
    ++n.gone;
    if (o.prune) {
      ledger::remove_document(db, path);
      std::cerr << "minutes: " << printable(path) << ": file gone; removed from the ledger\n";
    } else {
      std::cerr << "minutes: " << printable(path)
                << ": file gone; still in the ledger (--prune removes it)\n";
    }
  }
}

int build(const ledger_options& o) {
  ledger::database db(o.database, true);
  ledger::prepare_schema(db);
  batch_inputs found = collect_inputs(o.inputs);
  const auto& inputs = found.list;
  if (inputs.empty()) {
    std::cerr << "minutes: no input files found for the ledger\n";
    return exit_some_failed;
  }
  unsigned workers = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  bool show = o.progress && ::isatty(2);
  build_counts n;
  const std::size_t chunk = 4 * workers;  // parsed documents held in memory at once
  for (std::size_t from = 0; from < inputs.size(); from += chunk) {
    std::vector<pending> batch;
    for (std::size_t i = from; i < std::min(inputs.size(), from + chunk); ++i) {
      std::string path(inputs[i].path);
      parser::parse_failure why{parser::failure::unreadable, {}};
      auto bytes = read_input(path, o.limits.max_bytes, why);
      if (!bytes) {
        std::cerr << "minutes: " << printable(path) << ": " << why.reason << "\n";
        ++n.failed;
        continue;
      }
      auto stored = ledger::stored_sha256(db, path);
      if (stored && *stored == parser::sha256_hex(*bytes)) {
        ++n.unchanged;
        continue;
      }
      batch.push_back({path, std::move(*bytes), std::nullopt, {}});
    }
    parse_all(batch, workers, o.limits);
    for (auto& p : batch) {
      if (!p.doc) {
        std::cerr << "minutes: " << printable(p.path) << ": " << p.error << "\n";
        ++n.failed;
        continue;
      }
      bool known = ledger::stored_sha256(db, p.path).has_value();
      if (!ledger::store_document(db, *p.doc)) {
        std::cerr << "minutes: " << printable(p.path) << ": same content as "
                  << printable(ledger::stored_path_of(db, p.doc->from.sha256).value_or("?"))
                  << "; kept once\n";
        ++n.unchanged;
        continue;
      }
      ++(known ? n.updated : n.added);
    }
    if (show)
      std::cerr << "\r\033[K[" << std::min(inputs.size(), from + chunk) << "/" << inputs.size()
                << "] " << std::flush;
  }
  if (show) std::cerr << "\r\033[K";
  check_gone(db, o, n);
  ledger::derive(db);
  std::cerr << "minutes: ledger " << o.database << ": " << n.added << " added, " << n.updated
            << " updated, " << n.unchanged << " unchanged, " << n.failed << " failed"
            << (n.gone ? ", " + std::to_string(n.gone) + " gone" : "") << "\n";
  return n.failed ? exit_some_failed : exit_ok;
}

std::optional<std::string> given(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional(s);
}

int ask(const ledger_options& o) {
  std::error_code ec;
  if (!fs::exists(o.database, ec)) {
    std::cerr << "minutes: " << o.database
              << ": no such ledger; make one with 'minutes ledger build FILES... -o " << o.database
              << "'\n";
    return exit_some_failed;
  }
  ledger::database db(o.database, false);
  ledger::prepare_schema(db);
  std::vector<ledger::table> answer;
  if (o.command == "person") {
    auto people = ledger::find_people(db, o.query);
    if (people.rows.size() != 1) {
      print_tables(std::cout, {people}, o.format);
      if (people.rows.empty())
        std::cerr << "minutes: nobody in the ledger matches '" << o.query << "'\n";
      else
        std::cerr << "minutes: " << people.rows.size()
                  << " people match; ask again with a fuller name or the id (H…)\n";
      return exit_some_failed;
    }
    answer = ledger::person_report(db, *people.rows[0][0]);
  } else if (o.command == "actions") {
    answer = {ledger::find_actions(
        db, {o.open, o.overdue, given(o.owner), given(o.body), given(o.since)})};
  } else if (o.command == "attendance") {
    answer = {ledger::attendance_matrix(db, o.query)};
  } else {
    answer = {ledger::search_text(db, o.query)};
  }
  print_tables(std::cout, answer, o.format);
  return exit_ok;
}

}  // namespace

int run_ledger(const ledger_options& o) {
  try {
    return o.command == "build" ? build(o) : ask(o);
  } catch (const ledger::sqlite_error& e) {
    std::cerr << "minutes: " << o.database << ": " << e.what() << "\n";
    return exit_some_failed;
  }
}

}  // namespace minutes::cli
