// Fusion adaptation of the agenda_number result, so that the grammar fills it by position.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "parser/grammar/agenda_number_ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(minutes::grammar::ast::agenda_number, keyword, number)
