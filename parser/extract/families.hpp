// Rule families (extract stage): each family reads the layout and adds its records to the
// context. They run in the order of the registry in families.cpp; adding a family is one
// line there and one file here.
#pragma once

#include "parser/extract/context.hpp"
#include "parser/limits.hpp"

namespace minutes::parser {

void extract_meeting(extract_context& cx);      // meeting facts, next meeting
void extract_items(extract_context& cx);        // items and their text, preamble
void extract_attendance(extract_context& cx);   // present, apologies, absent
void extract_resolutions(extract_context& cx);  // decision clauses
void extract_motions(extract_context& cx);      // motions, votes, outcomes
void number_resolutions(extract_context& cx);   // ids in reading order, once all are found
void extract_actions(extract_context& cx);      // commitments with owners and due dates

// Runs every family in order, then resolves people and numbers the records; false when the
// time budget ran out first.
bool run_families(extract_context& cx, const parse_limits& limits);

}  // namespace minutes::parser
