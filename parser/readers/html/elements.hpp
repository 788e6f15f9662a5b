// HTML elements by what they do to rendered text (ingest stage): which start a line, which
// a block with a blank line around it, which are lists, tables and cells, which are page
// furniture to leave out — including what Word-saved HTML says in its mso- styles.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string_view>

namespace minutes::parser::html {

enum class element_kind {
  inline_,     // text flows through (a, b, span, font, unknown elements)
  skip,        // not minutes text: script, style, head, nav, forms, images, hidden elements
  chrome,      // header, footer, aside: site chrome unless inside the page's content
  heading,     // h1–h6 (level)
  paragraph,   // p and its kin: a block with blank lines around; level > 0 for Word lists
  block,       // div, section, dt, dd, …: starts and ends a line
  quote,       // blockquote
  pre,         // pre, listing, xmp: lines kept
  list,        // ul, ol, menu, dir
  item,        // li
  table,       // table
  row,         // tr
  cell,        // td, th
  line_break,  // br
  rule,        // hr
  checkbox,    // input type=checkbox (level 1 when checked): a task-list mark
  tab,         // Word's tab (span style="mso-tab-count:…")
  list_label,  // Word's list label (span style="mso-list:Ignore"): "1.", "·", "(i)"
};

struct element_info {
  element_kind kind = element_kind::inline_;
  int level = 0;              // heading level, Word list level, checkbox checked
  bool content_root = false;  // main, article, section: what is inside is the page's content
};

// What `n` (an element) does to rendered text.
element_info classify(const xmlNode* n);

// True when the element's name is `name` (lowercase).
bool name_is(const xmlNode* n, std::string_view name);

// The value of attribute `name`, or nullopt when the element has none.
std::optional<std::string_view> attribute(const xmlNode* n, std::string_view name);

// A header, footer or aside that is site chrome: a banner or content-info landmark, or one
// holding navigation.
bool is_chrome(const xmlNode* n);

// True when table `n` lays out the page rather than holding data: rows of at most three
// cells, one of which holds a flow of text (three or more paragraphs, headings or list
// items) — a ModernGov minutes table, a number cell beside each minute's title and text.
bool lays_out_page(const xmlNode* n);

// True when cell `n` only labels its row: a short text ("26.", "Min 12/24") and no list.
bool labels_row(const xmlNode* n);

// True when the page marks its content (<main> or role="main"): what is outside it is chrome.
bool has_main_content(const xmlNode* root);

}  // namespace minutes::parser::html
