// JSON text written directly (see json_writer.hpp). The layout rules are nlohmann's
// serializer's with indent 2: an empty object or array is "{}" / "[]"; otherwise each member
// or element stands on its own line, indented two spaces per level, separated by ",", and
// the closing bracket returns to the parent's indent. Compact output is the same with no line
// breaks, no indents and no space after ":".
#include "exporters/json/json_writer.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace minutes::exporters {
namespace {

// True when `s` is well-formed UTF-8 (RFC 3629: no overlong forms, surrogates or code points
// past U+10FFFF), the strings nlohmann's serializer copies as they are.
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = b >= 0xC2 && b <= 0xDF   ? 2
                    : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || i + n > s.size()) return false;
    auto c1 = static_cast<unsigned char>(s[i + 1]);
    unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
    if (b == 0xE0) lo = 0xA0;            // overlong
    if (b == 0xED) hi = 0x9F;            // surrogates
    if (b == 0xF0) lo = 0x90;            // overlong
    if (b == 0xF4) hi = 0x8F;            // past U+10FFFF
    if (c1 < lo || c1 > hi) return false;
    for (std::size_t k = 2; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// Appends `s` quoted and escaped as nlohmann's dump_escaped does with ensure_ascii off:
// the short escapes, \u00xx for other control characters, every other byte as it is.
// Printable ASCII with no quote or backslash: written as it is, without the UTF-8 check.
// Eight bytes at a time: block texts are most of the output.
constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;

// True when one of the eight bytes of `x` needs an escape: below 0x20, '"' or '\\'.
bool needs_escape(std::uint64_t x) {
  auto has_zero_byte = [](std::uint64_t y) { return (y - ones) & ~y & highs; };
  std::uint64_t below_space = (x - 0x20 * ones) & ~x & highs;
  return below_space | has_zero_byte(x ^ ('"' * ones)) | has_zero_byte(x ^ ('\\' * ones));
}

bool plain(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if ((x & highs) || needs_escape(x)) return false;
  }
  for (; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') return false;
  }
  return true;
}

// Writes `s` quoted and escaped from `to` on, as nlohmann's dump_escaped does with
// ensure_ascii off: the short escapes, \u00xx for other control characters, every other byte
// as it is. Needs room for 6 bytes per byte of `s`, and 2. Returns the end of what it wrote.
char* write_escaped(char* to, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  *to++ = '"';
  // Eight bytes at a time where none needs an escape (most of a text), byte by byte where
  // one does.
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      std::uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if (!needs_escape(x)) {
        std::memcpy(to, &x, 8);
        to += 8;
        i += 8;
        continue;
      }
    }
    char ch = s[i++];
    auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != '"' && c != '\\') {
      *to++ = ch;
      continue;
    }
    *to++ = '\\';
    switch (c) {
      case '\b':
        *to++ = 'b';
        break;
      case '\t':
        *to++ = 't';
        break;
      case '\n':
        *to++ = 'n';
        break;
      case '\f':
        *to++ = 'f';
        break;
      case '\r':
        *to++ = 'r';
        break;
      case '"':
      case '\\':
        *to++ = ch;
        break;
      default:
        for (char d : {'u', '0', '0', hex[c >> 4], hex[c & 0xF]}) *to++ = d;
    }
  }
  *to++ = '"';
  return to;
}

}  // namespace

void json_writer::begin_object() {
  open('{');
}
void json_writer::end_object() {
  close('}');
}
void json_writer::begin_array() {
  open('[');
}
void json_writer::end_array() {
  close(']');
}

void json_writer::key(std::string_view k) {
  assert(plain(k));  // keys are the program's own names, written as they are
  level& l = levels_.back();
  bool comma = !l.empty;
  l.empty = false;
  // The separator, line break, indent and key in one piece: keys are a third of the output's
  // pieces.
  char* to = room(1 + 1 + 2 * levels_.size() + k.size() + 4);
  char* const first = to;
  if (comma) *to++ = ',';
  to = write_line_break(to);
  *to++ = '"';
  std::memcpy(to, k.data(), k.size());
  to += k.size();
  *to++ = '"';
  *to++ = ':';
  if (!compact_) *to++ = ' ';
  length_ += static_cast<std::size_t>(to - first);
}

void json_writer::null() {
  before_value();
  put("null");
  done_if_top_level();
}

void json_writer::string(std::string_view s) {
  before_value();
  put_escaped(s);
  done_if_top_level();
}

void json_writer::boolean(bool b) {
  before_value();
  put(b ? "true" : "false");
  done_if_top_level();
}

void json_writer::number(long long n) {
  before_value();
  constexpr std::size_t digits_max = 24;
  char* at = room(digits_max);
  length_ += static_cast<std::size_t>(std::to_chars(at, at + digits_max, n).ptr - at);
  done_if_top_level();
}

void json_writer::open(char bracket) {
  before_value();
  put(std::string_view(&bracket, 1));
  levels_.push_back({bracket == '[', true});
}

void json_writer::close(char bracket) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) line_break();
  put(std::string_view(&bracket, 1));
  done_if_top_level();
}

void json_writer::before_value() {
  if (levels_.empty() || !levels_.back().array) return;  // a member's key placed it
  level& l = levels_.back();
  if (!l.empty) put(",");
  l.empty = false;
  line_break();
}

void json_writer::line_break() {
  char* to = room(1 + 2 * levels_.size());
  length_ += static_cast<std::size_t>(write_line_break(to) - to);
}

char* json_writer::write_line_break(char* to) const {
  if (compact_) return to;
  std::size_t spaces = 2 * levels_.size();
  *to++ = '\n';
  // A fixed-size copy is a few moves where memset is a call: the model nests eight levels at
  // most, and room() keeps indent_room bytes spare past every piece for it.
  static constexpr char blanks[indent_room + 1] = "                                ";
  if (spaces <= indent_room)
    std::memcpy(to, blanks, indent_room);
  else
    std::memset(to, ' ', spaces);
  return to + spaces;
}

void json_writer::grow(std::size_t n) {
  constexpr std::size_t first_size = 64 * 1024;  // a typical document's JSON, in one go
  std::size_t capacity = std::max({2 * capacity_, length_ + n, first_size});
  auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
  if (length_) std::memcpy(bigger.get(), buf_.get(), length_);
  buf_ = std::move(bigger);
  capacity_ = capacity;
}

void json_writer::put(std::string_view piece) {
  std::memcpy(room(piece.size()), piece.data(), piece.size());
  length_ += piece.size();
}

void json_writer::put(std::initializer_list<std::string_view> pieces) {
  std::size_t n = 0;
  for (std::string_view p : pieces) n += p.size();
  char* to = room(n);
  for (std::string_view p : pieces) {
    std::memcpy(to, p.data(), p.size());
    to += p.size();
  }
  length_ += n;
}

void json_writer::put_escaped(std::string_view s) {
  if (plain(s)) {
    put({"\"", s, "\""});
  } else if (valid_utf8(s)) {
    char* at = room(6 * s.size() + 2);  // every byte a \u00xx at worst, and the quotes
    length_ += static_cast<std::size_t>(write_escaped(at, s) - at);
  } else {
    // Ingest repairs bad bytes, so this does not happen; if it does, nlohmann's replacement
    // rules apply, as before.
    put(nlohmann::json(std::string(s))
            .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

void json_writer::done_if_top_level() {
  if (!levels_.empty()) return;
  out_.reserve(out_.size() + length_ + 1);  // and the line break exporters end with
  out_.append(buf_.get(), length_);
  length_ = 0;
}

}  // namespace minutes::exporters
