// Unit tests of the people registry: which mentions are unified into one person, which are
// kept apart, the names, aliases and ids the finished people carry, and lookup by role.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parser/extract/people.hpp"

using minutes::model::attendance_status;
using minutes::model::person;
using minutes::parser::mention_kind;
using minutes::parser::people_registry;

namespace {

bool has_alias(const person& p, std::string_view alias) {
  for (const auto& a : p.aliases)
    if (a == alias) return true;
  return false;
}

}  // namespace

TEST_CASE("a surname with an office honorific joins the full name with one", "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("County Councillor", "Andrea Kay", mention_kind::listed);
  auto surname = reg.mention("CC", "Kay", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].id == "P1");
  CHECK(people[0].name == "Andrea Kay");
  CHECK(people[0].honorific == "County Councillor");
  CHECK(people[0].given == "Andrea");
  CHECK(people[0].family == "Kay");
  CHECK(has_alias(people[0], "CC Kay"));
  CHECK(reg.id_of(full) == "P1");
  CHECK(reg.id_of(surname) == "P1");
  CHECK(reg.name_of(surname) == "Andrea Kay");
}

TEST_CASE("a surname does not join a full name whose status conflicts", "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("", "Andrea Kay", mention_kind::owner);
  reg.note_status(full, attendance_status::present);
  auto surname = reg.mention("Cllr", "Kay", mention_kind::sentence);
  reg.note_status(surname, attendance_status::apologies);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 2);
  CHECK(reg.id_of(full) == "P1");
  CHECK(reg.id_of(surname) == "P2");
  CHECK(people[1].name == "Kay");
  CHECK(people[1].family == "Kay");
  CHECK_FALSE(people[1].given);
  CHECK(people[1].honorific == "Cllr");
}

TEST_CASE("an office surname does not join a listed name printed without honorific",
          "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("", "Andrea Kay", mention_kind::listed);
  auto surname = reg.mention("Cllr", "Kay", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 2);
  CHECK(reg.id_of(full) != reg.id_of(surname));
}

TEST_CASE("a surname joins an unlisted full name when nothing conflicts", "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("", "Andrea Kay", mention_kind::owner);
  auto surname = reg.mention("Cllr", "Kay", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(reg.id_of(full) == "P1");
  CHECK(reg.id_of(surname) == "P1");
  CHECK(people[0].honorific == "Cllr");
}

TEST_CASE("a surname shared by two full names stays apart", "[unit][people]") {
  people_registry reg;
  reg.mention("", "John Smith", mention_kind::listed);
  reg.mention("", "Jane Smith", mention_kind::listed);
  auto surname = reg.mention("Mr", "Smith", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 3);
  CHECK(reg.id_of(surname) == "P3");
  CHECK(people[2].name == "Smith");
}

TEST_CASE("a nickname with the same family name merges", "[unit][people]") {
  people_registry reg;
  auto a = reg.mention("", "Jenny Donnelly", mention_kind::listed);
  auto b = reg.mention("", "Jennifer Donnelly", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "Jenny Donnelly");
  CHECK(has_alias(people[0], "Jennifer Donnelly"));
  CHECK(reg.id_of(a) == "P1");
  CHECK(reg.id_of(b) == "P1");
}

TEST_CASE("different given names with the same family stay apart", "[unit][people]") {
  people_registry reg;
  auto a = reg.mention("", "John Smith", mention_kind::listed);
  auto b = reg.mention("", "Jane Smith", mention_kind::listed);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 2);
  CHECK(people[0].name == "John Smith");
  CHECK(people[1].name == "Jane Smith");
  CHECK(reg.id_of(a) == "P1");
  CHECK(reg.id_of(b) == "P2");
}

TEST_CASE("an initial joins the full name with that given initial", "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("", "Olwen Prothero", mention_kind::listed);
  auto initial = reg.mention("", "O. Prothero", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(reg.id_of(initial) == reg.id_of(full));
  CHECK(has_alias(people[0], "O. Prothero"));
}

TEST_CASE("initials resolve to the unique person with them", "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("", "Jane Smith", mention_kind::listed);
  reg.mention("", "Bob Jones", mention_kind::listed);
  auto initials = reg.mention("", "JS", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 2);
  CHECK(reg.id_of(initials) == "P1");
  CHECK(reg.id_of(full) == "P1");
  CHECK(reg.name_of(initials) == "Jane Smith");
  CHECK(has_alias(people[0], "JS"));
}

TEST_CASE("initials shared by two people stay unresolved", "[unit][people]") {
  people_registry reg;
  reg.mention("", "Jane Smith", mention_kind::listed);
  reg.mention("", "John Spencer", mention_kind::listed);
  auto initials = reg.mention("", "JS", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 3);
  CHECK(reg.id_of(initials) == "P3");
  CHECK(people[2].name == "JS");
  CHECK_FALSE(people[2].family);
  CHECK_FALSE(people[2].given);
}

TEST_CASE("initials count people, not mentions", "[unit][people]") {
  // One person named many times is one candidate for "JS"; a second person makes two.
  for (bool second_person : {false, true}) {
    people_registry reg;
    for (int n = 0; n < 50; ++n) reg.mention("", "Jane Smith", mention_kind::listed);
    if (second_person) reg.mention("", "John Spencer", mention_kind::listed);
    for (int n = 0; n < 50; ++n) reg.mention("", "Jane Smith", mention_kind::reference);
    auto initials = reg.mention("", "JS", mention_kind::owner);
    std::vector<person> people;
    reg.finish(people);
    REQUIRE(people.size() == (second_person ? 3u : 1u));
    CHECK(reg.name_of(initials) == (second_person ? "JS" : "Jane Smith"));
  }
}

TEST_CASE("a given name alone joins the unique full name", "[unit][people]") {
  people_registry reg;
  auto full = reg.mention("", "Barbara Bath", mention_kind::listed);
  auto given = reg.mention("", "Barbara", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(reg.id_of(given) == reg.id_of(full));
  CHECK(reg.name_of(given) == "Barbara Bath");
}

TEST_CASE("a given name shared by two full names stays apart", "[unit][people]") {
  people_registry reg;
  reg.mention("", "Barbara Bath", mention_kind::listed);
  reg.mention("", "Barbara Wells", mention_kind::listed);
  auto given = reg.mention("", "Barbara", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 3);
  CHECK(reg.id_of(given) == "P3");
  CHECK(reg.name_of(given) == "Barbara");
}

TEST_CASE("single words find their full names among many people", "[unit][people]") {
  // Each word is looked up among its own candidates: the family name ignoring case, a
  // nickname or the start of a given name, the same word; others named around them do not
  // stop it, and a word two people share stays apart.
  people_registry reg;
  for (int n = 0; n < 200; ++n)
    reg.mention("", "Given" + std::to_string(n) + " Family" + std::to_string(n),
                mention_kind::listed);
  auto robert = reg.mention("", "Robert Quayle", mention_kind::listed);
  auto christine = reg.mention("", "Christine Ober", mention_kind::listed);
  reg.mention("", "Anna Marsh", mention_kind::listed);
  reg.mention("", "Peter Marsh", mention_kind::listed);
  auto family = reg.mention("Mr", "QUAYLE", mention_kind::owner);
  auto nickname = reg.mention("", "Bob", mention_kind::owner);
  auto prefix = reg.mention("", "Chris", mention_kind::owner);
  auto shared = reg.mention("Cllr", "Marsh", mention_kind::owner);
  auto word = reg.mention("", "Zed", mention_kind::owner);
  auto again = reg.mention("", "zed", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  CHECK(reg.id_of(family) == reg.id_of(robert));
  CHECK(reg.id_of(nickname) == reg.id_of(robert));
  CHECK(reg.id_of(prefix) == reg.id_of(christine));
  CHECK(reg.name_of(shared) == "Marsh");
  CHECK(reg.id_of(word) == reg.id_of(again));
  CHECK(people.size() == 200 + 4 + 2);  // the full names, "Marsh" and "Zed"
}

TEST_CASE("the same single word twice is one person", "[unit][people]") {
  people_registry reg;
  auto a = reg.mention("", "Greta", mention_kind::owner);
  auto b = reg.mention("", "Greta", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].family == "Greta");
  CHECK(reg.id_of(a) == "P1");
  CHECK(reg.id_of(b) == "P1");
}

TEST_CASE("reference-only mentions are not people", "[unit][people]") {
  people_registry reg;
  auto ref = reg.mention("", "Paul Jones", mention_kind::reference);
  auto real = reg.mention("", "Bob Brown", mention_kind::listed);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].id == "P1");
  CHECK(people[0].name == "Bob Brown");
  CHECK(reg.id_of(ref).empty());
  CHECK(reg.name_of(ref) == "Paul Jones");
  CHECK(reg.id_of(real) == "P1");
}

TEST_CASE("a reference lends its full name to a real mention", "[unit][people]") {
  people_registry reg;
  auto ref = reg.mention("", "Adam Smith", mention_kind::reference);
  auto owner = reg.mention("", "Smith", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "Adam Smith");
  CHECK(people[0].given == "Adam");
  CHECK(people[0].family == "Smith");
  CHECK(reg.id_of(owner) == "P1");
  CHECK(reg.id_of(ref) == "P1");
  CHECK(reg.name_of(owner) == "Adam Smith");
}

TEST_CASE("ids follow the order of first mention", "[unit][people]") {
  people_registry reg;
  auto c = reg.mention("", "Cat Crow", mention_kind::listed);
  auto a = reg.mention("", "Ann Ash", mention_kind::listed);
  auto b = reg.mention("", "Ben Birch", mention_kind::owner);
  auto c2 = reg.mention("Dr", "Crow", mention_kind::owner);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 3);
  CHECK(people[0].id == "P1");
  CHECK(people[0].name == "Cat Crow");
  CHECK(people[1].id == "P2");
  CHECK(people[1].name == "Ann Ash");
  CHECK(people[2].id == "P3");
  CHECK(people[2].name == "Ben Birch");
  CHECK(reg.id_of(c) == "P1");
  CHECK(reg.id_of(a) == "P2");
  CHECK(reg.id_of(b) == "P3");
  CHECK(reg.id_of(c2) == "P1");
}

TEST_CASE("the listed form names the person", "[unit][people]") {
  people_registry reg;
  reg.mention("", "Kay", mention_kind::owner);
  reg.mention("", "Andrea Kay", mention_kind::listed);
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].name == "Andrea Kay");
  CHECK(people[0].aliases == std::vector<std::string>{"Kay"});
}

TEST_CASE("affiliation and roles are gathered on the person", "[unit][people]") {
  people_registry reg;
  auto a = reg.mention("", "Jane Smith", mention_kind::listed);
  reg.set_affiliation(a, "Permanence Service, LCC");
  reg.set_affiliation(a, "Ignored");
  reg.add_role(a, "Chair");
  auto b = reg.mention("", "JS", mention_kind::owner);
  reg.add_role(b, "Chair");
  reg.add_role(b, "Lead Officer");
  std::vector<person> people;
  reg.finish(people);
  REQUIRE(people.size() == 1);
  CHECK(people[0].affiliation == "Permanence Service, LCC");
  CHECK(people[0].roles == std::vector<std::string>{"Chair", "Lead Officer"});
}

TEST_CASE("by_role finds the one person with a role", "[unit][people]") {
  people_registry reg;
  auto clerk = reg.mention("", "Sam Gorton", mention_kind::listed);
  reg.add_role(clerk, "Clerk");
  auto chair = reg.mention("", "Ann Ash", mention_kind::listed);
  reg.add_role(chair, "Chair");
  std::vector<person> people;
  reg.finish(people);
  auto found = reg.by_role("clerk");
  REQUIRE(found);
  CHECK(*found == clerk);
  CHECK(reg.id_of(*found) == "P1");
  CHECK_FALSE(reg.by_role("Treasurer"));
}

TEST_CASE("by_role is empty when two people share the role", "[unit][people]") {
  people_registry reg;
  auto a = reg.mention("", "Sam Gorton", mention_kind::listed);
  reg.add_role(a, "Chair");
  auto b = reg.mention("", "Ann Ash", mention_kind::listed);
  reg.add_role(b, "Chair");
  std::vector<person> people;
  reg.finish(people);
  CHECK_FALSE(reg.by_role("Chair"));
}

TEST_CASE("by_role accepts two mentions of one person", "[unit][people]") {
  people_registry reg;
  auto a = reg.mention("", "Jane Smith", mention_kind::listed);
  reg.add_role(a, "Chair");
  auto b = reg.mention("", "JS", mention_kind::owner);
  reg.add_role(b, "Chair");
  std::vector<person> people;
  reg.finish(people);
  auto found = reg.by_role("Chair");
  REQUIRE(found);
  CHECK(reg.id_of(*found) == "P1");
}
