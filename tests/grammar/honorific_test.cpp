#include "parser/grammar/honorific.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::match_honorific;

namespace {
void parses(std::string_view in, std::string_view text, bool plural, std::size_t length) {
  INFO("input: " << in);
  auto m = match_honorific(in);
  REQUIRE(m);
  CHECK(m->text == text);
  CHECK(m->plural == plural);
  CHECK(m->length == length);
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_honorific(in));
}
}  // namespace

TEST_CASE("councillor titles of UK minutes", "[grammar][honorific]") {
  parses("County Councillor Andrea Kay", "County Councillor", false, 18);
  parses("County Cllr Smith", "County Cllr", false, 12);
  parses("County Cllr. Smith", "County Cllr.", false, 13);
  parses("Borough Councillor Jones", "Borough Councillor", false, 19);
  parses("District Councillor Jones", "District Councillor", false, 20);
  parses("Parish Councillor Jones", "Parish Councillor", false, 18);
  parses("Town Councillor Jones", "Town Councillor", false, 16);
  parses("City Councillor Jones", "City Councillor", false, 16);
  parses("Councillor Smith", "Councillor", false, 11);
  parses("Cllr Howell", "Cllr", false, 5);
  parses("Cllr. O. Williams (Chair)", "Cllr.", false, 6);
  parses("CC Kay (Corporate Parenting Board Priority Lead)", "CC", false, 3);
  parses("C.C. Kay", "C.C.", false, 5);
  parses("Cr Jane Mills (Mayor)", "Cr", false, 3);
  parses("Cr. Mills", "Cr.", false, 4);
  parses("Crs Mills, Otto and Park", "Crs", true, 4);
  rejects("Cross");
  rejects("Cr1,234.00");
}

TEST_CASE("plural titles are flagged", "[grammar][honorific]") {
  parses("County Councillors Kay and Gibson", "County Councillors", true, 19);
  parses("Councillors Sutcliffe, Couperthwaite, Smith and Gibson", "Councillors", true, 12);
  parses("Cllrs Howell, Jones and Williams", "Cllrs", true, 6);
  parses("Cllrs. Howell and Jones", "Cllrs.", true, 7);
  parses("Council Members Ortiz and Lee", "Council Members", true, 16);
  parses("Supervisors Lee and Park", "Supervisors", true, 12);
  parses("Trustees Patel and Shah", "Trustees", true, 9);
  parses("Commissioners Gordon and Reyes", "Commissioners", true, 14);
  parses("Messrs Smith and Jones", "Messrs", true, 7);
  parses("Aldermen Smith and Brown", "Aldermen", true, 9);
}

TEST_CASE("elected titles outside the UK", "[grammar][honorific]") {
  parses("Council Member Ortiz", "Council Member", false, 15);
  parses("Councilmember Ortiz", "Councilmember", false, 14);
  parses("Councilor Ortiz", "Councilor", false, 10);
  parses("Alderman Smith", "Alderman", false, 9);
  parses("Alderwoman Smith", "Alderwoman", false, 11);
  parses("Mayor Brown", "Mayor", false, 6);
  parses("Deputy Mayor Brown", "Deputy Mayor", false, 13);
  parses("Vice Mayor Brown", "Vice Mayor", false, 11);
  parses("Supervisor Lee", "Supervisor", false, 11);
  parses("Trustee Patel", "Trustee", false, 8);
  parses("Commissioner Gordon", "Commissioner", false, 13);
  parses("Director Smith", "Director", false, 9);
  parses("President Rudd", "President", false, 10);
  parses("Vice President Pruitt", "Vice President", false, 15);
  parses("Vice-President Pruitt", "Vice-President", false, 15);
  rejects("Presidents");
  rejects("Vice Chair Pruitt");
}

TEST_CASE("courtesy, academic and religious titles", "[grammar][honorific]") {
  parses("Mr Smith", "Mr", false, 3);
  parses("Mr. Smith", "Mr.", false, 4);
  parses("Mrs J. Howell (Clerk)", "Mrs", false, 4);
  parses("Ms Smith", "Ms", false, 3);
  parses("Miss Smith", "Miss", false, 5);
  parses("Mx Smith", "Mx", false, 3);
  parses("Dr. Jones", "Dr.", false, 4);
  parses("Prof Jones", "Prof", false, 5);
  parses("Professor Jones", "Professor", false, 10);
  parses("Sir John Major", "Sir", false, 4);
  parses("Dame Judi Dench", "Dame", false, 5);
  parses("Lord Smith", "Lord", false, 5);
  parses("Lady Smith", "Lady", false, 5);
  parses("Rev Smith", "Rev", false, 4);
  parses("Revd. Smith", "Revd.", false, 6);
  parses("Reverend Smith", "Reverend", false, 9);
  parses("Canon Smith", "Canon", false, 6);
  parses("Father John Smith", "Father", false, 7);
  parses("Fr. Smith", "Fr.", false, 4);
}

TEST_CASE("titles in ALL CAPS", "[grammar][honorific]") {
  parses("CLLR SMITH", "CLLR", false, 5);
  parses("CLLR. SMITH", "CLLR.", false, 6);
  parses("COUNCILLOR SMITH", "COUNCILLOR", false, 11);
  parses("COUNTY COUNCILLOR SMITH", "COUNTY COUNCILLOR", false, 18);
  parses("CLLRS SMITH AND JONES", "CLLRS", true, 6);
  parses("MRS. SMITH", "MRS.", false, 5);
}

TEST_CASE("the longest title wins", "[grammar][honorific]") {
  parses("Mrs Smith", "Mrs", false, 4);
  parses("County Councillors Kay", "County Councillors", true, 19);
  parses("Deputy Mayor Brown", "Deputy Mayor", false, 13);
}

TEST_CASE("length covers every space after the title", "[grammar][honorific]") {
  parses("Cllr  Smith", "Cllr", false, 6);
  parses("Councillor ", "Councillor", false, 11);
}

TEST_CASE("a title before words that are not a name still matches", "[grammar][honorific]") {
  // person_name refuses these: the grammar here only knows titles.
  parses("Director of Finance", "Director", false, 9);
  parses("Councillors and officers", "Councillors", true, 12);
}

TEST_CASE("a title must be followed by a space", "[grammar][honorific]") {
  rejects("Mr");
  rejects("Mr.");
  rejects("Cllr,");
  rejects("Mrs.Smith");
  rejects("MR.SMITH");
  rejects("Mrs-Smith");
  for (auto eol : minutes::test::line_endings) {
    INFO("eol");
    CHECK_FALSE(match_honorific(std::string("Cllr") + eol));
    CHECK_FALSE(match_honorific(std::string("Councillors") + eol + "Smith"));
  }
}

TEST_CASE("words that begin like a title", "[grammar][honorific]") {
  rejects("Councillorship was discussed");
  rejects("Drive safely");
  rejects("Cllrship");
  rejects("Dr5 form");
  rejects("Mayoral election");
  rejects("Lordship");
  rejects("Canons Ashby");
}

TEST_CASE("roles and lower case are not titles", "[grammar][honorific]") {
  rejects("Chair Smith");
  rejects("Chairman Smith");
  rejects("Clerk Smith");
  rejects("councillor Smith");
  rejects("cllr smith");
  rejects("Cc Smith");
  rejects("The Councillor");
  rejects(" Mr Smith");
  rejects("");
}

TEST_CASE("honorific rules serve other grammars", "[grammar][honorific]") {
  namespace x3 = boost::spirit::x3;
  using minutes::grammar::ast::honorific_number;
  std::string_view const in = "Cllrs Howell";
  const char* first = in.data();
  honorific_number number{};
  CHECK(x3::parse(first, in.data() + in.size(), minutes::grammar::honorific(), number));
  CHECK(number == honorific_number::plural);
  CHECK(first == in.data() + 5);  // the space is left to the caller

  std::string_view const bare = "Mr, Mrs";
  first = bare.data();
  CHECK(x3::parse(first, bare.data() + bare.size(), minutes::grammar::honorific_word()));
  CHECK(first == bare.data() + 2);
}

TEST_CASE("police ranks", "[grammar][honorific]") {
  parses("PCSO Kelly Marsh", "PCSO", false, 5);
  parses("PCSOs Marsh and Dunn", "PCSOs", true, 6);
  parses("PC Ruth Dale", "PC", false, 3);
  parses("Sgt. Dawes", "Sgt.", false, 5);
  parses("Chief Inspector Hale", "Chief Inspector", false, 16);
  rejects("PCs need replacing");
  rejects("Policing priorities");
}
