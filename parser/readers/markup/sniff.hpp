// Format sniffing shared by the markup readers' detectors (ingest stage): a bounded ASCII
// view of a file's first bytes, whatever its Unicode encoding, and the tests on it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace minutes::parser::markup {

// Detectors look no further than this into a file: a decision must not cost a full read.
constexpr std::size_t sniff_limit = 4096;

// The first `sniff_limit` bytes with a byte-order mark removed and UTF-16 read as ASCII
// (other code units become '?'); lowercased.
std::string ascii_sample(std::string_view bytes);

// The sample (from ascii_sample) starts, after whitespace, with a doctype for HTML, an
// <html> tag, or an XML declaration followed by one of them.
bool starts_as_html_page(std::string_view sample);

// The path ends with one of the extensions (lowercase, with the dot), in any case.
bool has_extension(std::string_view path, std::initializer_list<std::string_view> extensions);

}  // namespace minutes::parser::markup
