// JSON text written directly (see json_writer.hpp). The layout rules are nlohmann's
// serializer's with indent 2: an empty object or array is "{}" / "[]"; otherwise each member
// or element stands on its own line, indented two spaces per level, separated by ",", and
// the closing bracket returns to the parent's indent. Compact output is the same with no line
// breaks, no indents and no space after ":".
#include "exporters/json/json_writer.hpp"

#include <algorithm>
#include <charconv>
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
void append_escaped(std::string& out, std::string_view s) {
  // Keys and most values are printable ASCII with no quote or backslash: one pass proves it,
  // and they are copied whole, without the UTF-8 check and the escaping loop below.
  auto plain = [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b >= 0x20 && b < 0x80 && b != '"' && b != '\\';
  };
  if (std::all_of(s.begin(), s.end(), plain)) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  if (!valid_utf8(s)) {
    // Ingest repairs bad bytes, so this does not happen; if it does, nlohmann's replacement
    // rules apply, as before.
    out += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
    }
  }
  out.append(s, run, s.size() - run);
  out += '"';
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
  level& l = levels_.back();
  if (!l.empty) out_ += ',';
  l.empty = false;
  line_break();
  append_escaped(out_, k);
  out_ += compact_ ? ":" : ": ";
}

void json_writer::null() {
  before_value();
  out_ += "null";
}

void json_writer::string(std::string_view s) {
  before_value();
  append_escaped(out_, s);
}

void json_writer::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void json_writer::number(long long n) {
  before_value();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
  out_.append(buf, end);
}

void json_writer::open(char bracket) {
  before_value();
  out_ += bracket;
  levels_.push_back({bracket == '[', true});
}

void json_writer::close(char bracket) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) line_break();
  out_ += bracket;
}

void json_writer::before_value() {
  if (levels_.empty() || !levels_.back().array) return;  // a member's key placed it
  level& l = levels_.back();
  if (!l.empty) out_ += ',';
  l.empty = false;
  line_break();
}

void json_writer::line_break() {
  if (compact_) return;
  out_ += '\n';
  out_.append(2 * levels_.size(), ' ');
}

}  // namespace minutes::exporters
