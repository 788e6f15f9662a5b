// Ingest stage: splits the original bytes into lines in their own encoding (so every line
// knows its byte range), decodes each line to UTF-8 into one reused scratch buffer, and
// appends its normalised content to the single text buffer.
#include "parser/ingest/ingest.hpp"
#include "parser/text.hpp"

#include <nettle/sha2.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <cstdint>
#include <cstring>
#include <memory>

#include "parser/ingest/encoding.hpp"
#include "parser/ingest/normalise.hpp"

namespace minutes::parser {
namespace {

constexpr const char* replacement = "\xEF\xBF\xBD";  // U+FFFD

// Decodes one line of the original bytes to UTF-8, counting what had to be replaced.
class line_decoder {
 public:
  explicit line_decoder(const detected_encoding& enc) : enc_(enc) {
    if (enc.family == encoding_family::legacy) {
      UErrorCode status = U_ZERO_ERROR;
      converter_.reset(ucnv_open(enc.name.c_str(), &status));
      if (U_FAILURE(status)) converter_.reset(ucnv_open("windows-1252", &status));
    }
  }

  std::size_t replaced() const { return replaced_; }

  // Returns the line as UTF-8: a view of `raw` itself when it already is, else of scratch.
  std::string_view decode(std::string_view raw) {
    switch (enc_.family) {
      case encoding_family::utf8:
        return enc_.checked ? raw : decode_utf8(raw);
      case encoding_family::utf16le:
      case encoding_family::utf16be:
        return decode_utf16(raw, enc_.family == encoding_family::utf16be);
      case encoding_family::legacy:
        return decode_legacy(raw);
    }
    return raw;
  }

 private:
  std::string_view decode_utf8(std::string_view raw) {
    const auto* begin = reinterpret_cast<const unsigned char*>(raw.data());
    const auto* end = begin + raw.size();
    const auto* p = begin;
    while (p < end && utf8_sequence_length(p, end) != 0) p += utf8_sequence_length(p, end);
    if (p == end) return raw;  // the common case: nothing to repair, no copy
    scratch_.assign(raw.data(), static_cast<std::size_t>(p - begin));
    while (p < end) {
      int n = utf8_sequence_length(p, end);
      if (n == 0) {
        scratch_ += replacement;
        ++replaced_;
        ++p;
      } else {
        scratch_.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        p += n;
      }
    }
    return scratch_;
  }

  std::string_view decode_utf16(std::string_view raw, bool big_endian) {
    scratch_.clear();
    auto unit = [&](std::size_t i) -> char32_t {
      auto a = static_cast<unsigned char>(raw[i]), b = static_cast<unsigned char>(raw[i + 1]);
      return big_endian ? (a << 8 | b) : (b << 8 | a);
    };
    std::size_t i = 0;
    for (; i + 1 < raw.size(); i += 2) {
      char32_t u = unit(i);
      if (u >= 0xD800 && u <= 0xDBFF && i + 3 < raw.size()) {
        char32_t low = unit(i + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          text::append_utf8(scratch_, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
          i += 2;
          continue;
        }
      }
      if (u >= 0xD800 && u <= 0xDFFF) {
        scratch_ += replacement;
        ++replaced_;
      } else {
        text::append_utf8(scratch_, u);
      }
    }
    if (i < raw.size()) {  // a truncated final code unit
      scratch_ += replacement;
      ++replaced_;
    }
    return scratch_;
  }

  std::string_view decode_legacy(std::string_view raw) {
    scratch_.clear();
    if (!converter_) return raw;
    units_.resize(raw.size() * 2 + 2);
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = ucnv_toUChars(converter_.get(), units_.data(), static_cast<int32_t>(units_.size()),
                              raw.data(), static_cast<int32_t>(raw.size()), &status);
    if (U_FAILURE(status)) return raw;
    for (int32_t k = 0; k < n; ++k) {
      char32_t u = units_[static_cast<std::size_t>(k)];
      if (U16_IS_LEAD(u) && k + 1 < n && U16_IS_TRAIL(units_[static_cast<std::size_t>(k) + 1])) {
        u = U16_GET_SUPPLEMENTARY(u, units_[static_cast<std::size_t>(++k)]);
      }
      if (u == 0xFFFD || u == 0x1A) ++replaced_;
      text::append_utf8(scratch_, u == 0x1A ? 0xFFFD : u);
    }
    return scratch_;
  }

  detected_encoding enc_;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter_{nullptr, &ucnv_close};
  std::string scratch_;
  std::vector<UChar> units_;
  std::size_t replaced_ = 0;
};

// Finds the end of the line starting at `pos` and the start of the next one. Line breaks
// are LF, CRLF or a lone CR, in code units of `width` bytes (2 for UTF-16). `next_lf`
// remembers where the next LF is (npos: not looked for yet) for calls with a growing `pos`:
// searched again for every line, a file of CR-only lines was read to its end once per line.
struct line_break {
  std::size_t end;   // one past the line's last byte
  std::size_t next;  // first byte of the next line
};
line_break find_break(std::string_view s, std::size_t pos, int width, bool big_endian,
                      std::size_t& next_lf) {
  auto unit_is = [&](std::size_t i, char c) {
    if (width == 1) return s[i] == c;
    return big_endian ? (s[i] == 0 && s[i + 1] == c) : (s[i] == c && s[i + 1] == 0);
  };
  const std::size_t w = static_cast<std::size_t>(width);
  if (width == 1) {
    // Byte fast path: memchr for the LF, then for a CR before it (CR-only files are rare, but
    // a CR ends a line wherever it stands).
    const char* first = s.data() + pos;
    if (next_lf == std::string_view::npos || next_lf < pos) {
      const void* lf = std::memchr(first, '\n', s.size() - pos);
      next_lf = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - s.data()) : s.size();
    }
    const std::size_t before_lf = next_lf - pos;
    const void* cr = std::memchr(first, '\r', before_lf);
    std::size_t i =
        pos + (cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - first) : before_lf);
    if (i == s.size()) return {s.size(), s.size()};
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') return {i, i + 2};
    return {i, i + 1};
  }
  for (std::size_t i = pos; i + w <= s.size(); i += w) {
    if (unit_is(i, '\n')) return {i, i + w};
    if (unit_is(i, '\r')) {
      if (i + 2 * w <= s.size() && unit_is(i + w, '\n')) return {i, i + 2 * w};
      return {i, i + w};
    }
  }
  return {s.size(), s.size()};
}

model::diagnostic whole_document(std::string code, std::string message) {
  model::diagnostic d;
  d.level = model::severity::warning;
  d.code = std::move(code);
  d.message = std::move(message);
  return d;
}

}  // namespace

std::optional<source_text> ingest_text(std::string bytes, parse_failure& why) {
  source_text out;
  out.original = std::move(bytes);
  std::string_view raw(out.original);
  if (raw.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    why = {failure::empty, raw.empty() ? "the file is empty" : "the file holds only whitespace"};
    return std::nullopt;
  }
  auto enc = detect_encoding(raw, why);
  if (!enc) return std::nullopt;
  out.encoding = enc->name;

  const int width =
      enc->family == encoding_family::utf16le || enc->family == encoding_family::utf16be ? 2 : 1;
  const bool big_endian = enc->family == encoding_family::utf16be;
  line_decoder decoder(*enc);
  normalise_stats stats;
  out.text.reserve(raw.size() + raw.size() / 16);
  out.lines.reserve(raw.size() / 40 + 1);

  std::size_t pos = enc->bom, next_lf = std::string_view::npos;
  while (pos < raw.size()) {
    line_break br = find_break(raw, pos, width, big_endian, next_lf);
    line_info info;
    info.byte_begin = pos;
    info.byte_end = br.end;
    normalise_line(decoder.decode(raw.substr(pos, br.end - pos)), out.text, info, stats);
    out.text.push_back('\n');
    out.lines.push_back(info);
    pos = br.next;
  }
  if (decoder.replaced() > 0) {
    out.diagnostics.push_back(
        whole_document("ingest.invalid-bytes", std::to_string(decoder.replaced()) +
                                                   " byte sequence(s) were not valid " + enc->name +
                                                   " and were replaced with U+FFFD"));
  }
  if (stats.nuls > 0) {
    out.diagnostics.push_back(whole_document(
        "ingest.nul-bytes", std::to_string(stats.nuls) + " NUL character(s) were removed"));
  }
  if (stats.controls > 0) {
    out.diagnostics.push_back(whole_document(
        "ingest.control-characters",
        std::to_string(stats.controls) + " control character(s) were read as spaces"));
  }
  bool any_text = false;
  for (std::size_t i = 0; i < out.lines.size() && !any_text; ++i) any_text = !out.blank(i);
  if (!any_text) {
    why = {failure::empty, "the file holds no readable text"};
    return std::nullopt;
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&context, SHA256_DIGEST_SIZE, digest);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * SHA256_DIGEST_SIZE);
  for (std::uint8_t c : digest) {
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return out;
}

}  // namespace minutes::parser
