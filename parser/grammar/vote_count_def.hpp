// Rules of the vote_count grammar. Only vote_count.cpp includes this file.
#pragma once

#include <boost/fusion/include/at_c.hpp>

#include "parser/grammar/vote_count.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
struct vote_tally_class;
struct vote_list_class;
struct slash_tally_class;

// ---- Rules ------------------------------------------------------------------------------
// Counts of one meeting's vote have at most three digits; "2022-23" is a year range.
const x3::uint_parser<unsigned, 10, 1, 3> count;
const auto word_char = x3::char_("0-9a-zA-Z");
const auto blank = x3::lit(' ') | '\t';
const auto dash = x3::lit('-') | "\xE2\x80\x93" | "\xE2\x80\x94";  // hyphen, en dash, em dash

const auto set_for = [](auto& ctx) { x3::_val(ctx).for_ = static_cast<int>(x3::_attr(ctx)); };
const auto set_against = [](auto& ctx) {
  x3::_val(ctx).against = static_cast<int>(x3::_attr(ctx));
};
const auto set_abstain = [](auto& ctx) {
  x3::_val(ctx).abstain = static_cast<int>(x3::_attr(ctx));
};
// "5 for": the number comes first, so its side is known only after the word; the word's
// alternative carries the side (0 for, 1 against, 2 abstain).
const auto set_counted = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  int n = static_cast<int>(boost::fusion::at_c<0>(x3::_attr(ctx)));
  // The three alternatives all give an int, held in a variant: visit it for the value.
  int side = boost::apply_visitor([](int s) { return s; }, boost::fusion::at_c<1>(x3::_attr(ctx)));
  (side == 0 ? v.for_ : side == 1 ? v.against : v.abstain) = n;
};

// Words of each side, longest first (PEG takes the first alternative that matches). Standards
// bodies and open-source projects vote "+1: 5, -1: 0, 0: 1": those labels need their colon.
const auto for_word =
    (x3::no_case[x3::lit("in favour") | "in favor" | "ayes" | "aye" | "yeas" | "yes" | "for"] >>
     !word_char) |
    (x3::lit("+1") >> &x3::lit(':'));
const auto against_word =
    (x3::no_case[x3::lit("against") | "opposed" | "nays" | "nay" | "noes" | "no"] >> !word_char) |
    (x3::lit("-1") >> &x3::lit(':'));
const auto abstain_word = (x3::no_case[x3::lit("abstentions") | "abstention" | "abstained" |
                                       "abstaining" | "abstains" | "abstain"] >>
                           !word_char) |
                          (x3::lit('0') >> &x3::lit(':'));
// "For: 5", "For 5", "For (7):" — a count in brackets may stand before the names.
const auto after_label = -x3::lit(':') >> *blank >> -x3::lit('(');
const auto count_end = -x3::lit(')');

// "5-2", "7-0-1": for, against, abstain.
const x3::rule<vote_tally_class, ast::vote_tally> tally = "vote tally";
const auto tally_def =
    x3::omit[(count[set_for] >> dash >> count[set_against] >> -(dash >> count[set_abstain]) >>
              !word_char) |
             (count[set_for] >> +blank >> "to" >> +blank >> count[set_against] >> !word_char)];

// "For: 5", "5 for", "12 in favour", "Abstentions 1". Not a rule of its own: its actions set
// the counts of the list it stands in.
const auto entry = (for_word >> after_label >> count[set_for] >> count_end) |
                   (against_word >> after_label >> count[set_against] >> count_end) |
                   (abstain_word >> after_label >> count[set_abstain] >> count_end) |
                   (count >> +blank >> -((x3::lit("votes") | "vote") >> +blank) >>
                    ((for_word >> x3::attr(0)) | (against_word >> x3::attr(1)) |
                     (abstain_word >> x3::attr(2))))[set_counted];

// Between counts: ",", ";", "/", "and", or only spaces ("For 4 / Against 1 / Abstain 1").
const auto separator = *blank >> -(x3::lit(',') | ';' | '/' | "and") >> *blank;

// Entries in any order; later ones fill what earlier ones left.
const x3::rule<vote_list_class, ast::vote_tally> vote_list = "vote counts";
const auto vote_list_def = x3::omit[entry >> *(separator >> entry)];

// "7/0", "6/1/1": for, against, abstain with slashes, as Australian minutes print them after
// the outcome ("CARRIED 7/0"). Alone it could be a date or a fraction: its callers read it
// only after an outcome word.
const x3::rule<slash_tally_class, ast::vote_tally> slash_tally = "slash tally";
const auto slash_tally_def = x3::omit[count[set_for] >> '/' >> count[set_against] >>
                                      -('/' >> count[set_abstain]) >> !(word_char | '/')];

// ---- Grammar ----------------------------------------------------------------------------
const vote_count_type vote_count = "vote count";
const auto vote_count_def = -x3::lit('(') >> (vote_list | tally);

BOOST_SPIRIT_DEFINE(tally, vote_list, slash_tally, vote_count)

}  // namespace minutes::grammar::rules
