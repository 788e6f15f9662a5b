// Fuzz target for one reader, chosen at build time by MINUTES_FUZZ_FORMAT ("markdown",
// "html", "docx", "pdf"), or plain-text ingestion when it is "text". The reader is called
// directly, without format detection, so every input exercises it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "parser/ingest/ingest.hpp"
#include "parser/readers/reader.hpp"

namespace {

constexpr std::string_view format = MINUTES_FUZZ_FORMAT;

const minutes::parser::reader* the_reader() {
  for (const auto& r : minutes::parser::readers()) {
    if (format == r.format) return &r;
  }
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  minutes::parser::parse_failure why;
  if (format == "text") {
    (void)minutes::parser::ingest_text(std::string(bytes), why);
    return 0;
  }
  static const minutes::parser::reader* reader = the_reader();
  if (reader == nullptr) std::abort();  // a misspelt format: fail loudly, not silently
  (void)reader->read(bytes, why, {});
  return 0;
}
