// Line openers (layout stage): the block a line opens, read from its shape and its
// neighbours — a bullet, a clause, a label, a heading (Markdown, numbered, or in capitals), a
// number standing alone over its title, a table row. A numbered line may be a heading and
// then its text ("1. Minutes of the last meeting - approved."). Block building reads these.
#include <algorithm>

#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/clause_label.hpp"
#include "parser/grammar/clock_time.hpp"
#include "parser/layout/blocks_internal.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"
#include "parser/words/meeting_words.hpp"

namespace minutes::parser {
namespace {

// One gap, with running text before it and a short note after it: an owner or a status
// printed at the right margin of a line of minutes.
bool margin_note(std::string_view s) {
  constexpr std::size_t note_max_words = 3;
  constexpr std::size_t text_min_words = 5;
  std::size_t gap = s.find('\t');
  if (gap == std::string_view::npos || s.find('\t', gap + 1) != std::string_view::npos)
    return false;
  std::string_view before = s.substr(0, gap), after = text::trim(s.substr(gap + 1));
  return text::word_count(after) <= note_max_words && text::word_count(before) >= text_min_words &&
         s.find("...") == std::string_view::npos;
}

// "400 Robert D Ray Drive": a house number and a street, printed without a dot after the
// number as agenda numbers often are too.
bool street_address(std::string_view s, const grammar::agenda_number_match& number) {
  std::size_t end =
      static_cast<std::size_t>(number.number.data() - s.data()) + number.number.size();
  if (!number.keyword.empty() || end >= s.size() || s[end] != ' ') return false;
  std::string_view rest = text::trim(s.substr(end), " ,");
  std::size_t sp = rest.rfind(' ');
  if (sp == std::string_view::npos) return false;
  std::string_view last = text::trim(rest.substr(sp + 1), ".,");
  return std::any_of(std::begin(words::street_suffixes), std::end(words::street_suffixes),
                     [&](std::string_view w) { return text::iequals(last, w); });
}

// "7:30 AM", "6.00 pm": a time alone is a fact of the title block, not a heading.
bool only_a_time(std::string_view s) {
  auto t = grammar::match_time_range(text::trim(s));
  return t && t->length >= text::trim(s).size();
}

// An agenda number, but not a version ("0.9 release planning"): items count from 1.
std::optional<grammar::agenda_number_match> item_number(std::string_view s) {
  auto number = grammar::match_agenda_number(s);
  if (number && !number->number.empty() && number->number[0] == '0') return std::nullopt;
  return number;
}

// A numbered row "title <gap> lead" whose next line is a bullet or indented under it.
bool titled_row(const source_text& src, std::size_t i, std::string_view rest) {
  constexpr std::size_t lead_max_words = 3;
  std::string_view title = text::trim(rest.substr(0, rest.find('\t')));
  std::string_view lead = text::trim(rest.substr(rest.find('\t')));
  if (title.empty() || !heading_like(title) || lead.find('\t') != std::string_view::npos ||
      text::word_count(lead) > lead_max_words)
    return false;
  std::size_t next = i + 1;
  while (next < src.lines.size() && src.blank(next)) ++next;
  return next < src.lines.size() && (src.lines[next].bullet != bullet_glyph::none ||
                                     src.lines[next].indent > src.lines[i].indent);
}

// "22-0073 <gap> 1. <gap> ROLL CALL: …": a roll-call or file number printed in the margin
// before the item's own number. Bytes up to the item's number, or 0.
std::size_t reference_margin(std::string_view s) {
  constexpr std::size_t reference_max = 12;
  std::size_t gap = s.find('\t');
  if (gap == std::string_view::npos || gap == 0 || gap > reference_max) return 0;
  std::string_view ref = s.substr(0, gap);
  bool shaped = std::all_of(ref.begin(), ref.end(),
                            [](char c) { return text::is_digit(c) || c == '-' || c == '/'; }) &&
                text::find_any(ref, "-/") != std::string_view::npos && text::is_digit(ref[0]);
  return shaped ? gap + 1 : 0;
}

shaped_line shape_of(const source_text& src, std::size_t i, std::size_t margin = 0) {
  std::string_view s = src.line(i).substr(margin);
  shaped_line out;
  if (src.lines[i].bullet != bullet_glyph::none) {
    out.kind = opener::bullet;
    return out;
  }
  std::size_t offset = 0;
  if (int level = markdown_heading_level(s, offset)) {
    out = {opener::heading, level, offset, {}};
    // "## 3. Issue #212 — tile matrix set identifiers": the number is printed.
    if (auto number = item_number(s.substr(offset)))
      if (offset + number->length < s.size()) {
        out.skip = offset + number->length;
        out.number = number->number;
      }
    return out;
  }
  if (is_pipe_row(s)) return {opener::pipe_row, 0, 0, {}};
  if (auto number = item_number(s); number && !street_address(s, *number)) {
    std::string_view rest = s.substr(number->length);
    if (rest.empty()) return {opener::number_only, 1, number->length, number->number};
    // "TB/23/114 <gap> Report … <gap> KA <gap> 25/01/2024" is a row of a table.
    bool row = rest.find('\t') != std::string_view::npos;
    // "1. Minutes of the last meeting - read, approved and signed.": a heading, then its text —
    // text that ends a sentence or goes on in lowercase on the next line; a title wrapped
    // after a comma ("Field Trip - Robotics Team to State Championship,") is one heading.
    auto split = split_title_from_text(rest);
    bool running = false;
    if (split) {
      bool goes_on = i + 1 < src.lines.size() && !src.blank(i + 1) &&
                     text::is_ascii_lower(text::trim(src.line(i + 1)).front());
      running = split->certain || goes_on;
    }
    // "1 <gap> Apologies received from <gap> HP" over bullets: an agenda table's row — number,
    // title and who leads — heads the item.
    if (row && titled_row(src, i, rest)) {
      out = {opener::heading, 1, number->length, number->number};
      out.title_end = number->length + rest.find('\t');
      return out;
    }
    if (!row && running && heading_like(rest.substr(0, split->title_end))) {
      out = {opener::heading, 1, number->length, number->number};
      out.title_end = number->length + split->title_end;
      out.text_begin = number->length + split->text_begin;
      return out;
    }
    if (!row && heading_like(rest)) return {opener::heading, 1, number->length, number->number};
    // "21.2 <gap> RECOMMENDED that …": a numbered paragraph, even with a gap after its number —
    // but not a number in running text ("18 required replacement planting").
    std::size_t end =
        static_cast<std::size_t>(number->number.data() - s.data()) + number->number.size();
    bool marked = !number->keyword.empty() || (end < s.size() && s[end] != ' ');
    if (!row && marked) return {opener::clause, 0, 0, {}};
  }
  // "N. Hopkin <gap> Clerk's salary <gap> £298.40" is a row whose first cell is a name with
  // an initial, not clause N.
  if (auto clause = grammar::match_clause_label(s)) {
    bool initial = clause->style == grammar::label_style::letter && !clause->bracketed &&
                   s.size() > 1 && s[1] == '.';
    if (!(initial && s.find('\t') != std::string_view::npos)) return {opener::clause, 0, 0, {}};
  }
  if (keywords::match_label(s)) return {opener::label, 0, 0, {}};
  // Column gaps and dotted leaders ("Treasurer ....... Chloe Nakamura") make table rows —
  // except a line of text with a short note at its right margin ("… by 19th April. <gap> GF"),
  // which is text with its owner column.
  if (s.find('\t') != std::string_view::npos || s.find("....") != std::string_view::npos) {
    if (!margin_note(s)) return {opener::row, 0, 0, {}};
  }
  if (text::all_caps(s) && heading_like(s) && !only_a_time(s)) return {opener::heading, 2, 0, {}};
  return out;
}

}  // namespace

// The line's shape, reading past a reference number in its margin when what follows is a
// numbered heading.
shaped_line shape_of_line(const source_text& src, std::size_t i) {
  if (std::size_t margin = reference_margin(src.line(i))) {
    shaped_line out = shape_of(src, i, margin);
    if (out.kind == opener::heading && !out.number.empty()) {
      out.skip += margin;
      if (out.title_end) out.title_end += margin;
      if (out.text_begin) out.text_begin += margin;
      return out;
    }
  }
  return shape_of(src, i);
}

}  // namespace minutes::parser
