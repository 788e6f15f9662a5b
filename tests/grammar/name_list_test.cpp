#include "parser/grammar/name_list.hpp"

#include <chrono>
#include <vector>

#include "grammar/grammar_test.hpp"

using minutes::grammar::listed_name;
using minutes::grammar::match_name_list;

namespace {
struct expected {
  std::string_view honorific;
  std::string_view name;
  std::string_view note = {};
};

// Checks the names of the list in order and the bytes consumed.
void parses(std::string_view in, std::vector<expected> const& names, std::size_t length) {
  INFO("input: " << in);
  std::vector<listed_name> out;
  CHECK(match_name_list(in, out) == length);
  REQUIRE(out.size() == names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    INFO("name " << i);
    CHECK(out[i].honorific == names[i].honorific);
    CHECK(out[i].name == names[i].name);
    CHECK(out[i].note == names[i].note);
  }
}
// Checks the [begin, end) offsets of every element.
void spans(std::string_view in, std::vector<std::pair<std::size_t, std::size_t>> const& offsets) {
  INFO("input: " << in);
  std::vector<listed_name> out;
  match_name_list(in, out);
  REQUIRE(out.size() == offsets.size());
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    INFO("name " << i);
    CHECK(out[i].begin == offsets[i].first);
    CHECK(out[i].end == offsets[i].second);
  }
}
void rejects(std::string_view in) {
  INFO("input: " << in);
  std::vector<listed_name> out{{"x", "y", "z", 0, 1}};
  CHECK(match_name_list(in, out) == 0);
  CHECK(out.empty());
}
}  // namespace

TEST_CASE("apologies sentence of seed 001", "[grammar][name_list]") {
  std::string_view const in =
      "Councillors Sutcliffe, Couperthwaite, Smith and Gibson, Graham Lindley, Barbara Bath, "
      "Andreas Feldhaar, Audrey Swann, Liz Donnelly-Nelson, Catherine Brooks.";
  parses(in,
         {{"Councillors", "Sutcliffe"},
          {"Councillors", "Couperthwaite"},
          {"Councillors", "Smith"},
          {"Councillors", "Gibson"},
          {"", "Graham Lindley"},
          {"", "Barbara Bath"},
          {"", "Andreas Feldhaar"},
          {"", "Audrey Swann"},
          {"", "Liz Donnelly-Nelson"},
          {"", "Catherine Brooks"}},
         in.size() - 1);
}

TEST_CASE("meeting notes of seed 001", "[grammar][name_list]") {
  std::string_view const in =
      "CC Kay (Corporate Parenting Board Priority Lead), CC Clarke (Chair of Corporate "
      "Parenting Board), Brendan Lee (Head of Permanence Service), Roxanne McAllister and "
      "Amanda Barbour (Senior Managers, Permanence Service) and Andreas Feldhaar (Practice "
      "Development Lead, Permanence Service).  CC Gibson Kay";
  parses(in,
         {{"CC", "Kay", "Corporate Parenting Board Priority Lead"},
          {"CC", "Clarke", "Chair of Corporate Parenting Board"},
          {"", "Brendan Lee", "Head of Permanence Service"},
          {"", "Roxanne McAllister"},
          {"", "Amanda Barbour", "Senior Managers, Permanence Service"},
          {"", "Andreas Feldhaar", "Practice Development Lead, Permanence Service"}},
         in.find(".  CC"));
}

TEST_CASE("a singular title crosses one 'and'", "[grammar][name_list]") {
  parses("County Councillor Gibson and Kay requested to meet",
         {{"County Councillor", "Gibson"}, {"County Councillor", "Kay"}}, 32);
  parses("Councillor Smith and Jones, Brown",
         {{"Councillor", "Smith"}, {"Councillor", "Jones"}, {"", "Brown"}}, 33);
  // Without "and" the title stays with its own name.
  parses("Councillor Smith, Jones", {{"Councillor", "Smith"}, {"", "Jones"}}, 23);
  parses("Councillor Jane Smith and John Brown", {{"Councillor", "Jane Smith"}, {"", "John Brown"}},
         36);
}

TEST_CASE("a plural title is shared up to the name after 'and'", "[grammar][name_list]") {
  parses("County Councillors Kay and Gibson for an update",
         {{"County Councillors", "Kay"}, {"County Councillors", "Gibson"}}, 33);
  parses("Cllrs Howell, Jones and Williams",
         {{"Cllrs", "Howell"}, {"Cllrs", "Jones"}, {"Cllrs", "Williams"}}, 32);
  parses("Messrs Smith and Jones", {{"Messrs", "Smith"}, {"Messrs", "Jones"}}, 22);
  parses("Councillors Kay and Gibson and Smith",
         {{"Councillors", "Kay"}, {"Councillors", "Gibson"}, {"", "Smith"}}, 36);
}

TEST_CASE("a name of another shape ends the sharing", "[grammar][name_list]") {
  parses("Councillors Smith, Jane Doe and Brown",
         {{"Councillors", "Smith"}, {"", "Jane Doe"}, {"", "Brown"}}, 37);
  // Names with initials share the title among themselves.
  parses("Councillors A Smith (Chair), B Jones (Vice-Chair) and C Brown, David Green",
         {{"Councillors", "A Smith", "Chair"},
          {"Councillors", "B Jones", "Vice-Chair"},
          {"Councillors", "C Brown"},
          {"", "David Green"}},
         74);
}

TEST_CASE("an own title ends the sharing", "[grammar][name_list]") {
  parses("Councillors Smith and Jones, Mr Brown",
         {{"Councillors", "Smith"}, {"Councillors", "Jones"}, {"Mr", "Brown"}}, 37);
  parses("Councillors Smith, Mrs Jones, Brown",
         {{"Councillors", "Smith"}, {"Mrs", "Jones"}, {"", "Brown"}}, 35);
}

TEST_CASE("every element with its own title and note", "[grammar][name_list]") {
  parses("Cllr. O. Williams (Chair), Cllr. K. Howell, Mrs J. Howell (Clerk)",
         {{"Cllr.", "O. Williams", "Chair"}, {"Cllr.", "K. Howell"}, {"Mrs", "J. Howell", "Clerk"}},
         65);
  parses("Councillor A Smith (Chair), B Jones (Vice-Chair)",
         {{"Councillor", "A Smith", "Chair"}, {"", "B Jones", "Vice-Chair"}}, 48);
}

TEST_CASE("a couple sharing one name", "[grammar][name_list]") {
  parses("Mr & Mrs Brown", {{"Mr", "Brown"}, {"Mrs", "Brown"}}, 14);
  parses("Mr. and Mrs. Brown (residents), Ms Green",
         {{"Mr.", "Brown", "residents"}, {"Mrs.", "Brown", "residents"}, {"Ms", "Green"}}, 40);
  spans("Mr & Mrs Brown, Ms Green", {{0, 14}, {5, 14}, {16, 24}});
}

TEST_CASE("separators", "[grammar][name_list]") {
  parses("Cllr A Smith; Cllr B Jones", {{"Cllr", "A Smith"}, {"Cllr", "B Jones"}}, 26);
  parses("Smith & Jones", {{"", "Smith"}, {"", "Jones"}}, 13);
  parses("Smith, Jones, and Brown", {{"", "Smith"}, {"", "Jones"}, {"", "Brown"}}, 23);
  parses("Smith, Jones, & Brown", {{"", "Smith"}, {"", "Jones"}, {"", "Brown"}}, 21);
  parses("CLLRS SMITH, JONES AND BROWN",
         {{"CLLRS", "SMITH"}, {"CLLRS", "JONES"}, {"CLLRS", "BROWN"}}, 28);
  // A slash is not a separator: "Jane Hylton/Roxanne McAllister" shares one slot.
  parses("Jane Hylton/Roxanne McAllister", {{"", "Jane Hylton"}}, 11);
}

TEST_CASE("handles, particles and non-ASCII letters", "[grammar][name_list]") {
  parses("@alice, @bob and @carol to review", {{"", "@alice"}, {"", "@bob"}, {"", "@carol"}}, 23);
  parses("Ludwig van Beethoven and Maria de la Cruz",
         {{"", "Ludwig van Beethoven"}, {"", "Maria de la Cruz"}}, 41);
  parses("François Hollande, Zoë Ball and Łukasz Nowak",
         {{"", "François Hollande"}, {"", "Zoë Ball"}, {"", "Łukasz Nowak"}}, 47);
}

TEST_CASE("where the list ends", "[grammar][name_list]") {
  parses("Andrea Kay was attending", {{"", "Andrea Kay"}}, 10);
  parses("Lisa Gee was attending on behalf of Moya McKinney", {{"", "Lisa Gee"}}, 8);
  parses("Smith and Jones. The Board noted", {{"", "Smith"}, {"", "Jones"}}, 15);
  parses("Smith, Jones, and the Clerk", {{"", "Smith"}, {"", "Jones"}}, 12);
  parses("Smith, Jones and officers", {{"", "Smith"}, {"", "Jones"}}, 12);
  parses("Smith, Jones, 2022", {{"", "Smith"}, {"", "Jones"}}, 12);
  parses("Smith, Jones,", {{"", "Smith"}, {"", "Jones"}}, 12);
  // Shape only: callers drop the organisation.
  parses("Jenny Donnelly, Lancashire County Council",
         {{"", "Jenny Donnelly"}, {"", "Lancashire County Council"}}, 41);
}

TEST_CASE("the list ends at every line ending", "[grammar][name_list]") {
  for (auto eol : minutes::test::line_endings) {
    INFO("eol");
    std::string const in = std::string("Cllr Smith, Jones") + eol + "Brown";
    std::vector<listed_name> out;
    CHECK(match_name_list(in, out) == 17);
    CHECK(out.size() == 2);
  }
}

TEST_CASE("offsets of each element", "[grammar][name_list]") {
  spans("Cllr. O. Williams (Chair), Cllr. K. Howell", {{0, 25}, {27, 42}});
  // A shared title is not part of the element that takes it.
  spans("Councillors Kay and Gibson", {{0, 15}, {20, 26}});
}

TEST_CASE("the output vector is cleared and reused", "[grammar][name_list]") {
  std::vector<listed_name> out;
  CHECK(match_name_list("Smith, Jones and Brown", out) == 22);
  CHECK(out.size() == 3);
  CHECK(match_name_list("Andrea Kay", out) == 10);
  REQUIRE(out.size() == 1);
  CHECK(out[0].name == "Andrea Kay");
}

TEST_CASE("not lists", "[grammar][name_list]") {
  rejects("");
  rejects("the board");
  rejects("(Chair)");
  rejects(", Smith");
  rejects(" and Smith");
  rejects("and Smith");
  rejects(" Smith");
  rejects("Director of Finance");
  rejects("Councillors and officers");
  rejects("123 Smith");
  rejects("– Smith");
  rejects("Mr");
  rejects("Mr & Mrs");
  rejects("Mr & the Clerk");
  rejects(".");
  rejects("@");
  rejects("van Gogh");
  rejects("Lancashire County Council Corporate Parenting Board Members");
}

TEST_CASE("a long list takes linear time", "[grammar][name_list]") {
  std::string in = "Councillors Smith";
  for (int i = 0; i < 100000; ++i) in += ", Jones";
  in += " and Brown. The Board";
  std::vector<listed_name> out;
  auto const start = std::chrono::steady_clock::now();
  CHECK(match_name_list(in, out) == in.size() - 11);
  auto const elapsed = std::chrono::steady_clock::now() - start;
  CHECK(out.size() == 100002);
  CHECK(out.back().honorific == "Councillors");
  CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("name_list rule serves other grammars", "[grammar][name_list]") {
  namespace x3 = boost::spirit::x3;
  std::string_view const in = "Councillors Kay and Gibson for an update";
  const char* first = in.data();
  boost::iterator_range<const char*> extent;
  CHECK(x3::parse(first, in.data() + in.size(), x3::raw[minutes::grammar::name_list()], extent));
  CHECK(extent.size() == 26);
  CHECK_FALSE(x3::parse(first = in.data() + 12, in.data() + in.size(),
                        x3::raw[minutes::grammar::name_list()] >> x3::eoi, extent));
}
