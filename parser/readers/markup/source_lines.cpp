// Decoded source for the markup readers (see source_lines.hpp). Valid UTF-8, the common
// case, is used in place; any other input is decoded line by line with ICU, so each decoded
// line knows the original line it came from.
#include "parser/readers/markup/source_lines.hpp"
#include "parser/text.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>

namespace minutes::parser::markup {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// One line of the original: [begin, end) its content, next the first byte after its break.
struct raw_line {
  std::size_t begin, end, next;
};

// Splits `s` from `pos` at LF, CRLF or a lone CR, in code units of `width` bytes.
raw_line next_line(std::string_view s, std::size_t pos, std::size_t width, bool big_endian) {
  auto unit_is = [&](std::size_t i, char c) {
    if (width == 1) return s[i] == c;
    return big_endian ? (s[i] == 0 && s[i + 1] == c) : (s[i] == c && s[i + 1] == 0);
  };
  for (std::size_t i = pos; i + width <= s.size(); i += width) {
    if (unit_is(i, '\n')) return {pos, i, i + width};
    if (unit_is(i, '\r')) {
      if (i + 2 * width <= s.size() && unit_is(i + width, '\n')) return {pos, i, i + 2 * width};
      return {pos, i, i + width};
    }
  }
  return {pos, s.size(), s.size()};
}

// True when `s` holds a CR that is not followed by LF.
bool has_lone_cr(std::string_view s) {
  for (std::size_t i = s.find('\r'); i != std::string_view::npos; i = s.find('\r', i + 1))
    if (i + 1 >= s.size() || s[i + 1] != '\n') return true;
  return false;
}

}  // namespace

std::string repair_utf8(std::string_view bytes, std::size_t& replaced) {
  std::string out;
  out.reserve(bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* end = p + bytes.size();
  while (p < end) {
    int n = utf8_sequence_length(p, end);
    if (n == 0) {
      out += replacement;
      ++replaced;
      ++p;
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
      p += n;
    }
  }
  return out;
}

source_lines::source_lines(std::string_view original, const detected_encoding& enc) {
  const std::size_t bom = std::min(enc.bom, original.size());
  std::string_view body = original.substr(bom);
  if (enc.family == encoding_family::utf8 && valid_utf8(body) && !has_lone_cr(body)) {
    text_ = body;
    for (std::size_t pos = 0;;) {
      raw_line l = next_line(body, pos, 1, false);
      starts_.push_back(pos);
      original_starts_.push_back(bom + l.begin);
      original_ends_.push_back(bom + l.end);
      if (l.next >= body.size()) break;
      pos = l.next;
    }
    return;
  }
  const bool utf16 =
      enc.family == encoding_family::utf16le || enc.family == encoding_family::utf16be;
  const std::size_t width = utf16 ? 2 : 1;
  const bool big_endian = enc.family == encoding_family::utf16be;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(nullptr, &ucnv_close);
  if (enc.family != encoding_family::utf8) {
    UErrorCode status = U_ZERO_ERROR;
    conv.reset(ucnv_open(enc.name.c_str(), &status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      conv.reset(ucnv_open("windows-1252", &status));
    }
  }
  std::vector<UChar> units;
  storage_.reserve(body.size() + body.size() / 8);
  for (std::size_t pos = 0;;) {
    raw_line l = next_line(body, pos, width, big_endian);
    std::string_view raw = body.substr(l.begin, l.end - l.begin);
    starts_.push_back(storage_.size());
    original_starts_.push_back(bom + l.begin);
    original_ends_.push_back(bom + l.end);
    if (!conv) {
      storage_ += repair_utf8(raw, replaced_);
    } else if (!raw.empty()) {
      units.resize(raw.size() * 2 + 2);
      UErrorCode status = U_ZERO_ERROR;
      ucnv_reset(conv.get());
      int32_t n = ucnv_toUChars(conv.get(), units.data(), static_cast<int32_t>(units.size()),
                                raw.data(), static_cast<int32_t>(raw.size()), &status);
      for (int32_t k = 0; U_SUCCESS(status) && k < n; ++k) {
        char32_t u = units[static_cast<std::size_t>(k)];
        if (U16_IS_LEAD(u) && k + 1 < n && U16_IS_TRAIL(units[static_cast<std::size_t>(k) + 1]))
          u = U16_GET_SUPPLEMENTARY(u, units[static_cast<std::size_t>(++k)]);
        // Legacy converters mark unmappable bytes with SUB (U+001A).
        if (u == 0xFFFD || u == 0x1A) {
          ++replaced_;
          u = 0xFFFD;
        }
        text::append_utf8(storage_, u);
      }
    }
    if (l.next >= body.size()) break;
    storage_.push_back('\n');
    pos = l.next;
  }
  text_ = storage_;
}

std::string_view source_lines::line_text(std::size_t line) const {
  if (line >= starts_.size()) return {};
  std::size_t begin = starts_[line];
  std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
  std::string_view t = text_.substr(begin, end - begin);
  while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
  return t;
}

std::size_t source_lines::line_at(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return it == starts_.begin() ? 0 : static_cast<std::size_t>(it - starts_.begin()) - 1;
}

std::size_t source_lines::original_begin(std::size_t line) const {
  return original_starts_[std::min(line, original_starts_.size() - 1)];
}

std::size_t source_lines::original_end(std::size_t line) const {
  return original_ends_[std::min(line, original_ends_.size() - 1)];
}

}  // namespace minutes::parser::markup
