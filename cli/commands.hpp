// The commands of the command line. main.cpp only wires options to these.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parser/limits.hpp"

namespace minutes::cli {

// Exit statuses (DESIGN.md): every input converted, some failed, or bad usage.
enum exit_status : int { exit_ok = 0, exit_some_failed = 1, exit_usage = 2 };

// Limits on each document (--max-bytes, --max-pages, --time-budget).
struct document_limits {
  std::uintmax_t max_bytes = 256ull * 1024 * 1024;
  int max_pages = 10'000;
  double time_budget_seconds = 120;  // 0: no budget

  // The parser's limits for a document whose clock starts now.
  parser::parse_limits start() const;
};

struct parse_options {
  std::string input;            // a file, or "-" for standard input
  std::string format = "json";  // json | csv | md | text | html
  std::string output;           // file (json, md, html) or folder (csv); empty for standard output
  document_limits limits;
};

struct batch_options {
  std::vector<std::string> inputs;  // files and folders
  std::string output;               // output folder
  unsigned jobs = 0;                // worker threads; 0 = one per core
  std::vector<std::string> formats{"json", "csv", "md"};
  bool progress = true;  // a progress line on a terminal
  bool force = false;    // convert every input, changed or not
  bool prune = false;    // remove the outputs of inputs that are gone
  document_limits limits;
};

struct map_options {
  std::vector<std::string> files;  // inputs (files and folders); empty: paths on standard input
  unsigned jobs = 0;               // worker threads; 0 = one per core
  std::string shard;               // "K/N", or empty for every input
  document_limits limits;
};

struct ledger_options {
  std::string command;              // build, person, actions, attendance or search
  std::vector<std::string> inputs;  // build: files and folders
  std::string database;             // the ledger file
  unsigned jobs = 0;                // build: parallel parsers; 0 = one per core
  bool prune = false;               // build: forget documents whose file is gone
  bool progress = true;             // build: a progress line on a terminal
  document_limits limits;
  std::string query;  // person: a name; attendance: a body; search: words
  bool open = false, overdue = false;
  std::string owner, body, since;  // actions: filters ("" = any)
  std::string format = "table";    // table, json or csv
};

int run_parse(const parse_options& options);
int run_batch(const batch_options& options);
int run_ledger(const ledger_options& options);
int run_map(const map_options& options);

}  // namespace minutes::cli
