// Pages (ingest stage): parsing HTML with libxml2 and reading a page's title; the walk of
// the tree is in render.cpp.
#include <string>

#include "parser/readers/html/elements.hpp"
#include "parser/readers/html/render.hpp"

namespace minutes::parser::html {
namespace {

// libxml2 stops at 256 levels of nesting and drops the rest of the page; XML_PARSE_HUGE
// lifts that (the walk in render.cpp is iterative). HTML has no entity definitions to expand, and
// the parser is told to load nothing from the network and to ignore <meta charset>: the
// reader decoded the bytes already.
constexpr int parse_options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                              XML_PARSE_HUGE;
// libxml2 keeps line numbers in 16 bits: beyond this a node's line is not known.
constexpr long line_number_limit = 65535;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

doc_ptr parse(std::string_view utf8) {
  if (utf8.empty()) return nullptr;
  return doc_ptr(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", parse_options));
}

page_title title_of(xmlDoc* doc, std::size_t first_line) {
  page_title t;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return t;
  for (xmlNode* head = root->children; head != nullptr; head = head->next) {
    if (head->type != XML_ELEMENT_NODE || !name_is(head, "head")) continue;
    for (xmlNode* n = head->children; n != nullptr; n = n->next) {
      if (n->type != XML_ELEMENT_NODE || !name_is(n, "title")) continue;
      std::size_t breaks = 0, breaks_in_text = 0;
      for (xmlNode* c = n->children; c != nullptr; c = c->next) {
        for (char ch :
             std::string_view(c->content ? reinterpret_cast<const char*>(c->content) : "")) {
          breaks += ch == '\n';
          if (!is_space(ch)) {
            t.text.push_back(ch);
            breaks_in_text = breaks;
          } else if (!t.text.empty() && t.text.back() != ' ') {
            t.text.push_back(' ');
          }
        }
      }
      while (!t.text.empty() && t.text.back() == ' ') t.text.pop_back();
      long line = xmlGetLineNo(n);
      t.line = first_line +
               (line > 0 && line < line_number_limit ? static_cast<std::size_t>(line) - 1 : 0);
      t.end_line = t.line + breaks_in_text;
      return t;
    }
  }
  return t;
}

void render_fragment(std::string_view utf8, std::size_t first_line, markup::line_writer& out) {
  doc_ptr doc = parse(utf8);
  if (doc) render(doc.get(), first_line, out);
}

}  // namespace minutes::parser::html
