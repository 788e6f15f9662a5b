// Encoding detection (ingest stage). Order matters: marks are certain, UTF-16 without a mark
// shows as NUL bytes in every other position, UTF-8 validity is cheap and almost never
// wrong, and only what remains is handed to ICU's statistical detector.
#include "parser/ingest/encoding.hpp"

#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

#include "parser/swar.hpp"

namespace minutes::parser {
namespace {

// Detection looks at the first 64 KiB: enough for any heuristic, bounded for huge files.
constexpr std::size_t sample_limit = 64 * 1024;

struct magic {
  std::string_view bytes;
  const char* reason;
};
// Formats that are recognisable by their first bytes and are not text.
constexpr std::array<magic, 7> known_magic{{
    {"\xD0\xCF\x11\xE0", "a legacy Word/OLE document (.doc); save it as DOCX or text"},
    {"{\\rtf", "an RTF document; save it as DOCX or text"},
    {"\x89PNG", "a PNG image, not text"},
    {"\xFF\xD8\xFF", "a JPEG image, not text"},
    {"GIF8", "a GIF image, not text"},
    {"\x7F"
     "ELF",
     "an executable, not text"},
    {"\x1F\x8B", "a gzip archive, not text"},
}};

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// UTF-16 without a mark: most text is ASCII, so one byte of each pair is NUL.
std::optional<encoding_family> utf16_by_nuls(std::string_view sample) {
  std::size_t even = 0, odd = 0, pairs = sample.size() / 2;
  if (pairs < 2) return std::nullopt;
  for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
    even += sample[i] == '\0';
    odd += sample[i + 1] == '\0';
  }
  if (odd * 10 > pairs * 6 && even * 10 < pairs) return encoding_family::utf16le;
  if (even * 10 > pairs * 6 && odd * 10 < pairs) return encoding_family::utf16be;
  return std::nullopt;
}

// True when more than 1 byte in 20 of the sample is a control byte (other than tab, line
// breaks and form feed). Text holds next to none; compressed or encrypted data, whose bytes
// are as good as random, holds 29 in 256 (11.3 %). At a limit of 10 %, one random 4 KB file
// in 300 fell under it and was read as Windows-1252 text.
bool looks_binary(std::string_view sample) {
  std::size_t controls = 0;
  for (unsigned char c : sample)
    controls += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  return controls * 20 > sample.size();
}

// True when no byte of `s` is a control byte other than tab, line feed, carriage return and
// form feed: eight bytes at a time, looking closer only at the eight that hold a byte below
// 0x20 (a line break, mostly) or 0x7F.
bool text_bytes_only(std::string_view s) {
  auto allowed = [](unsigned char c) {
    return !((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F);
  };
  std::size_t i = 0;
  if constexpr (swar::little_endian) {
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t x = swar::load(s.data() + i);
      if (!(swar::bytes_between(x, 0, 0x1F) | swar::bytes_equal(x, 0x7F))) continue;
      for (std::size_t k = i; k < i + 8; ++k)
        if (!allowed(static_cast<unsigned char>(s[k]))) return false;
    }
  }
  for (; i < s.size(); ++i)
    if (!allowed(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

std::string icu_guess(std::string_view sample) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                 &ucsdet_close);
  if (U_FAILURE(status)) return "windows-1252";
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "windows-1252";
  std::string name = ucsdet_getName(match, &status);
  // ISO-8859-1 text in archives is nearly always Windows-1252 (smart quotes in 0x80–0x9F).
  if (U_FAILURE(status) || name == "ISO-8859-1" || name == "UTF-8") return "windows-1252";
  return name;
}

}  // namespace

// Length of the UTF-8 sequence at p (1–4), or 0 when the bytes there are not well-formed.
int utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
  unsigned char c = *p;
  if (c < 0x80) return 1;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
  if (extra < 0 || c > 0xF4 || end - p <= extra) return 0;
  for (int k = 1; k <= extra; ++k)
    if ((p[k] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
  if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
  if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
  if (c == 0xF4 && p[1] >= 0x90) return 0;  // beyond U+10FFFF
  return extra + 1;
}

bool valid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    // ASCII fast path: eight bytes at a time.
    while (end - p >= 8 && !(swar::load(reinterpret_cast<const char*>(p)) & swar::highs)) p += 8;
    if (p == end) break;
    int n = utf8_sequence_length(p, end);
    if (n == 0) return false;
    p += n;
  }
  return true;
}

std::optional<detected_encoding> detect_encoding(std::string_view bytes, parse_failure& why) {
  if (starts_with(bytes, "\xEF\xBB\xBF"))
    return detected_encoding{encoding_family::utf8, "UTF-8", 3};
  if (starts_with(bytes, "\xFF\xFE"))
    return detected_encoding{encoding_family::utf16le, "UTF-16LE", 2};
  if (starts_with(bytes, "\xFE\xFF"))
    return detected_encoding{encoding_family::utf16be, "UTF-16BE", 2};
  for (const auto& m : known_magic) {
    if (starts_with(bytes, m.bytes)) {
      bool document = m.bytes == "\xD0\xCF\x11\xE0" || m.bytes == "{\\rtf";
      why = {document ? failure::unsupported_format : failure::binary,
             std::string("this is ") + m.reason};
      return std::nullopt;
    }
  }
  std::string_view sample = bytes.substr(0, sample_limit);
  // The common case: no NUL and no other control byte, so neither UTF-16 nor binary.
  if (!text_bytes_only(sample)) {
    if (auto family = utf16_by_nuls(sample)) {
      return detected_encoding{*family,
                               *family == encoding_family::utf16le ? "UTF-16LE" : "UTF-16BE", 0};
    }
    if (looks_binary(sample)) {
      why = {failure::binary, "binary data, not text in any known encoding"};
      return std::nullopt;
    }
  }
  if (valid_utf8(bytes)) return detected_encoding{encoding_family::utf8, "UTF-8", 0, true};
  // UTF-8 with a few damaged bytes stays UTF-8 (they are replaced and reported); text whose
  // high bytes are mostly not UTF-8 sequences is a legacy 8-bit encoding.
  std::size_t sequences = 0, invalid = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
  const auto* end = p + sample.size();
  while (p < end) {
    int n = utf8_sequence_length(p, end);
    if (n == 0) {
      ++invalid;
      ++p;
    } else {
      sequences += n > 1;
      p += n;
    }
  }
  if (sequences > invalid) return detected_encoding{encoding_family::utf8, "UTF-8", 0};
  return detected_encoding{encoding_family::legacy, icu_guess(sample), 0};
}

}  // namespace minutes::parser
