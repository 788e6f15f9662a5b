// `minutes parse`: one document to standard output or a file.
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/files.hpp"
#include "cli/source_view.hpp"
#include "exporters/exporters.hpp"
#include "parser/parse.hpp"

namespace minutes::cli {

namespace {

// Writes one output to standard output, or atomically to the -o file.
int emit(const parse_options& o, const std::string& text) {
  if (o.output.empty()) {
    std::cout << text;
    std::cout.flush();
    return std::cout ? exit_ok : exit_some_failed;
  }
  if (auto err = write_atomically(o.output, text); !err.empty()) {
    std::cerr << "minutes: " << err << "\n";
    return exit_some_failed;
  }
  return exit_ok;
}

}  // namespace

int run_parse(const parse_options& o) {
  parser::parse_failure why{parser::failure::unreadable, {}};
  auto bytes = read_input(o.input, o.limits.max_bytes, why);
  if (!bytes) {
    std::cerr << "minutes: " << printable(o.input) << ": " << why.reason << "\n";
    return exit_some_failed;
  }
  if (o.format == "text") {
    auto read = parser::read_text(std::move(*bytes), o.input, o.limits.start());
    if (auto* failed = std::get_if<parser::parse_failure>(&read)) {
      std::cerr << "minutes: " << printable(o.input) << ": " << failed->reason << "\n";
      return exit_some_failed;
    }
    return emit(o, std::get<std::string>(read));
  }
  std::string html_bytes = o.format == "html" ? *bytes : std::string();  // read again for its lines
  auto result = parser::parse(std::move(*bytes), o.input, o.limits.start());
  if (auto* failed = std::get_if<parser::parse_failure>(&result)) {
    std::cerr << "minutes: " << printable(o.input) << ": " << failed->reason << "\n";
    return exit_some_failed;
  }
  const auto& doc = std::get<model::document>(result);
  if (o.format == "html") {
    auto page = html_page(std::move(html_bytes), o.input, doc, o.limits.start());
    if (auto* failed = std::get_if<parser::parse_failure>(&page)) {
      std::cerr << "minutes: " << printable(o.input) << ": " << failed->reason << "\n";
      return exit_some_failed;
    }
    return emit(o, std::get<std::string>(page));
  }
  if (o.format == "csv") {
    const model::document* docs[] = {&doc};
    auto tables = exporters::to_csv(docs);
    for (const auto& t : tables) {
      if (o.output.empty()) {
        std::cout << "# " << t.name << "\n" << t.text << "\n";
      } else if (auto err = write_atomically(std::filesystem::path(o.output) / t.name, t.text);
                 !err.empty()) {
        std::cerr << "minutes: " << err << "\n";
        return exit_some_failed;
      }
    }
    return exit_ok;
  }
  return emit(o, o.format == "md" ? exporters::to_markdown(doc) : exporters::to_json(doc));
}

}  // namespace minutes::cli
