// Option groups shared by several commands, and the `ledger` command's options, kept out of
// main.cpp so that it stays a page of wiring.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace minutes::cli {

// --max-bytes, --max-pages, --time-budget.
void add_limit_options(CLI::App* command, document_limits& limits);

// `minutes ledger build|person|actions|attendance|search`.
CLI::App* add_ledger_command(CLI::App& app, ledger_options& options);

}  // namespace minutes::cli
