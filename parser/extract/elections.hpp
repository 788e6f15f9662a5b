// Elections (extract stage): "A secret ballot was held: Ama Owusu was elected Secretary",
// "Maisie Oduya elected as Publicity Officer". A vote between candidates is a motion, carried,
// with no mover and no counts; the sentence that names the winner is its text.
#pragma once

#include "parser/extract/context.hpp"

namespace minutes::parser {

// Adds a pending motion for each election the items record, unless a motion already covers
// the sentence.
void find_elections(extract_context& cx);

}  // namespace minutes::parser
