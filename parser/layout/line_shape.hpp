// Line shapes (layout stage): what a single normalised line looks like on its own — markup,
// page furniture, a Markdown heading, a numbered heading, a clause, a label, a table row.
// Blocks are built from these shapes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/words/labels.hpp"

namespace minutes::parser {

// ModernGov item markers (<AI1>, </AI1>) and other lone tags: structure, not text.
bool is_markup_line(std::string_view line);
// Running page furniture: "Page 3 of 8", "- 3 -", "3 | Page".
bool is_page_furniture(std::string_view line);
// A horizontal rule: a line of only "-", "=", "_", "*" or "~" (three or more).
bool is_rule_line(std::string_view line);
// Markdown ATX heading ("## Title"): its level (1–6) and the title's offset, or 0.
int markdown_heading_level(std::string_view line, std::size_t& title_offset);
// A Markdown table row ("| a | b |") or its rule line ("|---|---|").
bool is_pipe_row(std::string_view line);
bool is_pipe_rule(std::string_view line);
// "Trustee Novak called roll call": a titled person, then a lowercase verb — a sentence.
bool opens_with_titled_subject(std::string_view line);
// Short enough and shaped like a title: few words, no sentence-ending punctuation.
bool heading_like(std::string_view line);
// The title under a number standing alone ("Objective 6" / "1."): may be a long statement.
bool title_like(std::string_view line);
// "Chair's report - Cllr Birtles reported a quiet year …": a short title, a dash, then running
// text (a sentence, or six words and more with lowercase ones), not more of the title
// ("Report CS-2024-07 - Riverside Park Splash Pad Replacement"). Where the title ends and where
// the text begins, in bytes of `line`.
struct title_and_text {
  std::size_t title_end;
  std::size_t text_begin;
  bool certain;  // a whole sentence, "none", or a titled subject ("Trustee Ames said …")
};
std::optional<title_and_text> split_title_from_text(std::string_view line);
// Text that ends a sentence (". ", "?", "!") — paragraphs, not headings.
bool ends_sentence(std::string_view line);

}  // namespace minutes::parser
