// Rules of the reference_key grammar. Only reference_key.cpp includes this file.
#pragma once

#include "parser/grammar/reference_key.hpp"

namespace minutes::grammar::rules {

// ---- Rules ------------------------------------------------------------------------------
// ASCII classes only: x3's classifiers assert on bytes >= 0x80.
const auto upper = x3::char_("A-Z");
const auto digit = x3::char_("0-9");
const auto letter_or_digit = x3::char_("0-9A-Za-z");

// "ODPI-95", "CVE-2024-1234", "JIRA123": capitals, then numbers joined by dashes.
const auto project_key = +upper >> -x3::lit('-') >> +digit >> *('-' >> +digit);
// "#212", "PR 1434", "PR #1434", "Issue #7", "RFC 9110".
const auto numbered_change =
    -((x3::lit("PR") | "Issue" | "issue" | "RFC" | "Bug" | "bug") >> -x3::lit(' ')) >> '#' >>
    +digit;
const auto named_change = (x3::lit("PR") | "Issue" | "RFC" | "Bug") >> ' ' >> +digit;

const reference_key_type reference_key = "reference key";
const auto reference_key_def = (numbered_change | named_change | project_key) >> !letter_or_digit;

// Between the key and the sentence: an en or em dash, a hyphen or a colon, with spaces.
const auto dash = x3::lit("\xE2\x80\x93") | "\xE2\x80\x94" | '-';
const reference_prefix_type reference_prefix = "reference key and separator";
const auto reference_prefix_def = reference_key >> ((+x3::lit(' ') >> dash) | ':') >> +x3::lit(' ');

BOOST_SPIRIT_DEFINE(reference_key, reference_prefix)

}  // namespace minutes::grammar::rules
