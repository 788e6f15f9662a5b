// People across meetings: one archive person per real person within an organisation's
// series. Full names join when they agree (nicknames allowed: "Andy"/"Andrew"); a surname,
// first name or initials alone joins the one full name it fits among the people of other
// documents (within one document the parser has already joined every form it could, so a
// person of the same document is someone else). When it fits several — two members called
// Holt — it is kept apart as a person of its own and recorded in `ambiguities`, never
// guessed.
#pragma once

#include "ledger/sqlite.hpp"

namespace minutes::ledger {

// Rebuilds archive_people, person_links and ambiguities from the people table.
void derive_people(database& db);

}  // namespace minutes::ledger
