// Fuzz target: the whole parse entry point and every exporter. Any bytes must give a document
// or a parse_failure — never a crash, a hang, a leak or invalid UTF-8 in the JSON.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <variant>

#include <nlohmann/json.hpp>

#include "exporters/exporters.hpp"
#include "parser/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto result = minutes::parser::parse(std::move(bytes), "fuzz-input");
  const auto* doc = std::get_if<minutes::model::document>(&result);
  if (doc == nullptr) return 0;
  // The JSON must be valid, and valid UTF-8 (nlohmann's lexer checks both).
  if (!nlohmann::json::accept(minutes::exporters::to_json(*doc))) std::abort();
  (void)minutes::exporters::to_markdown(*doc);
  const minutes::model::document* docs[] = {doc};
  (void)minutes::exporters::to_csv(docs);
  return 0;
}
