// A thin RAII layer over SQLite's C API for the ledger: a connection, prepared statements with
// typed binding, and transactions that roll back unless committed. Errors throw
// ledger::sqlite_error with SQLite's message and the statement that failed.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace minutes::ledger {

struct sqlite_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class statement {
 public:
  statement(sqlite3* db, std::string_view sql);
  statement(statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;
  ~statement();

  // Binds parameters 1..N in order; nullopt binds NULL.
  template <typename... Values>
  statement& bind(const Values&... values) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    int index = 0;
    (bind_one(++index, values), ...);
    return *this;
  }
  // Steps once: true while a row is available.
  bool step();
  // Runs to completion (an INSERT, UPDATE or DELETE).
  void run() {
    while (step()) {
    }
  }

  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string text(int column) const;
  std::optional<std::string> maybe_text(int column) const;
  bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int columns() const { return sqlite3_column_count(stmt_); }
  std::string column_name(int column) const { return sqlite3_column_name(stmt_, column); }

 private:
  void bind_one(int index, std::string_view value);
  void bind_one(int index, const std::string& value) { bind_one(index, std::string_view(value)); }
  void bind_one(int index, const char* value) { bind_one(index, std::string_view(value)); }
  void bind_one(int index, std::int64_t value);
  void bind_one(int index, int value) { bind_one(index, static_cast<std::int64_t>(value)); }
  void bind_one(int index, std::size_t value) { bind_one(index, static_cast<std::int64_t>(value)); }
  void bind_one(int index, bool value) { bind_one(index, static_cast<std::int64_t>(value)); }
  void bind_one(int index, double value);
  void bind_one(int index, std::nullopt_t);
  template <typename T>
  void bind_one(int index, const std::optional<T>& value) {
    if (value)
      bind_one(index, *value);
    else
      bind_one(index, std::nullopt);
  }

  sqlite3_stmt* stmt_ = nullptr;
};

class database {
 public:
  // Opens (creating when `create`) the database at `path`; throws sqlite_error naming it.
  database(const std::string& path, bool create);
  database(const database&) = delete;
  database& operator=(const database&) = delete;
  ~database();

  void exec(std::string_view sql);  // one or more statements, no results
  statement prepare(std::string_view sql) { return statement(db_, sql); }

 private:
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; destroyed without commit(), it rolls back.
class transaction {
 public:
  explicit transaction(database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
  transaction(const transaction&) = delete;
  transaction& operator=(const transaction&) = delete;
  ~transaction();
  void commit();

 private:
  database& db_;
  bool done_ = false;
};

}  // namespace minutes::ledger
