// Names in running text (extract stage): the grammars recognise the shape of a name; these
// helpers decide whether a shape is a person ("Lancashire County Council" is not), find the
// name that ends where a phrase begins, and read the lists real minutes write, with their
// role words and affiliations ("supervisors Janet Kilroy, Dick Dorsey, and treasurer Ray
// Brandt"; "Jane Smith, Treasurer").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace minutes::parser {

struct found_name {
  std::string_view honorific;      // own or shared from a plural honorific
  std::string_view name;           // without honorific
  std::string_view note;           // parenthesis after the name: "Chair", "PB"
  std::string_view affiliation;    // text after the name in a list entry: "Permanence Service, LCC"
  std::string_view alias;          // a handle or initials the entry also gives: "@mvoss", "GA"
  std::size_t begin = 0, end = 0;  // offsets of the whole entry in the text given
};

// True when `name` (without honorific) can be a person: not an organisation, not a
// sentence-opening word, not a role alone.
bool plausible_person(std::string_view name);

// The person name that ends exactly at `end` (a phrase such as "was attending" follows).
std::optional<found_name> name_ending_at(std::string_view text, std::size_t end);

// The person name that starts at `begin`, honorific included.
std::optional<found_name> name_starting_at(std::string_view text, std::size_t begin);

// Reads a list of names from `begin`: separators, role words and honorifics between them
// are skipped; the list ends at the first entry that is not a name. Returns the offset where
// reading stopped; `out` is cleared first.
std::size_t read_name_list(std::string_view text, std::size_t begin, std::vector<found_name>& out);

}  // namespace minutes::parser
