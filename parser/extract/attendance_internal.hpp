// Attendance, internal (extract stage): what the parts of the attendance family share — the
// recording of one entry, the blocks where attendance is stated, and the entry point of each
// part. attendance.cpp runs the parts in order; no other file includes this one.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "model/attendance.hpp"
#include "parser/extract/context.hpp"
#include "parser/extract/names.hpp"
#include "parser/extract/sentences.hpp"

namespace minutes::parser {

// ---- Recording (attendance.cpp) -----------------------------------------------------------

struct entry_place {
  const layout_block* block;
  std::size_t begin, end;  // bytes of the block text
};

// Records `n` as one attendance entry with `status`, spanning `at`; a note after the name
// ("(Chair)", "(remote)") gives the entry its role or marks it remote.
people_registry::handle record_attendance(extract_context& cx, const found_name& n,
                                          model::attendance_status status, const entry_place& at,
                                          std::string_view group = {},
                                          std::string_view affiliation = {});

// ---- Rosters (attendance_rosters.cpp) -----------------------------------------------------

// Blocks where attendance is stated: the preamble and items about attendance.
struct attendance_scope {
  std::size_t begin, end;
  std::optional<model::attendance_status> status;  // of names listed without a label
};

// The preamble, then every item whose title is about attendance, in document order.
std::vector<attendance_scope> attendance_scopes(const extract_context& cx);
// Reads the lists and tables of a scope: under a label ("Present:", "Apologies:") or under
// the title of an attendance item.
void read_rosters(extract_context& cx, const attendance_scope& scope);

// ---- Attendance sentences (attendance_sentences.cpp) --------------------------------------

// Reads the sentences of blocks [begin, end) that state attendance; labelled blocks are
// rosters and are skipped.
void attendance_sentences(extract_context& cx, std::size_t begin, std::size_t end);
// A member who came late ("Sheen arrived at 7:32 p.m.") is present: reads sentence `s` of
// block `b`, in any item.
void arrivals_in(extract_context& cx, const layout_block& b, const sentence& s);

// ---- Substitutions (attendance_substitutions.cpp) -----------------------------------------

// "X was attending on behalf of Y", "In the absence of Y, X …", anywhere in block `b`.
void read_substitutions(extract_context& cx, const layout_block& b);

// ---- References (attendance_references.cpp) -----------------------------------------------

// Records as references the full names in block `k` that lend their form to shorter
// mentions: names with an honorific, a sentence's subject, a name after a closing dash.
void record_name_references(extract_context& cx, std::size_t k);

}  // namespace minutes::parser
