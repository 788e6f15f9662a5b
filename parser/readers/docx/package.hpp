// The DOCX container (DOCX reader, step 1 of 3): opens the ZIP package from memory with
// libzip, refuses what is not safe or not a Word document (zip bombs, encrypted entries,
// truncated archives, ZIPs without word/document.xml, password-protected Word files, which
// are OLE compound files), and hands out the XML parts the document reader needs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parser/errors.hpp"

namespace minutes::parser::docx {

// The parts of a Word package that hold minutes text and its structure.
struct package {
  std::string document;   // word/document.xml
  std::string styles;     // word/styles.xml, "" when absent
  std::string numbering;  // word/numbering.xml, "" when absent
};

// Opens the package in `bytes`. Fills `why` and returns nullopt when it cannot be read.
std::optional<package> open_package(std::string_view bytes, parse_failure& why);

// True when `bytes` are an OLE compound file holding an encrypted Office package
// (streams "EncryptionInfo" and "EncryptedPackage"): what Word writes for a DOCX with a
// password to open.
bool encrypted_office_package(std::string_view bytes);

}  // namespace minutes::parser::docx
