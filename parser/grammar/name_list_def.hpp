// Rules of the name_list grammar. Only name_list.cpp includes this file.
#pragma once

#include "parser/grammar/honorific.hpp"
#include "parser/grammar/name_list.hpp"
#include "parser/grammar/person_name.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
struct name_list_separator_class;
struct name_list_couple_class;

// ---- Rules ------------------------------------------------------------------------------
// The longest separator wins, so ", and " is one separator rather than ", " before "and".
// Minutes typed in capitals write "SMITH AND JONES".
const x3::symbols<ast::list_joiner> list_separators({{", ", ast::list_joiner::comma},
                                                     {"; ", ast::list_joiner::comma},
                                                     {" and ", ast::list_joiner::conjunction},
                                                     {" & ", ast::list_joiner::conjunction},
                                                     {", and ", ast::list_joiner::conjunction},
                                                     {", & ", ast::list_joiner::conjunction},
                                                     {" AND ", ast::list_joiner::conjunction},
                                                     {", AND ", ast::list_joiner::conjunction}},
                                                    "list separator");

const x3::rule<name_list_separator_class, ast::list_joiner> list_separator = "list separator";
const auto list_separator_def = list_separators;

// "Mr & Mrs Brown": the first title of a couple that shares one name.
const x3::rule<name_list_couple_class, ast::couple_title> couple_title = "couple";
const auto couple_title_def = x3::raw[honorific()] >> +x3::lit(' ') >> (x3::lit('&') | "and") >>
                              ' ';

// ---- Grammar ----------------------------------------------------------------------------
const auto list_element = -couple_title >> person_name();

const name_list_type name_list = "list of names";
const auto name_list_def = list_element >> *(list_separator >> list_element);

BOOST_SPIRIT_DEFINE(list_separator, couple_title, name_list)

}  // namespace minutes::grammar::rules
