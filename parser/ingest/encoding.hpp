// Encoding detection: byte-order marks, UTF-16 without a mark, valid UTF-8, and ICU charset
// detection for the legacy 8-bit encodings of old archives (Windows-1252 above all).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parser/errors.hpp"

namespace minutes::parser {

enum class encoding_family { utf8, utf16le, utf16be, legacy };

struct detected_encoding {
  encoding_family family = encoding_family::utf8;
  std::string name;      // "UTF-8", "UTF-16LE", "windows-1252", …
  std::size_t bom = 0;   // bytes of byte-order mark to skip
  bool checked = false;  // every byte was found valid UTF-8: decoding need not look again
};

// Decides how `bytes` are encoded, or why they are not text at all.
// Assumes `bytes` is not empty.
std::optional<detected_encoding> detect_encoding(std::string_view bytes, parse_failure& why);

// True when `bytes` is well-formed UTF-8 (ASCII fast path first).
bool valid_utf8(std::string_view bytes);

// Length of the well-formed UTF-8 sequence at p (1–4), or 0 when it is malformed.
// Assumes p < end.
int utf8_sequence_length(const unsigned char* p, const unsigned char* end);

}  // namespace minutes::parser
