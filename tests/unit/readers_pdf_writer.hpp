// Small PDFs for the PDF reader's tests: text placed by coordinates in Helvetica (WinAnsi),
// one content stream per page, with a correct cross-reference table; and helpers that read
// them and list the rendered lines.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parser/readers/pdf.hpp"

namespace minutes::test::pdf {

using minutes::parser::failure;
using minutes::parser::parse_failure;
using minutes::parser::read_pdf;
using minutes::parser::rendered_document;

// Text at a place on a page: x and y in points from the bottom left, as PDF counts.
struct text_at {
  double x, y;
  std::string text;
  double size = 12;
};
using page = std::vector<text_at>;

// A PDF of `pages` (US Letter, Helvetica), with a correct cross-reference table.
inline std::string make_pdf(const std::vector<page>& pages) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(out.size());
    out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  const std::size_t n = pages.size();
  object("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (std::size_t i = 0; i < n; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < n; ++i) {
    std::string content;
    for (const auto& t : pages[i]) {
      std::string escaped;
      for (char c : t.text) {
        if (c == '(' || c == ')' || c == '\\') escaped.push_back('\\');
        escaped.push_back(c);
      }
      content += "BT /F1 " + std::to_string(t.size) + " Tf " + std::to_string(t.x) + " " +
                 std::to_string(t.y) + " Td (" + escaped + ") Tj ET\n";
    }
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 "
        "0 R >> >> /Contents " +
        std::to_string(5 + 2 * i) + " 0 R >>");
    object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
           "endstream");
  }
  std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t o : offsets) {
    std::string number = std::to_string(o);
    out += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

inline rendered_document read(const std::vector<page>& pages) {
  parse_failure why{failure::unreadable, ""};
  auto doc = read_pdf(make_pdf(pages), why);
  INFO(why.reason);
  REQUIRE(doc);
  return std::move(*doc);
}

inline std::vector<std::string> lines(const rendered_document& d) {
  std::vector<std::string> out;
  for (const auto& l : d.lines) out.push_back(l.text);
  return out;
}

inline parse_failure rejection(const std::string& bytes) {
  parse_failure why{failure::unreadable, ""};
  REQUIRE_FALSE(read_pdf(bytes, why));
  return why;
}

using strings = std::vector<std::string>;

}  // namespace minutes::test::pdf
