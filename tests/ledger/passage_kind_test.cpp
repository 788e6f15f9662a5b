// Unit tests of what a later passage says about an earlier action (ledger/passage_kind.hpp):
// each rule with sentences it accepts and sentences it must leave alone.
#include <catch2/catch.hpp>

#include <string>

#include "ledger/passage_kind.hpp"

using minutes::ledger::kind_of;
using minutes::ledger::kind_of_row;

TEST_CASE("passage kind: the action's own verb in the past is done, unless negated") {
  CHECK(kind_of("The Clerk wrote to the District Council on 3 May.",
                "write to the District Council") == "done");
  CHECK(kind_of("She had reported the pothole on Mill Lane.", "report it to County Highways") ==
        "done");
  // A negation a few words before the verb: not done.
  CHECK(kind_of("The County's schedule still hasn't been published.",
                "circulate the schedule when it is published") == "reported");
  CHECK(kind_of("The County has still not published its schedule.",
                "circulate the schedule when it is published") == "reported");
  CHECK(kind_of("Claire said the comparison is about half done.",
                "send a comparison of the rules") == "reported");
  CHECK(kind_of("The County hasn\xE2\x80\x99t published its schedule.",
                "circulate the schedule when it is published") == "reported");
}

TEST_CASE("passage kind: a perfect or passive with a participle that is also the base form") {
  CHECK(kind_of("The lights were put up by the Chamber of Trade on 30 November.",
                "arrange for the lights to be put up") == "done");
  CHECK(kind_of("The new rota has been set.", "agree a rota") == "done");
}

TEST_CASE("passage kind: a participle with its agent, the auxiliary left out") {
  CHECK(kind_of("Planting list - circulated by Mrs Penrose on 8 March, members happy with it.",
                "draw up a planting list") == "done");
  CHECK(kind_of("Signs installed by the contractor.", "order new signs") == "done");
  // A verb of saying with its agent reports words, not work; nor is "by" after a noun a passive.
  CHECK(kind_of("Concerns about the signs were reported by Cllr Reed.", "order new signs") ==
        "reported");
  CHECK(kind_of("The walk by Mill Lane is popular.", "order new signs") == "reported");
}

TEST_CASE("passage kind: a report given completes a reporting task, and only that") {
  CHECK(kind_of("The Officer presented his report on alternatives to glyphosate.",
                "report on the costs of weed control") == "done");
  CHECK(kind_of("The Officer presented his report on alternatives to glyphosate.",
                "obtain quotes for weed control") == "reported");
  // Still pending: reported on, not done.
  CHECK(kind_of("The Officer reported that the costs are still awaited.",
                "report on the costs of weed control") == "reported");
}

TEST_CASE("passage kind: action-log rows speak in their last column") {
  CHECK(kind_of_row("23/71\tCosted plan\tGT/OB\t10/01/2024\tOpen", "prepare a costed plan") ==
        "mentioned");
  CHECK(kind_of_row("23/72\tReport\tOB\t17/01/2024\tOpen - deferred", "report on costs") ==
        "reported");
  CHECK(kind_of_row("23/60\tSigns\tNF\t-\tComplete", "order signs") == "done");
}
