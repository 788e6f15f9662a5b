// Text for the HTML pages (see html_text.hpp). The escaping loop copies runs of plain bytes
// whole and decodes only what is not plain ASCII, so a page costs little more than its text.
#include "exporters/html/html_text.hpp"

#include <algorithm>
#include <charconv>

namespace minutes::exporters::html {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The characters that would read as markup, and the references that stand for them.
constexpr std::string_view markup = "&<>\"'";
constexpr std::string_view references[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

// Printable ASCII that needs no reference in text or in a double-quoted attribute.
bool plain(unsigned char c) {
  return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

// Decodes the UTF-8 sequence at p into `cp` and returns its length. A malformed sequence
// returns minus the length of its longest well-formed start (at least 1), which stands for one
// U+FFFD, as browsers and Unicode's "maximal subpart" practice count them.
// Assumes p < end and *p >= 0x80.
int decode(const unsigned char* p, const unsigned char* end, char32_t& cp) {
  const unsigned char lead = *p;
  if (lead < 0xC2 || lead > 0xF4) return -1;
  const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  cp = lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    if (p + k == end || p[k] < low || p[k] > high) return -k;
    cp = (cp << 6) | (p[k] & 0x3F);
    low = 0x80;
    high = 0xBF;
  }
  return length;
}

// Code points an HTML parser reports as errors in the input stream: C1 controls and
// noncharacters (U+FDD0–U+FDEF and the last two of every plane).
bool html_forbidden(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

// The visible picture of an ASCII control character: U+2400 + c, U+2421 for DEL.
void append_control_picture(std::string& out, unsigned char c) {
  const unsigned picture = c == 0x7F ? 0x2421 : 0x2400 + c;
  out += static_cast<char>(0xE0 | (picture >> 12));
  out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
  out += static_cast<char>(0x80 | (picture & 0x3F));
}

}  // namespace

void append_text(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const auto* run = p;
    while (p < end && plain(*p)) ++p;
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    if (p == end) break;
    const unsigned char c = *p;
    if (c < 0x80) {
      if (std::size_t k = markup.find(static_cast<char>(c)); k != std::string_view::npos)
        out += references[k];
      else if (c == '\t' || c == '\n')
        out += static_cast<char>(c);
      else
        append_control_picture(out, c);
      ++p;
      continue;
    }
    char32_t cp = 0;
    const int length = decode(p, end, cp);
    const auto bytes = static_cast<std::size_t>(length < 0 ? -length : length);
    if (length < 0 || html_forbidden(cp))
      out += replacement;
    else
      out.append(reinterpret_cast<const char*>(p), bytes);
    p += bytes;
  }
}

void append_number(std::string& out, std::size_t n) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, static_cast<std::size_t>(end - digits));
}

std::size_t count_lines(std::string_view source) {
  std::size_t lines = static_cast<std::size_t>(std::count(source.begin(), source.end(), '\n'));
  return lines + (!source.empty() && source.back() != '\n' ? 1 : 0);
}

void open_fact(std::string& out, const model::span& s, std::size_t lines, std::string_view id) {
  if (!links_within(s, lines)) {
    out += "<div class=\"f\"";
  } else {
    out += "<a class=\"f\" href=\"#L";
    append_number(out, s.start_line);
    out += '"';
    const std::size_t last = std::min(s.end_line, lines);
    if (last > s.start_line) {
      out += " data-end=\"";
      append_number(out, last);
      out += '"';
    }
  }
  if (!id.empty()) {
    out += " id=\"";
    append_text(out, id);
    out += '"';
  }
  out += '>';
}

void close_fact(std::string& out, const model::span& s, std::size_t lines) {
  out += links_within(s, lines) ? "</a>" : "</div>";
}

void append_line_label(std::string& out, const model::span& s) {
  if (s.empty()) return;
  out += "<span class=\"ln\">L";
  append_number(out, s.start_line);
  if (s.end_line > s.start_line) {
    out += "–";
    append_number(out, s.end_line);
  }
  if (s.page) {
    out += " · p.";
    append_number(out, static_cast<std::size_t>(*s.page));
  }
  out += "</span>";
}

}  // namespace minutes::exporters::html
