// Unit tests of reading action-log rows (ledger/action_log.hpp): references, titles, owners'
// initials, and whether a row's owners may be an action's.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ledger/action_log.hpp"

using minutes::ledger::leading_reference;
using minutes::ledger::owners_agree;
using minutes::ledger::read_log_row;

TEST_CASE("action log: a row's reference, title and owners") {
  auto row = read_log_row("A1\tVisit the three households in arrears\tTA/JC\t15/10/2024\tOpen");
  CHECK(row.reference == "A1");
  CHECK(row.title == "Visit the three households in arrears");
  CHECK(row.owner_initials == std::vector<std::string>{"TA", "JC"});
  // A minute number as the reference; a blank due date; the status left out of the title.
  auto minute = read_log_row("23/71\tCosted plan for community orchard\tGT/OB\t-\tOpen");
  CHECK(minute.reference == "23/71");
  CHECK(minute.title == "Costed plan for community orchard");
  // No reference: the first cell is words.
  auto plain = read_log_row("Book the hall\tNF\tDone");
  CHECK(plain.reference.empty());
  CHECK(plain.title == "Book the hall");
  CHECK(plain.owner_initials == std::vector<std::string>{"NF"});
  // Columns set with spaces too narrow to read as a gap: the reference opens the first cell.
  auto narrow = read_log_row("A15 Prices for replacement washing machine TA\t-\tOpen");
  CHECK(narrow.reference == "A15");
  CHECK(narrow.title == "Prices for replacement washing machine TA");
}

TEST_CASE("action log: a reference opens a sentence, a date or a word does not") {
  CHECK(leading_reference("A13 Roof - scaffolding went up on 10 Feb") == "A13");
  CHECK(leading_reference("AP-2: quotes received") == "AP-2");
  CHECK(leading_reference("23/38 Tansy Lane gully") == "23/38");
  CHECK(leading_reference("15/10/2024 the hall was booked").empty());
  CHECK(leading_reference("Roof - scaffolding went up").empty());
  CHECK(leading_reference("2024 budget").empty());
  CHECK(leading_reference("ABCD12 is too many letters").empty());
}

TEST_CASE("action log: a row's owners may be the action's") {
  auto row = read_log_row("A3\tDamp survey, flat 9\tCF\t\tDone");
  CHECK(owners_agree(row, {"Claire Foden"}));
  CHECK(owners_agree(row, {"Claire"}));  // a first name: its initial fits
  CHECK_FALSE(owners_agree(row, {"Marek Zielinski"}));
  CHECK(owners_agree(read_log_row("A3\tDamp survey\t\tDone"), {"Marek Zielinski"}));
}
