// The command line: options in, a command run, an exit status out. Nothing else lives here.
#include <CLI/CLI.hpp>
#include <minutes/version.hpp>

#include "cli/commands.hpp"
#include "cli/options.hpp"

int main(int argc, char** argv) {
  using namespace minutes::cli;
  CLI::App app{
      "minutes — turns meeting minutes into structured, auditable data.\n\n"
      "Reads minutes (plain text, Markdown, HTML, Word .docx and PDF, in any common encoding) and\n"
      "writes who attended, the agenda items, resolutions and actions with owners and due\n"
      "dates, each with the source lines it came from, as JSON, CSV tables, Markdown, or an\n"
      "HTML audit page: the facts beside the numbered source text, each fact a link that\n"
      "highlights its lines (self-contained: it loads nothing from the network).\n\n"
      "Exit status: 0 all inputs converted, 1 some inputs failed (each reported), 2 usage error.",
      "minutes"};
  app.set_version_flag("--version", std::string("minutes ") + minutes::tool_version +
                                        " (JSON schema " + minutes::schema_version + ")");
  app.require_subcommand(1);

  parse_options p;
  auto* parse =
      app.add_subcommand("parse", "Parse one document; JSON to standard output by default");
  parse->add_option("FILE", p.input, "Minutes file, or - for standard input")->required();
  parse
      ->add_option("--format,-f", p.format,
                   "Output format: json, csv (six tables), md, html (the audit page: facts "
                   "beside the source lines they came from), or text (the lines as read from "
                   "the file, e.g. what the PDF or Word reader saw)")
      ->check(CLI::IsMember({"json", "csv", "md", "html", "text"}))
      ->capture_default_str();
  parse->add_option(
      "-o,--output", p.output,
      "Write to this file (json, md, html, text) or folder (csv) instead of standard output; "
      "written atomically");

  add_limit_options(parse, p.limits);

  batch_options b;
  auto* batch = app.add_subcommand(
      "batch",
      "Convert files and folders (recursively: .txt .text .md .markdown .html .htm .docx .pdf;\n"
      ".doc and .rtf files are reported) into a folder:\n"
      "one .json and one .md per document, and meetings/attendance/items/resolutions/\n"
      "motions/actions.csv for the whole batch; with --formats html, an audit page per\n"
      "document and an index.html linking them.\n\n"
      "Outputs are named after each input's path under the folder given (DIR/a/b.txt:\n"
      "OUT/a/b.json). When two inputs share a name, the one read later keeps its\n"
      "extension (b.txt.json), and a number besides if that is taken too (b.txt-2.json).\n\n"
      "Batches are incremental: OUT/.minutes/manifest.tsv records each input's size, sha256 and\n"
      "the tool and schema versions that converted it, and a re-run into the same folder\n"
      "converts only inputs that are new or changed (or whose outputs are missing); the CSV\n"
      "tables still cover every input. A batch that was killed resumes where it stopped.\n"
      "Inputs converted before but now gone are reported by name; --prune removes their outputs.\n"
      "Ends with: converted N, unchanged M, failed F, removed R (standard error).");
  batch->add_option("INPUTS", b.inputs, "Files and folders")->required();
  batch->add_option("-o,--output", b.output, "Output folder (created if missing)")->required();
  batch->add_option("--jobs,-j", b.jobs, "Parallel workers (default: one per core)");
  batch
      ->add_option("--formats", b.formats,
                   "Comma-separated formats to write: json,csv,md,html (html: not by default)")
      ->delimiter(',')
      ->check(CLI::IsMember({"json", "csv", "md", "html"}))
      ->capture_default_str();
  batch->add_flag("--no-progress{false}", b.progress, "No progress line, even on a terminal");
  batch->add_flag("--force", b.force,
                  "Convert every input again, even those the manifest says are unchanged");
  batch->add_flag("--prune", b.prune,
                  "Remove the outputs (and CSV rows) of inputs converted before that are no "
                  "longer among the inputs");
  add_limit_options(batch, b.limits);

  map_options m;
  auto* map = app.add_subcommand(
      "map",
      "A mapper for distributed engines (GNU parallel --sshlogin, Hadoop Streaming, Spark's\n"
      "RDD.pipe): reads paths on standard input, one per line (or --files), and writes each\n"
      "document as one line of JSON on standard output — the `parse` JSON, compact — in input\n"
      "order whatever --jobs. Failures go to standard error as JSON lines\n"
      "{\"path\": ..., \"error\": ...}, and the exit status is then 1. Folders are read as batch\n"
      "reads them. Example, the first of four workers:\n"
      "  find archive -type f | minutes map --shard 1/4 > part1.jsonl\n"
      "Recipes for each engine: README.md, \"Archives on many machines\".");
  map->add_option("--files", m.files,
                  "Files and folders to read instead of the paths on standard input");
  map->add_option("--jobs,-j", m.jobs, "Parallel workers (default: one per core)");
  map->add_option("--shard", m.shard,
                  "K/N: only the documents whose doc_id (first 16 hex digits of the file's "
                  "sha256, as a number) modulo N is K-1; N workers given 1/N ... N/N cover "
                  "the inputs with no overlap and no gap. A file that cannot be read is "
                  "reported by the shard of its path's sha256");
  add_limit_options(map, m.limits);

  ledger_options l;
  auto* ledger = add_ledger_command(app, l);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  if (*parse) return run_parse(p);
  if (*ledger) return run_ledger(l);
  if (*map) return run_map(m);
  return run_batch(b);
}
