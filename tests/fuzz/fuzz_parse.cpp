// Fuzz target: the whole parse entry point and every exporter. Any bytes must give a document
// or a parse_failure — never a crash, a hang, a leak, invalid UTF-8 in the JSON or markup
// injected into the HTML.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "exporters/exporters.hpp"
#include "parser/parse.hpp"

namespace {
std::string_view bytes_view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(bytes_view(data, size));
  auto result = minutes::parser::parse(std::move(bytes), "fuzz-input");
  const auto* doc = std::get_if<minutes::model::document>(&result);
  if (doc == nullptr) return 0;
  // The JSON must be valid, and valid UTF-8 (nlohmann's lexer checks both).
  if (!nlohmann::json::accept(minutes::exporters::to_json(*doc))) std::abort();
  (void)minutes::exporters::to_markdown(*doc);
  const minutes::model::document* docs[] = {doc};
  (void)minutes::exporters::to_csv(docs);
  // The HTML page, with the raw bytes as its source text: whatever they hold, the page's only
  // script is its own and no control character but tab and LF comes through.
  std::string page = minutes::exporters::to_html(*doc, bytes_view(data, size));
  if (page.find("<script") != page.rfind("<script")) std::abort();
  for (char c : page)
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7F) std::abort();
  return 0;
}
