// The source text an HTML page shows (see source_view.hpp).
#include "cli/source_view.hpp"

#include "exporters/exporters.hpp"
#include "parser/ingest/encoding.hpp"
#include "parser/parse.hpp"
#include "parser/readers/markup/source_lines.hpp"

namespace minutes::cli {
namespace {

// How the markup reader decoded the file, from the encoding it recorded: the family by name,
// the byte-order mark from the bytes.
parser::detected_encoding recorded_encoding(std::string_view bytes, const std::string& name) {
  using parser::encoding_family;
  if (name == "UTF-16LE")
    return {encoding_family::utf16le, name, bytes.starts_with("\xFF\xFE") ? 2u : 0u};
  if (name == "UTF-16BE")
    return {encoding_family::utf16be, name, bytes.starts_with("\xFE\xFF") ? 2u : 0u};
  if (name == "UTF-8")
    return {encoding_family::utf8, name, bytes.starts_with("\xEF\xBB\xBF") ? 3u : 0u};
  return {encoding_family::legacy, name, 0};
}

}  // namespace

std::variant<std::string, parser::parse_failure> numbered_source(
    std::string bytes, const std::string& path, const model::document& doc,
    const parser::parse_limits& limits) {
  if (doc.from.format != "markdown" && doc.from.format != "html")
    return parser::read_text(std::move(bytes), path, limits);
  parser::markup::source_lines lines(bytes, recorded_encoding(bytes, doc.from.encoding));
  return std::string(lines.text());
}

std::variant<std::string, parser::parse_failure> html_page(std::string bytes,
                                                           const std::string& path,
                                                           const model::document& doc,
                                                           const parser::parse_limits& limits) {
  auto source = numbered_source(std::move(bytes), path, doc, limits);
  if (auto* failed = std::get_if<parser::parse_failure>(&source)) return *failed;
  return exporters::to_html(doc, std::get<std::string>(source));
}

}  // namespace minutes::cli
