// Rules of the person_name grammar. Only person_name.cpp includes this file.
#pragma once

#include <cstddef>

#include "parser/grammar/honorific.hpp"
#include "parser/grammar/person_name.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
struct person_name_token_class;
struct person_name_handle_class;
struct person_name_tokens_class;
struct person_name_note_class;

// ---- Rules ------------------------------------------------------------------------------
// A multi-byte UTF-8 sequence counts as a letter: names carry "François", "Łukasz", "Zoë",
// and telling the case of a non-ASCII letter would need ICU. The exceptions are the blocks
// that hold the punctuation and symbols normalised text still carries between words — the
// dash in "Audrey Swann – Residential", a bullet "·", "€", an emoji — which would otherwise
// be read as one-letter names.
struct utf8_letter_parser : x3::parser<utf8_letter_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  // Bytes of the letter that starts at `p`; 0 when none does.
  static std::ptrdiff_t length(const char* p, const char* last) {
    auto byte = [p](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    unsigned char const lead = byte(0);
    std::ptrdiff_t const n = lead < 0xC2   ? 0
                             : lead < 0xE0 ? 2
                             : lead < 0xF0 ? 3
                             : lead < 0xF5 ? 4
                                           : 0;
    if (n == 0 || last - p < n) return 0;
    for (std::ptrdiff_t i = 1; i < n; ++i)
      if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
    unsigned char const second = byte(1);
    // Not letters: C2 xx (NBSP, guillemets, middle dot), the multiply and divide signs,
    // E2 xx xx (dashes, bullets, euro, arrows), CJK punctuation, the byte-order mark,
    // U+FFFD and the other specials, and emoji.
    bool const symbol = lead == 0xC2 || (lead == 0xC3 && (second == 0x97 || second == 0xB7)) ||
                        lead == 0xE2 || (lead == 0xE3 && second == 0x80) ||
                        (lead == 0xEF && second == 0xBB && byte(2) == 0xBF) ||
                        (lead == 0xEF && second == 0xBF) || (lead == 0xF0 && second == 0x9F);
    return symbol ? 0 : n;
  }

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    if (first == last) return false;
    std::ptrdiff_t const n = length(first, last);
    first += n;
    return n != 0;
  }
};

// Name tokens besides particles: "Maria de la Cruz Fernandez Garcia" has five. A longer run
// of capitalised words is a heading or an organisation, and is refused whole.
constexpr int max_name_tokens = 5;
// Particles in a row: "van der", "de la".
constexpr int max_particles = 2;
// A note is a role or an affiliation. The bound keeps a bracket that never closes from
// being scanned to the end of the paragraph once for every name of a list.
constexpr int max_note_bytes = 160;

const utf8_letter_parser utf8_letter{};
const auto name_letter = x3::char_("a-zA-Z") | utf8_letter;
// A token opens with an ASCII capital or any multi-byte letter ("Ó Briain", "Łukasz").
const auto name_start = x3::char_('A', 'Z') | utf8_letter;
// "Smith's report" names Smith: the possessive is not part of the name.
const auto possessive = x3::lit('\'') >> x3::char_("sS") >> !name_letter;
// Apostrophes and hyphens join letters: "O'Sullivan", "D'Arcy", "Donnelly-Nelson".
const auto joiner = (x3::lit('-') | (!possessive >> '\'')) >> &name_letter;
const auto word = name_start >> *(name_letter | joiner);
// Initials with dots: "O.", "J.R.". A bare initial ("A Smith") is a one-letter word.
const auto initials = +(name_start >> '.');
// A token glued to a digit, '@', '_' or, through a dot, to a letter is something else:
// "M62", "Mrs.Smith", "lcc.gov.uk", "J.Smith".
const auto token_end =
    !(x3::char_('0', '9') | x3::char_("@_") | name_letter | ('.' >> name_letter));

// "And" is never part of a name; in capitals it joins two: "SMITH AND JONES".
const auto conjunction = (x3::lit("AND") | "And") >> !name_letter;

const x3::rule<person_name_token_class> name_token = "name token";
const auto name_token_def = !conjunction >> (initials | word) >> token_end;

// Lower-case particles stand between tokens, never first or last: "Ludwig van Beethoven",
// "Maria de la Cruz", "Ahmed al-Hassan".
const x3::symbols<> name_particles({"van", "von", "de",  "der", "den",   "da",  "di",
                                    "du",  "la",  "le",  "del", "della", "dos", "das",
                                    "ten", "ter", "bin", "ibn", "al",    "zu"},
                                   "name particle");
const auto particle = name_particles >> (x3::lit(' ') | '-');
const auto next_token = ' ' >> x3::repeat(0, max_particles)[particle] >> name_token;

const x3::rule<person_name_tokens_class> name_tokens = "name";
const auto name_tokens_def = name_token >> x3::repeat(0, max_name_tokens - 1)[next_token] >>
                             !next_token;

// Project meetings name people by handle: "@alice", "@bob-smith".
const auto handle_char = x3::char_("a-zA-Z0-9");
const x3::rule<person_name_handle_class> handle = "handle";
const auto handle_def = '@' >> handle_char >> *(handle_char | (x3::char_("-_.") >> &handle_char)) >>
                        !x3::lit('@');

const x3::rule<person_name_note_class, ast::name_range> note = "note in brackets";
const auto note_def =
    -x3::lit(' ') >> '(' >> x3::raw[x3::repeat(1, max_note_bytes)[~x3::char_("()\r\n")]] >> ')';

// ---- Grammar ----------------------------------------------------------------------------
const auto set_honorific = [](auto& ctx) { x3::_val(ctx).honorific = x3::_attr(ctx); };
const auto count_title = [](auto& ctx) {
  if (x3::_attr(ctx) == ast::honorific_number::plural) x3::_val(ctx).plural = true;
};
const auto set_name = [](auto& ctx) { x3::_val(ctx).name = x3::_attr(ctx); };
const auto set_note = [](auto& ctx) { x3::_val(ctx).note = x3::_attr(ctx); };

const auto spaces = +x3::lit(' ');
// Titles stack: "Councillor Dr Jane Smith".
const auto titles =
    x3::raw[honorific()[count_title] >> x3::repeat(0, 1)[spaces >> honorific()[count_title]]];

// A title followed by no name is not a name ("Director of Finance", "Councillors and"), and
// neither is a bare title ("Mr" at the end of a line).
const person_name_type person_name = "person's name";
const auto person_name_def = ((titles[set_honorific] >> spaces) | !honorific_word()) >>
                             x3::raw[handle | name_tokens][set_name] >> -note[set_note];

BOOST_SPIRIT_DEFINE(name_token, name_tokens, handle, note, person_name)

}  // namespace minutes::grammar::rules
