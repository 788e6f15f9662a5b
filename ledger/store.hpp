// Writing one parsed document into the ledger's document tables, and asking what is there.
#pragma once

#include <optional>
#include <string>

#include "ledger/sqlite.hpp"
#include "model/document.hpp"

namespace minutes::ledger {

// The sha256 the ledger holds for `path`, if it holds that file.
std::optional<std::string> stored_sha256(database& db, const std::string& path);

// The path under which the ledger holds a document with these bytes, if any.
std::optional<std::string> stored_path_of(database& db, const std::string& sha256);

// Replaces whatever the ledger holds for `doc.from.path` with `doc`, in one transaction: a
// build killed meanwhile leaves either the old document or the new one, never half of one.
// False, and nothing changed, when the ledger holds the same bytes under another path
// (stored_path_of says which).
bool store_document(database& db, const model::document& doc);

// Removes the document held for `path` (its file is gone).
void remove_document(database& db, const std::string& path);

}  // namespace minutes::ledger
