#include "parser/grammar/person_name.hpp"

#include "grammar/grammar_test.hpp"

using minutes::grammar::family_name;
using minutes::grammar::given_name;
using minutes::grammar::match_person_name;
using minutes::grammar::name_token_count;

namespace {
// Checks every part of the match; `length` is what the grammar consumed.
void parses(std::string_view in, std::string_view honorific, std::string_view name,
            std::string_view note, std::size_t length) {
  INFO("input: " << in);
  auto m = match_person_name(in);
  REQUIRE(m);
  CHECK(m->honorific == honorific);
  CHECK(m->name == name);
  CHECK(m->note == note);
  CHECK(m->length == length);
}
// A name alone, without title or note.
void parses(std::string_view in, std::string_view name) {
  parses(in, "", name, "", name.size());
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  CHECK_FALSE(match_person_name(in));
}
}  // namespace

TEST_CASE("names from attendance lists", "[grammar][person_name]") {
  parses("Andrea Kay", "Andrea Kay");
  parses("Paul McIntyre", "Paul McIntyre");
  parses("Liz Donnelly-Nelson", "Liz Donnelly-Nelson");
  parses("Roxanne McAllister", "Roxanne McAllister");
  parses("Jean-Luc Picard", "Jean-Luc Picard");
  parses("MacDonald", "MacDonald");
}

TEST_CASE("single-token names", "[grammar][person_name]") {
  parses("Saskia", "Saskia");
  parses("Mary", "Mary");
  parses("Kay", "Kay");
}

TEST_CASE("names with a title", "[grammar][person_name]") {
  parses("County Councillor Andrea Kay", "County Councillor", "Andrea Kay", "", 28);
  parses("CC Kay highlighted that", "CC", "Kay", "", 6);
  parses("Mx Sam Taylor", "Mx", "Sam Taylor", "", 13);
  parses("CLLR J SMITH", "CLLR", "J SMITH", "", 12);
  parses("Mr Lord", "Mr", "Lord", "", 7);
}

TEST_CASE("two titles stack", "[grammar][person_name]") {
  parses("Councillor Dr Jane Smith", "Councillor Dr", "Jane Smith", "", 24);
  parses("Cllr Mrs Brown, Cllr Green", "Cllr Mrs", "Brown", "", 14);
}

TEST_CASE("a plural title is flagged", "[grammar][person_name]") {
  auto many = match_person_name("Councillors Sutcliffe, Couperthwaite");
  REQUIRE(many);
  CHECK(many->plural);
  CHECK(many->honorific == "Councillors");
  CHECK(many->name == "Sutcliffe");
  auto messrs = match_person_name("Messrs Smith and Jones");
  REQUIRE(messrs);
  CHECK(messrs->plural);
  CHECK(messrs->length == 12);
  auto one = match_person_name("Cllr Smith");
  REQUIRE(one);
  CHECK_FALSE(one->plural);
  auto none = match_person_name("Smith");
  REQUIRE(none);
  CHECK_FALSE(none->plural);
}

TEST_CASE("initials", "[grammar][person_name]") {
  parses("Cllr. O. Williams (Chair), Cllr. K. Howell", "Cllr.", "O. Williams", "Chair", 25);
  parses("Mrs J. Howell (Clerk)", "Mrs", "J. Howell", "Clerk", 21);
  parses("J.R. Hartley", "J.R. Hartley");
  parses("J. R. Hartley", "J. R. Hartley");
  parses("A Smith", "A Smith");
  // An initial at the end keeps its dot; a word does not.
  parses("Smith J.", "Smith J.");
  parses("Smith. The Board", "Smith");
}

TEST_CASE("apostrophes and the possessive", "[grammar][person_name]") {
  parses("Niamh O'Sullivan", "Niamh O'Sullivan");
  parses("D'Arcy Jones", "D'Arcy Jones");
  parses("Smith's report", "", "Smith", "", 5);
  parses("Sean O'Sullivan's motion", "", "Sean O'Sullivan", "", 15);
  parses("Jones' view", "", "Jones", "", 5);
}

TEST_CASE("names in ALL CAPS", "[grammar][person_name]") {
  parses("SMITH", "SMITH");
  parses("JOHN SMITH", "JOHN SMITH");
  parses("JOHN SMITH AND JANE DOE", "", "JOHN SMITH", "", 10);
  parses("Smith And Jones", "", "Smith", "", 5);
  parses("ANDERSON", "ANDERSON");
}

TEST_CASE("particles stand between tokens", "[grammar][person_name]") {
  parses("Ludwig van Beethoven", "Ludwig van Beethoven");
  parses("Maria de la Cruz", "Maria de la Cruz");
  parses("Vincent van der Berg", "Vincent van der Berg");
  parses("Ahmed al-Hassan", "Ahmed al-Hassan");
  // Never last: "de" is then an ordinary lower-case word that ends the name.
  parses("Smith de", "", "Smith", "", 5);
}

TEST_CASE("names with non-ASCII letters", "[grammar][person_name]") {
  parses("François Hollande", "François Hollande");
  parses("Raúl Castro", "Raúl Castro");
  parses("Zoë Ball", "Zoë Ball");
  parses("Łukasz Nowak", "Łukasz Nowak");
  parses("Dara Ó Briain", "Dara Ó Briain");
  parses("Søren Kierkegaard", "Søren Kierkegaard");
}

TEST_CASE("handles of project meetings", "[grammar][person_name]") {
  parses("@alice", "@alice");
  parses("@bob-smith (remote)", "", "@bob-smith", "remote", 19);
  parses("@alice, @bob", "", "@alice", "", 6);
  parses("@j.doe to review", "", "@j.doe", "", 6);
  parses("@alice.", "", "@alice", "", 6);
}

TEST_CASE("notes in brackets", "[grammar][person_name]") {
  parses("CC Kay (Corporate Parenting Board Priority Lead), CC Clarke", "CC", "Kay",
         "Corporate Parenting Board Priority Lead", 48);
  parses("Pam Bullas (PB)", "", "Pam Bullas", "PB", 15);
  parses("Jane Smith (Vice-Chair)", "", "Jane Smith", "Vice-Chair", 23);
  parses("Amanda Barbour (Senior Managers, Permanence Service) and", "", "Amanda Barbour",
         "Senior Managers, Permanence Service", 52);
  parses("Smith ( Chair )", "", "Smith", "Chair", 15);
  parses("Smith(Chair)", "", "Smith", "Chair", 12);
  parses("Raúl Castro (Présidente)", "", "Raúl Castro", "Présidente", 26);
}

TEST_CASE("brackets that are not a note", "[grammar][person_name]") {
  parses("Andrea Kay (", "", "Andrea Kay", "", 10);
  parses("Andrea Kay ()", "", "Andrea Kay", "", 10);
  parses("Andrea Kay (Chair (acting))", "", "Andrea Kay", "", 10);
  parses("Andrea Kay (" + std::string(200, 'x') + ")", "", "Andrea Kay", "", 10);
}

TEST_CASE("where a name ends", "[grammar][person_name]") {
  parses("Andreas Feldhaar, Permanence Service, LCC", "", "Andreas Feldhaar", "", 16);
  parses("Jenny Donnelly was attending on behalf of Rebecca McGeown", "", "Jenny Donnelly", "", 14);
  parses("Andrea Kay and Stephen Clarke", "", "Andrea Kay", "", 10);
  parses("Catherine Brooks. The Board", "", "Catherine Brooks", "", 16);
  parses("Jane Hylton/Roxanne McAllister", "", "Jane Hylton", "", 11);
  parses("Barbara Bath: apologies", "", "Barbara Bath", "", 12);
  parses("Andrea Kay 2022", "", "Andrea Kay", "", 10);
  parses("Audrey Swann – Residential", "", "Audrey Swann", "", 12);
}

TEST_CASE("a name ends at every line ending", "[grammar][person_name]") {
  for (auto eol : minutes::test::line_endings) {
    INFO("eol");
    std::string const line = std::string("Cllr. O. Williams (Chair)") + eol + "Cllr. K. Howell";
    auto m = match_person_name(line);
    REQUIRE(m);
    CHECK(m->name == "O. Williams");
    CHECK(m->length == 25);
    std::string const bare_line = std::string("Andrea Kay") + eol;
    auto bare = match_person_name(bare_line);
    REQUIRE(bare);
    CHECK(bare->length == 10);
  }
}

TEST_CASE("up to five tokens", "[grammar][person_name]") {
  parses("Maria Jose Garcia Lopez Fernandez", "Maria Jose Garcia Lopez Fernandez");
  parses("Juan de la Vega Lopez Ruiz Diaz", "Juan de la Vega Lopez Ruiz Diaz");
  rejects("Lancashire County Council Corporate Parenting Board");
}

TEST_CASE("the grammar is about shape", "[grammar][person_name]") {
  // Callers filter organisations and roles with their keyword lists.
  parses("Lancashire County Council", "Lancashire County Council");
  parses("Chair", "Chair");
}

TEST_CASE("not names: no capital at the start", "[grammar][person_name]") {
  rejects("");
  rejects("the board");
  rejects(" Andrea Kay");
  rejects("van Gogh");
  rejects("(Chair)");
  rejects("(Chair) Smith");
  rejects("...");
  rejects("'Smith");
  rejects("-Smith");
  rejects("123 Smith");
  rejects("2022");
  rejects("– Barbara Bath");
  rejects("· Lancashire County Council");
  rejects("alice@example.com");
  rejects("And Smith");
}

TEST_CASE("not names: a title without a name", "[grammar][person_name]") {
  rejects("Director of Finance");
  rejects("Councillors and officers");
  rejects("County Councillors to share");
  rejects("Mr");
  rejects("Mr.");
  rejects("CC");
  rejects("Councillor");
  for (auto eol : minutes::test::line_endings) {
    INFO("eol");
    CHECK_FALSE(match_person_name(std::string("Cllr") + eol + "Smith"));
  }
}

TEST_CASE("not names: glued tokens", "[grammar][person_name]") {
  rejects("Mrs.Smith");
  rejects("J.Smith");
  rejects("M62 motorway");
  rejects("Smith_Jones");
  rejects("@");
  rejects("@-x");
  rejects("@alice@example.com");
}

TEST_CASE("counting the tokens of a name", "[grammar][person_name]") {
  CHECK(name_token_count("Jean-Luc Picard") == 2);
  CHECK(name_token_count("Kay") == 1);
  CHECK(name_token_count("J. R. Hartley") == 3);
  CHECK(name_token_count("Ludwig van Beethoven") == 3);
  CHECK(name_token_count("") == 0);
}

TEST_CASE("family and given names", "[grammar][person_name]") {
  CHECK(family_name("Andrea Kay") == "Kay");
  CHECK(given_name("Andrea Kay") == "Andrea");
  CHECK(family_name("McIntyre") == "McIntyre");
  CHECK(given_name("McIntyre").empty());
  CHECK(family_name("O. Williams") == "Williams");
  CHECK(given_name("O. Williams") == "O.");
  CHECK(family_name("Ludwig van Beethoven") == "van Beethoven");
  CHECK(family_name("Maria de la Cruz") == "de la Cruz");
  CHECK(given_name("Maria de la Cruz") == "Maria");
  CHECK(family_name("Liz Donnelly-Nelson") == "Donnelly-Nelson");
  CHECK(family_name("@alice") == "@alice");
  CHECK(family_name("").empty());
  CHECK(given_name("").empty());
}

TEST_CASE("person_name rule serves other grammars", "[grammar][person_name]") {
  namespace x3 = boost::spirit::x3;
  std::string_view const in = "Cllr. O. Williams (Chair), Cllr. K. Howell";
  const char* first = in.data();
  minutes::grammar::ast::person_name parsed;
  CHECK(x3::parse(first, in.data() + in.size(), minutes::grammar::person_name() >> ", ", parsed));
  CHECK(first == in.data() + 27);
  CHECK(std::string_view(parsed.name.begin(), parsed.name.size()) == "O. Williams");
  CHECK(std::string_view(parsed.note.begin(), parsed.note.size()) == "Chair");
}
