// Unit tests of the commitment grammar: owners found forwards and backwards (people,
// initials, roles, groups), each phrase of commitment in each mode, several owners, and
// the sentences that only look like commitments.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parser/extract/commitments.hpp"

using minutes::parser::commitment;
using minutes::parser::commitment_mode;
using minutes::parser::find_commitments;
using minutes::parser::owner_ending_at;
using minutes::parser::owner_kind;
using minutes::parser::owner_starting_at;

namespace {

std::vector<commitment> commitments_in(std::string_view s, commitment_mode mode) {
  std::vector<commitment> out;
  find_commitments(s, mode, out);
  return out;
}

std::string_view verb_of(std::string_view s, const commitment& c) {
  return s.substr(c.verb_begin, c.verb_end - c.verb_begin);
}

// Exactly one commitment with one person owner `name` and the verb phrase `verb`.
void one_person(std::string_view s, commitment_mode mode, std::string_view name,
                std::string_view verb) {
  INFO("sentence: " << s);
  auto found = commitments_in(s, mode);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].kind == owner_kind::person);
  CHECK(found[0].owners[0].name == name);
  CHECK(verb_of(s, found[0]) == verb);
}

void none(std::string_view s, commitment_mode mode) {
  INFO("sentence: " << s);
  CHECK(commitments_in(s, mode).empty());
}

}  // namespace

// ---- Owners ---------------------------------------------------------------------------------

TEST_CASE("owner_starting_at finds people, initials and handles", "[unit][commitments]") {
  auto o = owner_starting_at("Jane Smith will", 0);
  REQUIRE(o);
  CHECK(o->kind == owner_kind::person);
  CHECK(o->name == "Jane Smith");
  CHECK(o->begin == 0);
  CHECK(o->end == 10);
  auto h = owner_starting_at("ACTION: Cllr Smith to", 8);
  REQUIRE(h);
  CHECK(h->honorific == "Cllr");
  CHECK(h->name == "Smith");
  CHECK(h->begin == 8);
  CHECK(h->end == 18);
  auto js = owner_starting_at("JS to circulate", 0);
  REQUIRE(js);
  CHECK(js->kind == owner_kind::person);
  CHECK(js->name == "JS");
  CHECK(js->end == 2);
  auto handle = owner_starting_at("@jane to", 0);
  REQUIRE(handle);
  CHECK(handle->name == "@jane");
}

TEST_CASE("owner_starting_at finds roles and groups", "[unit][commitments]") {
  auto clerk = owner_starting_at("the Clerk will write", 0);
  REQUIRE(clerk);
  CHECK(clerk->kind == owner_kind::role);
  CHECK(clerk->name == "Clerk");
  CHECK(clerk->begin == 0);
  CHECK(clerk->end == 9);
  auto group = owner_starting_at("all members of the Board find", 0);
  REQUIRE(group);
  CHECK(group->kind == owner_kind::group);
  CHECK(group->name == "all members of the Board");
  CHECK(group->end == 24);
  auto trustees = owner_starting_at("all trustees to", 0);
  REQUIRE(trustees);
  CHECK(trustees->kind == owner_kind::group);
  CHECK(trustees->name == "all trustees");
}

TEST_CASE("owner_starting_at rejects words that are no owner", "[unit][commitments]") {
  CHECK_FALSE(owner_starting_at("the report will", 0));
  CHECK_FALSE(owner_starting_at("all the things", 0));
  CHECK_FALSE(owner_starting_at("clerk", 0));
  CHECK_FALSE(owner_starting_at("   ", 0));
}

TEST_CASE("owner_ending_at finds people and roles backwards", "[unit][commitments]") {
  std::string_view s = "It was agreed that the Chair";
  auto chair = owner_ending_at(s, s.size());
  REQUIRE(chair);
  CHECK(chair->kind == owner_kind::role);
  CHECK(chair->name == "Chair");
  CHECK(chair->begin == 19);
  CHECK(chair->end == 28);
  std::string_view p = "Brendan Lee (Lead Officer)";
  auto lee = owner_ending_at(p, p.size());
  REQUIRE(lee);
  CHECK(lee->kind == owner_kind::person);
  CHECK(lee->name == "Brendan Lee");
  CHECK(lee->begin == 0);
  std::string_view q = "ACTION: HP ";
  auto hp = owner_ending_at(q, q.size());
  REQUIRE(hp);
  CHECK(hp->name == "HP");
  CHECK(hp->begin == 8);
  CHECK(hp->end == 10);
  CHECK_FALSE(owner_ending_at("the report", 10));
  CHECK_FALSE(owner_ending_at("", 0));
}

// ---- Phrases of commitment ------------------------------------------------------------------

TEST_CASE("X said he would …", "[unit][commitments]") {
  std::string_view s = "Cllr Smith said he would circulate the report.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].honorific == "Cllr");
  CHECK(found[0].owners[0].name == "Smith");
  CHECK(found[0].verb_begin == 25);
  CHECK(found[0].verb_end == 45);
  CHECK(verb_of(s, found[0]) == "circulate the report");
}

TEST_CASE("X offered to …", "[unit][commitments]") {
  one_person("Jane Smith offered to arrange a visit.", commitment_mode::narrative, "Jane Smith",
             "arrange a visit");
  one_person("Jane Smith has offered to arrange a visit.", commitment_mode::narrative, "Jane Smith",
             "arrange a visit");
}

TEST_CASE("X will …", "[unit][commitments]") {
  one_person("Jane Smith will circulate the minutes.", commitment_mode::narrative, "Jane Smith",
             "circulate the minutes");
  one_person("Jane Smith will also circulate the minutes.", commitment_mode::narrative,
             "Jane Smith", "circulate the minutes");
}

TEST_CASE("X was asked to …", "[unit][commitments]") {
  one_person("Bob Jones was asked to contact the school.", commitment_mode::narrative, "Bob Jones",
             "contact the school");
}

TEST_CASE("the Chair asked X to …", "[unit][commitments]") {
  std::string_view s = "The Chair asked Jane Smith to write to the council.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].name == "Jane Smith");
  CHECK(found[0].owners[0].begin == 16);
  CHECK(verb_of(s, found[0]) == "write to the council");
}

TEST_CASE("a clause: That X contact …", "[unit][commitments]") {
  one_person("That April Rankin contact the school.", commitment_mode::clause, "April Rankin",
             "contact the school");
}

TEST_CASE("a clause verb without a modal needs clause mode", "[unit][commitments]") {
  none("That April Rankin contact the school.", commitment_mode::narrative);
}

TEST_CASE("a clause: X would …", "[unit][commitments]") {
  one_person("That Jane Smith would review the policy.", commitment_mode::clause, "Jane Smith",
             "review the policy");
}

TEST_CASE("an action line: JS to …", "[unit][commitments]") {
  std::string_view s = "JS to circulate the minutes";
  auto found = commitments_in(s, commitment_mode::line);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].name == "JS");
  CHECK(found[0].verb_begin == 6);
  CHECK(found[0].verb_end == s.size());
}

TEST_CASE("X to … in running text is marked as the owner-to form", "[unit][commitments]") {
  // The action family accepts it only when the owner is a known person.
  auto found = commitments_in("JS to circulate the minutes", commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  CHECK(found[0].form == minutes::parser::commitment_form::owner_to);
  auto line = commitments_in("JS to circulate the minutes", commitment_mode::line);
  REQUIRE(line.size() == 1);
  CHECK(line[0].form == minutes::parser::commitment_form::owner_to);
  auto phrase =
      commitments_in("Jane Smith offered to circulate the minutes.", commitment_mode::narrative);
  REQUIRE(phrase.size() == 1);
  CHECK(phrase[0].form == minutes::parser::commitment_form::phrase);
}

TEST_CASE("a group owner: all members of the Board", "[unit][commitments]") {
  std::string_view s = "That all members of the Board find time to visit a school.";
  auto found = commitments_in(s, commitment_mode::clause);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].kind == owner_kind::group);
  CHECK(found[0].owners[0].name == "all members of the Board");
  CHECK(verb_of(s, found[0]) == "find time to visit a school");
}

TEST_CASE("a role owner: the Clerk will …", "[unit][commitments]") {
  std::string_view s = "It was agreed that the Clerk will write to the school.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].kind == owner_kind::role);
  CHECK(found[0].owners[0].name == "Clerk");
  CHECK(verb_of(s, found[0]) == "write to the school");
}

TEST_CASE("several owners: Greta and Maddie will …", "[unit][commitments]") {
  std::string_view s = "Greta and Maddie will arrange the event.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 2);
  CHECK(found[0].owners[0].name == "Greta");
  CHECK(found[0].owners[0].begin == 0);
  CHECK(found[0].owners[1].name == "Maddie");
  CHECK(found[0].owners[1].begin == 10);
  CHECK(verb_of(s, found[0]) == "arrange the event");
}

TEST_CASE("several owners: a person and an office, either way round", "[unit][commitments]") {
  for (std::string_view s : {"Cllr Tarrant and the Open Spaces Officer to prepare a plan.",
                             "The Open Spaces Officer and Cllr Tarrant to prepare a plan."}) {
    INFO("sentence: " << s);
    auto found = commitments_in(s, commitment_mode::narrative);
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].owners.size() == 2);
    CHECK(verb_of(s, found[0]) == "prepare a plan");
  }
  auto found = commitments_in("Cllr Tarrant and the Open Spaces Officer to prepare a plan.",
                              commitment_mode::narrative);
  CHECK(found[0].owners[0].name == "Tarrant");
  CHECK(found[0].owners[1].kind == owner_kind::role);
  CHECK(found[0].owners[1].name == "Open Spaces Officer");
  // An office joined by "and" to more of itself stays one office; a group ends the owners.
  auto head = owner_starting_at("the Head of Planning and Regulatory Services to", 0);
  REQUIRE(head);
  CHECK(head->name == "Head of Planning and Regulatory Services");
  none("Cllr Tarrant and all residents to attend the fair.", commitment_mode::narrative);
}

TEST_CASE("an honorific that looks like initials: CC Kay", "[unit][commitments]") {
  auto cc = owner_starting_at("CC Kay reported on the contract", 0);
  REQUIRE(cc);
  CHECK(cc->honorific == "CC");
  CHECK(cc->name == "Kay");
  // Initials with no name after them are still someone's initials.
  auto initials = owner_starting_at("CC to circulate the notes", 0);
  REQUIRE(initials);
  CHECK(initials->name == "CC");
}

TEST_CASE("a dash opens a clause whose subject commits", "[unit][commitments]") {
  one_person("Residents reported a pothole by the ford \xE2\x80\x93 Andrea offered to report it.",
             commitment_mode::narrative, "Andrea", "report it");
  one_person("The path is flooded - Andrea offered to report it.", commitment_mode::narrative,
             "Andrea", "report it");
  one_person("The path is flooded; Andrea offered to report it.", commitment_mode::narrative,
             "Andrea", "report it");
  none("The path near the house of Andrea will be resurfaced.", commitment_mode::narrative);
}

TEST_CASE("several owners on an action line: HP/LB to …", "[unit][commitments]") {
  std::string_view s = "HP/LB to draft the letter";
  auto found = commitments_in(s, commitment_mode::line);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 2);
  CHECK(found[0].owners[0].name == "HP");
  CHECK(found[0].owners[1].name == "LB");
  CHECK(verb_of(s, found[0]) == "draft the letter");
}

TEST_CASE("an honorific and a filler before the phrase", "[unit][commitments]") {
  std::string_view s = "CC Swarbrick also offered to chair the group.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].honorific == "CC");
  CHECK(found[0].owners[0].name == "Swarbrick");
  CHECK(found[0].owners[0].end == 12);
  CHECK(verb_of(s, found[0]) == "chair the group");
}

TEST_CASE("an appositive between owner and phrase", "[unit][commitments]") {
  one_person("Brendan Lee, Lead Officer, will review the policy.", commitment_mode::narrative,
             "Brendan Lee", "review the policy");
  one_person("Ralph Rushworth, Permanence Service, LCC would contact the school.",
             commitment_mode::clause, "Ralph Rushworth", "contact the school");
}

TEST_CASE("will be responsible is a commitment", "[unit][commitments]") {
  one_person("Jane Smith will be responsible for the rota.", commitment_mode::narrative,
             "Jane Smith", "be responsible for the rota");
}

TEST_CASE("the subject commits in … and would …", "[unit][commitments]") {
  std::string_view s = "Barbara asked the group for ideas and would contact LINX about this.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].name == "Barbara");
  CHECK(verb_of(s, found[0]) == "contact LINX about this");
  CHECK(found[0].context_begin == 8);
  CHECK(found[0].context_end == 34);
}

TEST_CASE("three owners in a list", "[unit][commitments]") {
  std::string_view s = "Greta, Maddie and Sue will arrange the event.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 3);
  CHECK(found[0].owners[0].name == "Greta");
  CHECK(found[0].owners[1].name == "Maddie");
  CHECK(found[0].owners[2].name == "Sue");
  CHECK(found[0].owners[2].begin == 18);
}

TEST_CASE("a role owner on an action line and in a clause", "[unit][commitments]") {
  std::string_view line = "The Clerk to write to the school";
  auto found = commitments_in(line, commitment_mode::line);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].owners.size() == 1);
  CHECK(found[0].owners[0].kind == owner_kind::role);
  CHECK(found[0].owners[0].name == "Clerk");
  CHECK(verb_of(line, found[0]) == "write to the school");
  std::string_view clause = "That the Chair write to the Minister.";
  auto chair = commitments_in(clause, commitment_mode::clause);
  REQUIRE(chair.size() == 1);
  REQUIRE(chair[0].owners.size() == 1);
  CHECK(chair[0].owners[0].kind == owner_kind::role);
  CHECK(chair[0].owners[0].name == "Chair");
  CHECK(verb_of(clause, chair[0]) == "write to the Minister");
}

TEST_CASE("initials agreed to …", "[unit][commitments]") {
  one_person("JS agreed to circulate the notes.", commitment_mode::narrative, "JS",
             "circulate the notes");
}

// ---- Not commitments ------------------------------------------------------------------------

TEST_CASE("might and hopes to are not commitments", "[unit][commitments]") {
  none("Jane Smith might circulate the report.", commitment_mode::narrative);
  none("Jane Smith hopes to circulate the report.", commitment_mode::narrative);
}

TEST_CASE("a passive without owner is not a commitment", "[unit][commitments]") {
  none("A meeting would be arranged.", commitment_mode::narrative);
  none("A meeting will be arranged.", commitment_mode::narrative);
}

TEST_CASE("organisations and passives are not owners", "[unit][commitments]") {
  none("The Council will consider the report.", commitment_mode::narrative);
  none("Lancashire County Council will fund the post.", commitment_mode::narrative);
  none("Members will be informed.", commitment_mode::narrative);
  none("The report said he would resign.", commitment_mode::narrative);
  none("Jane Smith will not attend.", commitment_mode::narrative);
}

TEST_CASE("an owner inside a prepositional phrase is not an owner", "[unit][commitments]") {
  none("Discussions with Brendan Lee will take place.", commitment_mode::narrative);
}

TEST_CASE("would in narrative text: an undertaking, unless it gives an opinion",
          "[unit][commitments]") {
  none("Jane Smith would like to attend.", commitment_mode::narrative);
  none("Jane Smith would prefer a smaller scheme.", commitment_mode::narrative);
  none("Jane Smith declared an interest and would leave the room.", commitment_mode::narrative);
  std::vector<commitment> out;
  find_commitments("Jane Smith would circulate the report.", commitment_mode::narrative, out);
  CHECK(out.size() == 1);
}

TEST_CASE("the output is cleared first", "[unit][commitments]") {
  std::vector<commitment> out;
  find_commitments("Jane Smith will circulate the minutes.", commitment_mode::narrative, out);
  REQUIRE(out.size() == 1);
  find_commitments("The report was noted.", commitment_mode::narrative, out);
  CHECK(out.empty());
}

TEST_CASE("X to … after a lead-in that a colon, comma, semicolon or dash ends",
          "[unit][commitments]") {
  using minutes::parser::commitment_form;
  for (std::string_view s :
       {"Bench by the pond: Petra Quinn to obtain three quotes.",
        "Agreed, Petra Quinn to obtain three quotes.",
        "Quotes are needed; Petra Quinn to obtain three quotes.",
        "Bench by the pond \xE2\x80\x93 Petra Quinn to obtain three quotes."}) {
    one_person(s, commitment_mode::narrative, "Petra Quinn", "obtain three quotes");
    CHECK(commitments_in(s, commitment_mode::narrative)[0].form == commitment_form::owner_to);
  }
  auto role = commitments_in("Noted, the Clerk to reply.", commitment_mode::narrative);
  REQUIRE(role.size() == 1);
  CHECK(role[0].owners[0].kind == owner_kind::role);
  // No lead-in mark before the owner, or no bare verb after "to": no commitment.
  none("The letters went to Petra Quinn to read.", commitment_mode::narrative);
  none("Bench by the pond: Petra Quinn to the rescue.", commitment_mode::narrative);
  none("Thanks were given, the Clerk to whom the letter was sent.", commitment_mode::narrative);
}

TEST_CASE("a phrase of commitment after a topic and a colon", "[unit][commitments]") {
  // The action family then wants an owner the minutes name, as for "X to …".
  std::string_view s = "Fire risk assessment: Brightline will carry out the assessment.";
  auto found = commitments_in(s, commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  CHECK(found[0].form == minutes::parser::commitment_form::after_topic);
  auto dash = commitments_in("Fire risk assessment - Brightline will carry out the assessment.",
                             commitment_mode::narrative);
  REQUIRE(dash.size() == 1);
  CHECK(dash[0].form == minutes::parser::commitment_form::phrase);
}

TEST_CASE("verbs that end in ly are verbs, adverbs are not", "[unit][commitments]") {
  one_person("Noted, Petra Quinn to reply to the resident.", commitment_mode::narrative,
             "Petra Quinn", "reply to the resident");
  one_person("Petra Quinn to apply for the grant.", commitment_mode::narrative, "Petra Quinn",
             "apply for the grant");
  one_person("Petra Quinn will supply the figures.", commitment_mode::narrative, "Petra Quinn",
             "supply the figures");
  none("Petra Quinn to formally open the hall.", commitment_mode::narrative);
}

TEST_CASE("an officer's title: role words in a row, and a department after a role word",
          "[unit][commitments]") {
  for (std::string_view title : {"Chief Executive Officer", "Director Infrastructure Services",
                                 "Manager Planning and Environment"}) {
    std::string s = "the " + std::string(title) + " will write";
    auto o = owner_starting_at(s, 0);
    INFO("sentence: " << s);
    REQUIRE(o);
    CHECK(o->kind == owner_kind::role);
    CHECK(o->name == title);
    auto back = owner_ending_at(s, s.find(" will"));
    REQUIRE(back);
    CHECK(back->kind == owner_kind::role);
    CHECK(back->name == title);
  }
  // A name after a role word is the person's: "Chair Janet Kilroy".
  auto chair = owner_starting_at("Chair Janet Kilroy will write", 0);
  REQUIRE(chair);
  CHECK(chair->kind == owner_kind::person);
  CHECK(chair->name == "Janet Kilroy");
}

TEST_CASE("what a member with an interest would do is no commitment", "[unit][commitments]") {
  none("Cr Trevallion advised that he would leave the chamber for the item.",
       commitment_mode::narrative);
  none("Cllr Ash said she would abstain from the vote.", commitment_mode::narrative);
  one_person("Cllr Ash said she would write to the bus company.", commitment_mode::narrative, "Ash",
             "write to the bus company");
}

TEST_CASE("said he'd, she'll: contracted undertakings, with either apostrophe",
          "[unit][commitments]") {
  auto found =
      commitments_in("Tom said he'd add the pothole to the list.", commitment_mode::narrative);
  REQUIRE(found.size() == 1);
  CHECK(found[0].owners[0].name == "Tom");
  auto curly = commitments_in("Priya said she\u2019ll post the link on the portal.",
                              commitment_mode::narrative);
  REQUIRE(curly.size() == 1);
  CHECK(verb_of("Priya said she\u2019ll post the link on the portal.", curly[0]) ==
        "post the link on the portal");
}

TEST_CASE("would … if …: a condition, not an undertaking", "[unit][commitments]") {
  none("The District Engineer said he would look into it if resources allowed.",
       commitment_mode::narrative);
  one_person("Cllr Ash said she would look into it before the next meeting.",
             commitment_mode::narrative, "Ash", "look into it before the next meeting");
}

TEST_CASE("to have X do …: a person, not a department", "[unit][commitments]") {
  one_person("The Board agreed to have Maddie sign up for the classes.", commitment_mode::narrative,
             "Maddie", "sign up for the classes");
  none("The Mayor wanted to have Public Works contact the resident.", commitment_mode::narrative);
}
