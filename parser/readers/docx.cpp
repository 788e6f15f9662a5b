// DOCX reader, front (see docx.hpp): detection, and the last step — the body's paragraphs
// and rows rendered as the lines the layout stage reads.
#include "parser/readers/docx.hpp"

#include "parser/readers/docx/document.hpp"
#include "parser/readers/docx/package.hpp"

namespace minutes::parser {
namespace {

// Appends one rendered line; offsets count the extracted text, one '\n' per line.
class line_sink {
 public:
  explicit line_sink(rendered_document& doc) : doc_(doc) {}

  void line(std::string text, int paragraph) {
    rendered_line l;
    l.byte_begin = offset_;
    l.byte_end = offset_ + text.size();
    l.paragraph = paragraph;
    offset_ = l.byte_end + 1;
    l.text = std::move(text);
    doc_.lines.push_back(std::move(l));
  }
  // A blank line, unless one stands there already (or nothing does yet).
  void gap(int paragraph) {
    if (!doc_.lines.empty() && !doc_.lines.back().text.empty()) line({}, paragraph);
  }

 private:
  rendered_document& doc_;
  std::size_t offset_ = 0;
};

void render(const docx::body_block& b, line_sink& out) {
  if (b.empty()) {
    out.gap(b.paragraph);
    return;
  }
  if (b.space_before) out.gap(b.paragraph);
  if (b.row) {
    out.line(b.lines.front(), b.paragraph);
    return;
  }
  std::string prefix;
  if (b.heading > 0) prefix = std::string(static_cast<std::size_t>(b.heading), '#') + " ";
  if (!b.label.empty()) {
    if (b.heading == 0) prefix.assign(static_cast<std::size_t>(2 * b.list_level), ' ');
    prefix += b.label + " ";
  }
  if (b.heading > 0) {
    // A heading is one line: its breaks are line breaks of the title.
    std::string title;
    for (const auto& l : b.lines) {
      if (!title.empty() && !l.empty()) title.push_back(' ');
      title += l;
    }
    out.line(prefix + title, b.paragraph);
    return;
  }
  for (std::size_t i = 0; i < b.lines.size(); ++i)
    out.line(i == 0 ? prefix + b.lines[i] : b.lines[i], b.paragraph);
}

}  // namespace

std::optional<rendered_document> render_docx(std::string_view bytes, parse_failure& why,
                                             const parse_limits& /*limits*/) {
  if (docx::encrypted_office_package(bytes)) {
    why = {failure::unsupported_format,
           "the Word document is password-protected (encrypted); remove the password and "
           "save it again as DOCX"};
    return std::nullopt;
  }
  auto parts = docx::open_package(bytes, why);
  if (!parts) return std::nullopt;
  rendered_document doc;
  doc.byte_offsets_in_source = false;
  std::vector<docx::body_block> body = docx::read_body(*parts, doc.diagnostics);
  line_sink sink(doc);
  for (const auto& b : body) render(b, sink);
  return doc;
}

}  // namespace minutes::parser
