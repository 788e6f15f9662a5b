// reference_key: the identifier of a tracked issue or change that opens a line of minutes —
// "ODPI-95 – All agreed to push this out", "#212: merged", "PR 1434 - approved". The line's
// sentence starts after it; extract skips it before reading a decision or a commitment.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "parser/grammar/config.hpp"

namespace minutes::grammar {
namespace rules {
struct reference_key_class;
struct reference_prefix_class;
using reference_key_type = x3::rule<reference_key_class, x3::unused_type>;
using reference_prefix_type = x3::rule<reference_prefix_class, x3::unused_type>;
BOOST_SPIRIT_DECLARE(reference_key_type, reference_prefix_type)
}  // namespace rules

// The key alone: "ODPI-95", "CVE-2024-1234", "#212", "PR 1434", "Issue #7".
rules::reference_key_type const& reference_key();
// The key with the dash or colon after it and the spaces that follow.
rules::reference_prefix_type const& reference_prefix();

// Bytes of a reference key and its separator at the start of `text`, or nullopt.
std::optional<std::size_t> match_reference_prefix(std::string_view text);

}  // namespace minutes::grammar
