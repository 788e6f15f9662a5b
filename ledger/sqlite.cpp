// SQLite wrapper (see sqlite.hpp).
#include "ledger/sqlite.hpp"

namespace minutes::ledger {

statement::statement(sqlite3* db, std::string_view sql) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
      SQLITE_OK)
    throw sqlite_error(std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
}

statement::~statement() {
  sqlite3_finalize(stmt_);
}

bool statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw sqlite_error(std::string(sqlite3_errmsg(sqlite3_db_handle(stmt_))) +
                     " in: " + sqlite3_sql(stmt_));
}

std::string statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::optional<std::string> statement::maybe_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

void statement::bind_one(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}
void statement::bind_one(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}
void statement::bind_one(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
}
void statement::bind_one(int index, std::nullopt_t) {
  sqlite3_bind_null(stmt_, index);
}

database::database(const std::string& path, bool create) {
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw sqlite_error(path + ": " + why);
  }
  sqlite3_busy_timeout(db_, 5000);
  // A write-ahead log: a build killed mid-document leaves the last committed state. This is
  // also the first read of the file, where one that is not a database shows itself.
  try {
    exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL");
  } catch (const sqlite_error&) {
    std::string why = sqlite3_errmsg(db_);
    sqlite3_close(db_);  // the destructor does not run for a constructor that throws
    db_ = nullptr;
    throw sqlite_error("not a minutes ledger (" + why + ")");
  }
}

database::~database() {
  sqlite3_close(db_);
}

void database::exec(std::string_view sql) {
  std::string owned(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : "unknown error";
    sqlite3_free(message);
    throw sqlite_error(why + " in: " + owned.substr(0, 200));
  }
}

transaction::~transaction() {
  if (done_) return;
  try {
    db_.exec("ROLLBACK");
  } catch (const sqlite_error&) {
    // Already rolled back by SQLite (an error aborted it): nothing left to undo.
  }
}

void transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace minutes::ledger
