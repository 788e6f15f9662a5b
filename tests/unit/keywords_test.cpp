// Unit tests of the keyword families: labels with their roles, lengths and separators,
// nickname equivalence, and the word lists that name titles, bodies and roles.
#include <catch2/catch.hpp>
#include <string_view>

#include "parser/words/labels.hpp"

using namespace minutes::parser::keywords;

namespace {

void label(std::string_view line, label_role role, std::size_t length, bool colon) {
  INFO("line: " << line);
  auto m = match_label(line);
  REQUIRE(m);
  CHECK(m->role == role);
  CHECK(m->length == length);
  CHECK(m->colon == colon);
}

void no_label(std::string_view line) {
  INFO("line: " << line);
  CHECK_FALSE(match_label(line));
}

}  // namespace

TEST_CASE("labels with a colon", "[unit][keywords]") {
  label("Present: Jane Smith", label_role::present, 9, true);
  label("present:Jane", label_role::present, 8, true);
  label("Apologies for absence: Bob Jones", label_role::apologies, 23, true);
  label("Apologies: Bob Jones", label_role::apologies, 11, true);
  label("Resolved: That", label_role::resolved, 10, true);
  label("Actions: JS to", label_role::actions, 9, true);
  label("Moved by: Cllr Smith", label_role::moved, 10, true);
  label("Venue: Town Hall", label_role::venue, 7, true);
  label("Chair: Ann Ash", label_role::chair, 7, true);
  label("Supporting documents: Report", label_role::trailer, 22, true);
  label("Minutes:", label_role::minutes_body, 8, true);
}

TEST_CASE("labels with a dash or full stop", "[unit][keywords]") {
  label("RESOLVED \xE2\x80\x93 That", label_role::resolved, 13, true);
  label("RESOLVED \xE2\x80\x94 That", label_role::resolved, 13, true);
  label("Resolved - That", label_role::resolved, 11, true);
  label("Apologies  for absence - Bob", label_role::apologies, 25, true);
  label("Agreed. The", label_role::resolved, 8, true);
}

TEST_CASE("the longest label wins", "[unit][keywords]") {
  label("Apologies for absence:", label_role::apologies, 22, true);
  label("Date of next meeting: 5 May", label_role::next_meeting, 22, true);
  label("Date of the next meeting: 5 May", label_role::next_meeting, 26, true);
  label("Date: 5 May", label_role::date, 6, true);
  label("Members present: Ann", label_role::present, 17, true);
  label("Members absent: Ann", label_role::absent, 16, true);
  label("Action points: none", label_role::actions, 15, true);
  label("Minutes taken by: Sam", label_role::scribe, 18, true);
}

TEST_CASE("resolutions open without a colon", "[unit][keywords]") {
  label("RESOLVED that the report", label_role::resolved, 9, false);
  label("Resolved, that the report", label_role::resolved, 10, false);
  label("It was resolved that the report", label_role::resolved, 16, false);
  label("AGREED to circulate", label_role::resolved, 7, false);
}

TEST_CASE("structural labels may stand alone", "[unit][keywords]") {
  label("PRESENT", label_role::present, 7, false);
  label("Apologies", label_role::apologies, 9, false);
  label("Actions", label_role::actions, 7, false);
  label("Resolved", label_role::resolved, 8, false);
  label("Absent  ", label_role::absent, 8, false);
}

TEST_CASE("a qualifier before a word of attendance", "[unit][keywords]") {
  label("Committee present: Ann", label_role::present, 19, true);
  label("Board members in attendance: Ann", label_role::present, 29, true);
  label("Trustees absent: Ann", label_role::absent, 17, true);
  label("TSC Voting Members not in attendance", label_role::absent, 36, false);
  label("Voting members not present", label_role::absent, 26, false);
  label("Board Members in Attendance", label_role::present, 27, false);
}

TEST_CASE("a line that only ends with a word of attendance is no label", "[unit][keywords]") {
  no_label("Residents concerned about parking present");
  no_label("Why so few were present");
}

TEST_CASE("not labels", "[unit][keywords]") {
  no_label("Presently the Board met");
  no_label("Present at the meeting were");
  no_label("Agreed to circulate");
  no_label("Actions arising from the minutes");
  no_label("Venue");
  no_label("Chair");
  no_label("Date");
  no_label("The Chair: Ann");
  no_label("");
}

TEST_CASE("same_given_name knows nicknames", "[unit][keywords]") {
  CHECK(same_given_name("Jenny", "Jennifer"));
  CHECK(same_given_name("jen", "JENNIFER"));
  CHECK(same_given_name("Bob", "Robert"));
  CHECK(same_given_name("Bill", "William"));
  CHECK(same_given_name("Chris", "Christine"));
  CHECK(same_given_name("Sam", "Samuel"));
  CHECK(same_given_name("Mike", "mike"));
  CHECK_FALSE(same_given_name("Bob", "Bill"));
  CHECK_FALSE(same_given_name("Anne", "Anna"));
  CHECK_FALSE(same_given_name("Jo", "Joe"));
  CHECK_FALSE(same_given_name("Jenny", ""));
}

TEST_CASE("attendance titles", "[unit][keywords]") {
  CHECK(is_attendance_title("Apologies for Absence"));
  CHECK(is_attendance_title("Welcome and Introductions"));
  CHECK(is_attendance_title("Roll Call"));
  CHECK(is_attendance_title("Substitutes"));
  CHECK(is_attendance_title("Quorum"));
  CHECK_FALSE(is_attendance_title("Finance"));
  CHECK_FALSE(is_attendance_title("Presentations"));
  CHECK_FALSE(is_attendance_title("Apologetic letters"));
}

TEST_CASE("next meeting titles", "[unit][keywords]") {
  CHECK(is_next_meeting_title("Date of Next Meeting"));
  CHECK(is_next_meeting_title("Future Meetings"));
  CHECK(is_next_meeting_title("NEXT MEETING"));
  CHECK_FALSE(is_next_meeting_title("Meeting Arrangements"));
  CHECK_FALSE(is_next_meeting_title("Next Steps"));
  CHECK_FALSE(is_next_meeting_title("Nextmeeting"));
}

TEST_CASE("organisation, body, role and function words", "[unit][keywords]") {
  CHECK(is_organisation_word("Council"));
  CHECK(is_organisation_word("LTD"));
  CHECK_FALSE(is_organisation_word("Smith"));
  CHECK(is_body_word("Committee"));
  CHECK(is_body_word("sub-committee"));
  CHECK_FALSE(is_body_word("Report"));
  CHECK(is_role_word("Clerk"));
  CHECK(is_role_word("vice-chair"));
  CHECK_FALSE(is_role_word("Jane"));
  CHECK(is_function_word("The"));
  CHECK_FALSE(is_function_word("Kay"));
  // Words that are no name alone but may begin one ("Will Bowes").
  CHECK(minutes::parser::keywords::is_lone_word("Agreed"));
  CHECK(minutes::parser::keywords::is_lone_word("Will"));
  CHECK_FALSE(is_function_word("Will"));
  CHECK_FALSE(minutes::parser::keywords::is_lone_word("Kay"));
}
