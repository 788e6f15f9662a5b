// Which reader a file needs (see reader.hpp), decided in the library from the first bytes
// and the name, so that only the format's module is loaded (modules.hpp).
#include "parser/readers/docx.hpp"
#include "parser/readers/docx/package.hpp"
#include "parser/readers/html.hpp"
#include "parser/readers/markdown.hpp"
#include "parser/readers/markup/sniff.hpp"
#include "parser/readers/pdf.hpp"

namespace minutes::parser {
namespace {

// "%PDF-" may follow some junk (mail headers, a BOM), within this many bytes.
constexpr std::size_t pdf_header_window = 1024;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// One of the tags that mark HTML (<p>, <div>, <table>, <h1>–<h6>, <br>, <body>) in `sample`.
bool has_typical_tag(std::string_view sample) {
  static constexpr std::string_view names[] = {"p",  "div", "table", "h1", "h2",  "h3",
                                               "h4", "h5",  "h6",    "br", "body"};
  for (std::size_t at = sample.find('<'); at != std::string_view::npos;
       at = sample.find('<', at + 1)) {
    std::string_view rest = sample.substr(at + 1);
    for (auto name : names) {
      if (!rest.starts_with(name) || rest.size() <= name.size()) continue;
      char next = rest[name.size()];
      if (next == '>' || next == '/' || is_space(next)) return true;
    }
  }
  return false;
}

}  // namespace

bool detect_pdf(std::string_view bytes, std::string_view) {
  return bytes.substr(0, pdf_header_window).find("%PDF-") != std::string_view::npos;
}

bool detect_docx(std::string_view bytes, std::string_view) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         docx::encrypted_office_package(bytes);
}

bool detect_html(std::string_view bytes, std::string_view path) {
  std::string sample = markup::ascii_sample(bytes);
  return markup::starts_as_html_page(sample) ||
         markup::has_extension(path, {".html", ".htm", ".xhtml"}) || has_typical_tag(sample);
}

bool detect_markdown(std::string_view bytes, std::string_view path) {
  if (!markup::has_extension(path, {".md", ".markdown", ".mdown", ".mkd"})) return false;
  return !markup::starts_as_html_page(markup::ascii_sample(bytes));
}

}  // namespace minutes::parser
