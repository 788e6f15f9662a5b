// The title block's facts, read line by line (see header.cpp).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "parser/extract/dates.hpp"
#include "parser/grammar/clock_time_ast.hpp"

namespace minutes::parser {

struct header_facts {
  std::optional<std::string> organisation;
  bool organisation_by_head = false;  // named by its head word, not just first in the document
  std::optional<std::string> body;
  bool body_on_first_line = false;  // the body was named by the document's first line
  std::optional<ymd> date;
  bool year_from_weekday = false;  // the date's year was inferred from its weekday
  std::optional<grammar::ast::clock_time> start, end;
  std::optional<std::string> venue;
};

// "Quillpen Technical Steering Committee" with no organisation named elsewhere: the
// organisation is "Quillpen", the body "Technical Steering Committee".
void split_organisation_from_body(header_facts& h);

// The place named at the start of `s`, past separators, a lead-in ("in", "at") and any
// bracketed remark or link: ", Scout Hut (back room)" → "Scout Hut"; "Zoom (link in the
// invite)" → "Zoom". Nothing when `s` names no place.
std::optional<std::string> venue_after(std::string_view s);

// Reads one line of the title block into `h`, keeping what earlier lines found.
void read_header_line(std::string_view line, header_facts& h, bool first_line);

// "City Hall, Council Chambers / 400 Main Drive / Riverton, Ohio 45000": a place with its
// street address, lines of their own in the title block; the venue, its lines joined by ", ".
std::optional<std::string> address_venue(std::string_view first_line,
                                         std::span<const std::string_view> more_lines);

}  // namespace minutes::parser
