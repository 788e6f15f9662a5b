// Rules of the agenda_number grammar. Only agenda_number.cpp includes this file.
#pragma once

#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/agenda_number_ast_adapted.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
// Prefixed with agenda_: rule IDs name the parse functions of every grammar in one library.
struct agenda_keyword_class;
struct agenda_arabic_class;
struct agenda_roman_class;
struct agenda_bare_number_class;
struct agenda_separator_class;
struct agenda_keyed_separator_class;

// ---- Rules ------------------------------------------------------------------------------
// ASCII only: x3::alnum asserts on bytes >= 0x80, and an en dash is a separator.
const auto alnum = x3::char_("0-9a-zA-Z");
const auto digit = x3::char_("0-9");
const auto blank = x3::lit(' ') | '\t';
const auto word_end = !alnum;
const auto line_end = x3::eol | x3::eoi;

// Longest first: PEG alternatives take the first that matches. Their first letters, and the
// roman numerals', are also the screen in agenda_number.cpp (may_open_agenda_number): a
// keyword that opens with another letter goes there too.
const auto keyword_words = x3::lit("Agenda Item") | "Agenda item" | "AGENDA ITEM" | "Minute" |
                           "MINUTE" | "Min" | "MIN" | "Item" | "ITEM" | "Objective" | "OBJECTIVE" |
                           "Part" | "PART";
const auto number_marker =
    ((x3::lit("No.") | "no." | "NO.") >> *blank) | ((x3::lit("No") | "Number") >> +blank);

// Three digits per part: "2022" is a year and "1,000" a count, not agenda numbers.
const auto number_part = x3::repeat(1, 3)[digit];
const auto letter_suffix = ('(' >> (x3::char_("a-z") | number_part) >> ')') | x3::char_("a-zA-Z");

// A heading number is never followed by a unit: "6.00 pm", "6 am", "17.1 million".
const auto unit_word = (x3::lit("am") | "pm" | "a.m" | "p.m" | "AM" | "PM" | "hrs" | "o'clock" |
                        "million" | "billion" | "thousand" | "per cent" | "percent") >>
                       word_end;
const auto dash = x3::lit('-') | "\xE2\x80\x93" | "\xE2\x80\x94";  // hyphen, en dash, em dash
const auto punctuation = x3::lit('.') | ':' | dash;

const x3::rule<agenda_keyword_class, ast::text_range> agenda_keyword = "agenda keyword";
const auto agenda_keyword_def = x3::raw[keyword_words] >> -x3::lit('.') >> +blank >> -number_marker;

const x3::rule<agenda_arabic_class> agenda_arabic = "item number";
const auto agenda_arabic_def = number_part >> x3::repeat(0, 3)[x3::char_("./") >> number_part] >>
                               -letter_suffix;

// I to LXXXIX: agendas do not run longer, and the strict form keeps out words like "CIVIL".
const x3::rule<agenda_roman_class> agenda_roman = "roman item number";
const auto agenda_roman_def = &x3::char_("IVXL") >>
                              -(x3::lit("XL") | ('L' >> x3::repeat(0, 3)['X']) |
                                x3::repeat(1, 3)['X']) >>
                              -(x3::lit("IX") | "IV" | ('V' >> x3::repeat(0, 3)['I']) |
                                x3::repeat(1, 3)['I']);

// Minute references of boards and trusts carry the body's letters: "TB/23/110", "CPB/4".
// "HB23/041" prints the letters against the year, "MD 17/25" a space after them: then the
// number must go on after a '/'.
const auto letters = x3::repeat(1, 5)[x3::char_("A-Z")];
const auto reference_prefix = (letters >> '/') | (letters >> &(number_part >> '/')) |
                              (x3::repeat(2, 5)[x3::char_("A-Z")] >> ' ' >> &(number_part >> '/'));

// A lone capital I, V or X is a word or an initial unless a dot follows.
const x3::rule<agenda_bare_number_class, ast::text_range> agenda_bare_number = "item number";
const auto agenda_bare_number_def =
    x3::raw[-reference_prefix >> agenda_arabic] | (x3::raw[agenda_roman] >> &x3::lit('.'));

const auto punctuation_then_space = punctuation >> (+blank | &line_end);

const x3::rule<agenda_separator_class> agenda_separator = "separator after the item number";
const auto agenda_separator_def =
    (punctuation_then_space | &line_end | (+blank >> -punctuation_then_space)) >> !unit_word;

const x3::rule<agenda_keyed_separator_class> agenda_keyed_separator =
    "separator after the item number";
const auto agenda_keyed_separator_def = (')' >> (+blank | &line_end)) | agenda_separator;

// ---- Grammar ----------------------------------------------------------------------------
const agenda_number_type agenda_number = "agenda number";
const auto agenda_number_def =
    (agenda_keyword >> x3::raw[agenda_arabic | agenda_roman] >> agenda_keyed_separator) |
    (x3::attr(ast::text_range()) >> agenda_bare_number >> agenda_separator);

BOOST_SPIRIT_DEFINE(agenda_keyword, agenda_arabic, agenda_roman, agenda_bare_number,
                    agenda_separator, agenda_keyed_separator, agenda_number)

}  // namespace minutes::grammar::rules
