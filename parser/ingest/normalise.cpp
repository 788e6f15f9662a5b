// Line normalisation (ingest stage). ASCII goes through a byte loop; only lines holding
// non-ASCII characters pay for code-point decoding, and only lines that are not already in
// NFC pay for ICU normalisation.
#include "parser/ingest/normalise.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <cstdint>

#include "parser/swar.hpp"

namespace minutes::parser {
namespace {

// Spaces it takes to make a column gap: sentence spacing ("record.  There") is two.
constexpr int column_gap_width = 4;

// What a character becomes in normalised text.
enum class char_class { keep, space, drop, single_quote, double_quote };

char32_t decode(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += n;
  return cp;
}

char_class classify(char32_t cp) {
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return char_class::space;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return char_class::drop;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return char_class::single_quote;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return char_class::double_quote;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return char_class::space;
  if (cp >= 0x0080 && cp <= 0x009F) return char_class::space;  // C1 controls
  return char_class::keep;
}

bool is_space_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return true;
  if (c < 0x80) return false;
  std::size_t j = i;
  char32_t cp = decode(s, j);
  return classify(cp) == char_class::space || classify(cp) == char_class::drop;
}

std::size_t skip_spaces(std::string_view s, std::size_t i, std::uint16_t* columns) {
  while (i < s.size() && is_space_at(s, i)) {
    unsigned char c = s[i];
    if (columns) *columns += c == '\t' ? 4 : 1;
    if (c < 0x80) {
      ++i;
    } else {
      decode(s, i);
    }
  }
  return i;
}

// Recognises a bullet glyph at s[i]; returns its kind and advances i past it.
bullet_glyph match_bullet(std::string_view s, std::size_t& i) {
  if (i >= s.size()) return bullet_glyph::none;
  unsigned char c = s[i];
  if (c < 0x80) {
    // ASCII bullets need a space after them: "o Item", "- item", "* item".
    bullet_glyph g = c == 'o'                 ? bullet_glyph::hollow
                     : c == '-'               ? bullet_glyph::dash
                     : (c == '*' || c == '+') ? bullet_glyph::star
                                              : bullet_glyph::none;
    if (g != bullet_glyph::none && is_space_at(s, i + 1)) {
      ++i;
      return g;
    }
    return bullet_glyph::none;
  }
  std::size_t j = i;
  char32_t cp = decode(s, j);
  bullet_glyph g = bullet_glyph::none;
  bool needs_space = false;
  switch (cp) {
    case 0x00B7:
    case 0x2022:
    case 0x25CF:
    case 0x2219:
    case 0x2023:
    case 0x2043:
    case 0xF0B7:
      g = bullet_glyph::dot;
      break;
    case 0x25E6:
    case 0x25CB:
    case 0xF06F:
      g = bullet_glyph::hollow;
      break;
    case 0x25AA:
    case 0x25A0:
    case 0x25A1:
    case 0x25AB:
    case 0xF0A7:
    case 0xF0FC:
      g = bullet_glyph::square;
      break;
    case 0x27A2:
    case 0x27A4:
    case 0x25BA:
    case 0x2192:
    case 0xF0D8:
    case 0xF0E0:
      g = bullet_glyph::arrow;
      break;
    case 0x00D8:  // Ø: Word's Wingdings arrow, exported as a letter; a name when glued to text
      g = bullet_glyph::arrow;
      needs_space = true;
      break;
    case 0x2013:
    case 0x2014:
      g = bullet_glyph::dash;
      needs_space = true;
      break;
    default:
      break;
  }
  if (g == bullet_glyph::none || (needs_space && !is_space_at(s, j))) return bullet_glyph::none;
  i = j;
  return g;
}

const icu::Normalizer2* nfc() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Brings out[from..] to NFC when it is not already.
void apply_nfc(std::string& out, std::size_t from) {
  const icu::Normalizer2* n = nfc();
  if (n == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece piece(out.data() + from, static_cast<int32_t>(out.size() - from));
  if (n->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;
  std::string normalised;
  icu::StringByteSink<std::string> sink(&normalised);
  status = U_ZERO_ERROR;
  n->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_SUCCESS(status)) out.replace(from, std::string::npos, normalised);
}

// The length of the longest start of `s` that is words of printable ASCII with one space
// between each two, up to the end of a word: what the loop in normalise_line would copy as
// it is.
std::size_t plain_prefix(std::string_view s) {
  std::size_t end = 0;  // just after the last word byte taken
  std::size_t k = 0;
  // Eight bytes at a time while they are printable ASCII with single spaces between words;
  // the byte loop below takes over at the first chunk that is not.
  if constexpr (swar::little_endian) {
    for (; k + 8 <= s.size(); k += 8) {
      std::uint64_t x = swar::load(s.data() + k);
      std::uint64_t spaces = swar::bytes_equal(x, ' ');
      bool opens_with_space = spaces & 0x80;
      if (swar::bytes_not_printable(x) || (spaces & (spaces << 8)) ||
          (opens_with_space && (k == 0 || end != k)))
        break;
      end = spaces >> 56 ? k + 7 : k + 8;
    }
  }
  for (; k < s.size(); ++k) {
    auto b = static_cast<unsigned char>(s[k]);
    if (b > ' ' && b < 0x7F) {
      end = k + 1;
    } else if (!(b == ' ' && k == end && k > 0)) {  // only one space, after a word
      break;
    }
  }
  return end;
}

}  // namespace

void normalise_line(std::string_view line, std::string& out, line_info& info,
                    normalise_stats& stats) {
  info.indent = 0;
  std::size_t i = skip_spaces(line, 0, &info.indent);
  info.bullet = match_bullet(line, i);
  if (info.bullet != bullet_glyph::none) i = skip_spaces(line, i, nullptr);

  const std::size_t begin = out.size();
  // Ballot boxes ("☐ Dot — make labels", "☒ Josh — fix the tap") are task checkboxes, as
  // Markdown writes them: "[ ]" open, "[x]" done.
  if (line.compare(i, 2, "\xE2\x98") == 0 && i + 3 < line.size() &&
      static_cast<unsigned char>(line[i + 2]) >= 0x90 &&
      static_cast<unsigned char>(line[i + 2]) <= 0x92 && line[i + 3] == ' ') {
    out += static_cast<unsigned char>(line[i + 2]) == 0x90 ? "[ ]" : "[x]";
    i += 3;
  }
  // Most lines are words of printable ASCII between single spaces, all or most of the way:
  // the loop below would copy them as they are, so they are copied whole.
  std::size_t plain = plain_prefix(line.substr(i));
  out.append(line.substr(i, plain));
  i += plain;
  // Spaces between words become one space; a tab or a wide run of spaces inside a line is a
  // column gap (a table cell, an owner at the right margin) and becomes one tab.
  bool pending_space = false;
  int pending_width = 0;
  bool non_ascii = false;
  auto emit_space_if_pending = [&] {
    if (pending_space && out.size() > begin) {
      out.push_back(pending_width >= column_gap_width ? '\t' : ' ');
    }
    pending_space = false;
    pending_width = 0;
  };
  auto printable_ascii = [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b > ' ' && b < 0x7F;
  };
  while (i < line.size()) {
    unsigned char c = line[i];
    // Words of printable ASCII between single spaces, most of a line, are copied whole
    // rather than byte by byte: after a wide gap ("record.  There") as at the line's start.
    if (printable_ascii(line[i])) {
      std::size_t end = i + plain_prefix(line.substr(i));
      emit_space_if_pending();
      out.append(line.substr(i, end - i));
      i = end;
      continue;
    }
    if (c < 0x80) {
      ++i;
      if (c == ' ' || c == '\t') {
        pending_space = true;
        pending_width += c == '\t' ? column_gap_width : 1;
      } else if (c == '\0') {
        ++stats.nuls;
      } else if (c < 0x20 || c == 0x7F) {
        ++stats.controls;
        pending_space = true;
      } else {
        emit_space_if_pending();
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    std::size_t start = i;
    char32_t cp = decode(line, i);
    switch (classify(cp)) {
      case char_class::space:
        pending_space = true;
        ++pending_width;
        break;
      case char_class::drop:
        break;
      case char_class::single_quote:
        emit_space_if_pending();
        out.push_back('\'');
        break;
      case char_class::double_quote:
        emit_space_if_pending();
        out.push_back('"');
        break;
      case char_class::keep:
        emit_space_if_pending();
        out.append(line.substr(start, i - start));
        non_ascii = true;
        break;
    }
  }
  if (non_ascii) apply_nfc(out, begin);
  info.text_begin = static_cast<std::uint32_t>(begin);
  info.text_end = static_cast<std::uint32_t>(out.size());
}

}  // namespace minutes::parser
