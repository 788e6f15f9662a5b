// Rules of the honorific grammar. Only honorific.cpp includes this file.
#pragma once

#include <string>
#include <string_view>

#include "parser/grammar/honorific.hpp"

namespace minutes::grammar::rules {

// ---- Rule IDs ---------------------------------------------------------------------------
// honorific_word_class and honorific_class are declared in honorific.hpp.

// ---- Rules ------------------------------------------------------------------------------
// Every title the grammar knows, in one place. Each entry is also accepted in ALL CAPS
// ("CLLR", "COUNTY COUNCILLOR"), and abbreviations also with a dot ("Cllr.", "Revd.").
// Lower case is not accepted: "the councillor said" is not a title before a name.
// Roles such as "Chair", "Chairman" or "Clerk" are not titles: minutes print them in a
// note ("Cllr A Smith (Chair)") or on their own, never before a name.
struct honorific_entry {
  std::string_view word;
  ast::honorific_number number;
  bool abbreviation;  // also accepted with a trailing dot
};

constexpr auto one = ast::honorific_number::singular;
constexpr auto many = ast::honorific_number::plural;

constexpr honorific_entry honorific_table[] = {
    // Elected members, UK style: "County Councillor Andrea Kay", "Cllrs Howell and Jones".
    {"County Councillor", one, false},
    {"County Councillors", many, false},
    {"County Cllr", one, true},
    {"County Cllrs", many, true},
    {"Borough Councillor", one, false},
    {"Borough Councillors", many, false},
    {"District Councillor", one, false},
    {"District Councillors", many, false},
    {"Parish Councillor", one, false},
    {"Parish Councillors", many, false},
    {"Town Councillor", one, false},
    {"Town Councillors", many, false},
    {"City Councillor", one, false},
    {"City Councillors", many, false},
    {"Councillor", one, false},
    {"Councillors", many, false},
    {"Cllr", one, true},
    {"Cllrs", many, true},
    // Australia and New Zealand: "Cr Jane Mills", "Crs Mills and Otto".
    {"Cr", one, true},
    {"Crs", many, true},
    {"CC", one, false},
    {"C.C.", one, false},
    // Elected members, US and elsewhere.
    {"Councilor", one, false},
    {"Councilors", many, false},
    {"Council Member", one, false},
    {"Council Members", many, false},
    {"Councilmember", one, false},
    {"Councilmembers", many, false},
    {"Councilman", one, false},
    {"Councilwoman", one, false},
    {"Alderman", one, false},
    {"Alderwoman", one, false},
    {"Aldermen", many, false},
    {"Selectman", one, false},
    {"Selectwoman", one, false},
    {"Mayor", one, false},
    {"Deputy Mayor", one, false},
    {"Vice Mayor", one, false},
    {"Lord Mayor", one, false},
    {"Supervisor", one, false},
    {"Supervisors", many, false},
    {"Trustee", one, false},
    {"Trustees", many, false},
    {"Commissioner", one, false},
    {"Commissioners", many, false},
    {"Director", one, false},
    // Officers of a US board: "President Rudd", "Vice President Pruitt".
    {"President", one, false},
    {"Vice President", one, false},
    {"Vice-President", one, false},
    // Police ranks: "PCSO Kelly Marsh", "Sgt. Dawes", "Inspector Hale".
    {"PCSO", one, false},
    {"PCSOs", many, false},
    {"PC", one, false},
    {"Police Constable", one, false},
    {"Sgt", one, true},
    {"Sergeant", one, false},
    {"Insp", one, true},
    {"Inspector", one, false},
    {"Chief Inspector", one, false},
    {"Superintendent", one, false},
    // Courtesy, academic and religious titles.
    {"Mr", one, true},
    {"Mrs", one, true},
    {"Ms", one, true},
    {"Miss", one, false},
    {"Mx", one, true},
    {"Messrs", many, true},
    {"Dr", one, true},
    {"Prof", one, true},
    {"Professor", one, false},
    {"Sir", one, false},
    {"Dame", one, false},
    {"Lord", one, false},
    {"Lady", one, false},
    {"Rev", one, true},
    {"Revd", one, true},
    {"Reverend", one, false},
    {"Canon", one, false},
    // Parish minutes write "Father John Smith" and "Fr. Smith"; "Father's" is not a match.
    {"Father", one, false},
    {"Fr", one, true},
};

// The table as an X3 symbol set. The ternary search tree always takes the longest entry
// that matches, so "County Councillors" wins over "County Councillor" and "Mrs" over "Mr".
inline x3::symbols<ast::honorific_number> make_honorific_words() {
  x3::symbols<ast::honorific_number> words(std::string("honorific"));
  for (auto const& entry : honorific_table) {
    std::string printed(entry.word);
    std::string caps(printed);
    for (char& c : caps)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    words.add(printed, entry.number)(caps, entry.number);
    if (entry.abbreviation) words.add(printed + '.', entry.number)(caps + '.', entry.number);
  }
  return words;
}

const auto honorific_words = make_honorific_words();
// A title glued to more letters is another word: "Drive", "Councillorship", "Mrs.Smith".
const auto word_continues = x3::char_("a-zA-Z0-9");

// ---- Grammar ----------------------------------------------------------------------------
const honorific_word_type honorific_word = "honorific";
const auto honorific_word_def = honorific_words >> !word_continues;

const honorific_type honorific = "honorific before a name";
const auto honorific_def = honorific_word >> &x3::lit(' ');

BOOST_SPIRIT_DEFINE(honorific_word, honorific)

}  // namespace minutes::grammar::rules
