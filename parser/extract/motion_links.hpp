// Motions and resolutions (extract stage): a carried motion is also a resolution. It links to
// the item's resolution that says the same, to a RESOLVED block right after it, to the
// entries it lists ("as follows:", a consent agenda), or adds a resolution of its own.
#pragma once

#include "parser/extract/context.hpp"

namespace minutes::parser {

// Links every carried motion of `cx.motions` to its resolution, adding those that are missing.
void link_resolutions(extract_context& cx);

}  // namespace minutes::parser
