// Rules of the clause_label grammar. Only clause_label.cpp includes this file.
#pragma once

#include "parser/grammar/clause_label.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
struct label_body_class;

// ---- Rules ------------------------------------------------------------------------------
// Roman numerals are limited to four characters: clause lists never run past (xxx).
const auto roman_lower = x3::repeat(1, 4)[x3::char_("ivxl")];
const auto roman_upper = x3::repeat(1, 4)[x3::char_("IVXL")];
const auto letter = x3::char_("a-zA-Z");
// Up to three digits: "1." and "12)" are clause labels, "2022." is a year.
const auto number =
    x3::repeat(1, 3)[x3::char_("0-9")];  // not x3::digit: it asserts on bytes >= 0x80

const x3::rule<label_body_class, ast::text_range> label_body = "clause label";
const auto label_body_def = x3::raw[roman_lower | roman_upper | letter | number];

// ---- Grammar ----------------------------------------------------------------------------
const auto after_label = &(x3::char_(" \t") | x3::eoi);
const clause_label_type clause_label = "clause label";
const auto clause_label_def =
    (('(' >> label_body >> ')') | (label_body >> (x3::lit(')') | '.'))) >> after_label;

BOOST_SPIRIT_DEFINE(label_body, clause_label)

}  // namespace minutes::grammar::rules
