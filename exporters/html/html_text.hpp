// Text for the HTML pages (exporters stage): escaping that holds for hostile input, and the
// small pieces every part of a page writes — numbers, line labels, links to source lines.
// Everything appends to one string; nothing here allocates per call.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/span.hpp"

namespace minutes::exporters::html {

// Appends `s` so that it reads as the same text both between tags and inside a double-quoted
// attribute: markup characters become references; malformed UTF-8, C1 controls and
// noncharacters become U+FFFD; other control characters (NUL, ESC, a lone CR) become their
// visible pictures (U+2400 …), so hostile bytes are shown, never obeyed. Tab and LF stay.
void append_text(std::string& out, std::string_view s);

// Appends the decimal digits of `n`.
void append_number(std::string& out, std::size_t n);

// Number of lines in `source`: lines end with '\n'; a last line without one counts too.
std::size_t count_lines(std::string_view source);

// True when `s` names lines that a page of `lines` source lines shows.
inline bool links_within(const model::span& s, std::size_t lines) {
  return !s.empty() && s.start_line <= lines;
}

// Opens a fact: a link to its source lines, <a class="f" href="#L3" data-end="5">, the first
// line as a plain anchor so that it works without the page's script. A fact whose span is
// empty or past the source's last line gets a plain <div class="f">: no link is ever broken.
// Close it with close_fact and the same arguments.
void open_fact(std::string& out, const model::span& s, std::size_t lines, std::string_view id = {});
void close_fact(std::string& out, const model::span& s, std::size_t lines);

// Appends the fact's line label, "L12" or "L12–15" (and the PDF page), when it has a span.
void append_line_label(std::string& out, const model::span& s);

}  // namespace minutes::exporters::html
