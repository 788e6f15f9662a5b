// Shared option groups and the ledger's options (see options.hpp).
#include "cli/options.hpp"

namespace minutes::cli {

void add_limit_options(CLI::App* command, document_limits& limits) {
  command
      ->add_option("--max-bytes", limits.max_bytes,
                   "Refuse a file larger than this many bytes (default 256 MiB)")
      ->check(CLI::PositiveNumber);
  command->add_option("--max-pages", limits.max_pages, "Refuse a PDF with more pages than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command
      ->add_option("--time-budget", limits.time_budget_seconds,
                   "Seconds one document may take before it is given up with an error "
                   "(0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
}

namespace {

// --db and --format, on every question.
CLI::App* question(CLI::App* ledger, ledger_options& o, const char* name, const char* help) {
  auto* q = ledger->add_subcommand(name, help);
  q->add_option("-d,--db", o.database, "The ledger file (made by 'minutes ledger build')")
      ->required();
  q->add_option("--format,-f", o.format, "table (for a terminal), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  q->callback([&o, name] { o.command = name; });
  return q;
}

}  // namespace

CLI::App* add_ledger_command(CLI::App& app, ledger_options& o) {
  auto* ledger = app.add_subcommand(
      "ledger",
      "Commitments, attendance and follow-up across many meetings, in a SQLite database\n"
      "(docs/ledger.md): build it from minutes, then ask it questions");
  ledger->require_subcommand(1);

  auto* build = ledger->add_subcommand(
      "build",
      "Add files and folders to the ledger (created if missing). Only new or changed files\n"
      "are parsed (by sha256), each stored in one transaction: an interrupted build loses\n"
      "nothing, and running it again finishes the job");
  build->add_option("INPUTS", o.inputs, "Files and folders of minutes")->required();
  build->add_option("-o,--output", o.database, "The ledger file, e.g. archive.db")->required();
  build->add_option("--jobs,-j", o.jobs, "Parallel parsers (default: one per core)");
  build->add_flag("--prune", o.prune, "Forget documents whose file is gone");
  build->add_flag("--no-progress{false}", o.progress, "No progress line, even on a terminal");
  add_limit_options(build, o.limits);
  build->callback([&o] { o.command = "build"; });

  auto* person = question(ledger, o, "person",
                          "One person across the archive: attendance record and rate, and "
                          "commitments with their status");
  person->add_option("NAME", o.query, "A name, part of one, or an id (H12)")->required();

  auto* actions = question(ledger, o, "actions",
                           "Actions with their status (open, reported, done, dropped), owners, "
                           "due dates and evidence");
  actions->add_flag("--open", o.open, "Only actions not done or dropped");
  actions->add_flag("--overdue", o.overdue, "Only open actions past their due date");
  actions->add_option("--owner", o.owner, "Only actions of owners whose name contains this");
  actions->add_option("--body", o.body, "Only meetings of bodies whose name contains this");
  actions->add_option("--since", o.since, "Only meetings on or after this date (YYYY-MM-DD)");

  auto* attendance =
      question(ledger, o, "attendance",
               "Member × meeting matrix for a body: P present, A apologies, X absent, S "
               "substitute; the rate is present ÷ meetings listing them");
  attendance->add_option("--body", o.query, "The body (or organisation) name, or part of it")
      ->required();

  auto* search =
      question(ledger, o, "search", "Full-text search over item titles, item text and resolutions");
  search->add_option("TEXT", o.query, "Words to find (all of them)")->required();
  return ledger;
}

}  // namespace minutes::cli
