// HTML rendering (ingest stage): libxml2's tree of an HTML page walked into rendered lines
// — title, headings, paragraphs, lists, tables, line breaks, quotes, preformatted text —
// with page furniture (scripts, styles, navigation, forms) left out. Used by the HTML reader
// for whole pages and by the Markdown reader for raw HTML blocks.
#pragma once

#include <libxml/HTMLparser.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "parser/readers/markup/line_writer.hpp"

namespace minutes::parser::html {

struct doc_deleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using doc_ptr = std::unique_ptr<xmlDoc, doc_deleter>;

// Parses UTF-8 HTML leniently (recover mode, no network, no depth limit); null only when
// libxml2 found no document at all.
doc_ptr parse(std::string_view utf8);

// The page's <title>, whitespace collapsed, and the 0-based lines it stands on (offset by
// `first_line`); empty when there is none.
struct page_title {
  std::string text;
  std::size_t line = 0;      // where it begins …
  std::size_t end_line = 0;  // … and ends
};
page_title title_of(xmlDoc* doc, std::size_t first_line);

// Renders the document's content (not its title) into `out`. Line numbers libxml2 reports
// are 1-based in the parsed text; `first_line` is the 0-based line of `out`'s source where
// that text begins.
void render(xmlDoc* doc, std::size_t first_line, markup::line_writer& out);

// Parses and renders an HTML fragment that begins on 0-based source line `first_line`.
void render_fragment(std::string_view utf8, std::size_t first_line, markup::line_writer& out);

}  // namespace minutes::parser::html
