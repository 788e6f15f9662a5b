// References of the attendance family (extract stage): names printed anywhere with an
// honorific, as a sentence's subject or after a closing dash are recorded as references, so
// that they lend their full form to shorter mentions; an office in apposition ("Ms Ana Ruiz,
// Treasurer") becomes the person's role.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "parser/extract/attendance_internal.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/swar.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"

namespace minutes::parser {
namespace {

// Full names in the text lend their form to shorter mentions of the person ("Barbara" …
// "Barbara Bath"): every name with an honorific, every name of two or more words that opens
// a sentence, and a name that closes a line after a dash ("Residential Strategy – Barbara
// Bath").
void reference(extract_context& cx, const std::optional<found_name>& n) {
  if (n && n->name.find(' ') != std::string_view::npos)
    cx.people.mention(n->honorific, n->name, mention_kind::reference);
}

// "Mrs Jane Howell, Clerk's salary", "Ms Ana Ruiz, Treasurer, reported": the office after a
// name in apposition says who holds it, so "Clerk to reply" can be resolved to her.
bool office_in_apposition(extract_context& cx, std::string_view t, const found_name& n) {
  std::string_view after = t.substr(n.end);
  if (!after.starts_with(", ")) return false;
  after = after.substr(2);
  std::size_t end = 0;
  while (end < after.size() && text::is_word_char(after[end])) ++end;
  std::string_view office = after.substr(0, end);
  if (office.empty() || !text::is_ascii_upper(office[0]) || !keywords::is_role_word(office))
    return false;
  std::string_view rest = after.substr(end);
  bool closes = rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' ||
                rest.starts_with("'s ") || rest.starts_with("\xE2\x80\x99s ");
  if (!closes) return false;
  auto who = cx.people.mention(n.honorific, n.name, mention_kind::sentence);
  cx.people.add_role(who, office);
  return true;
}

// Where `mark` (of two bytes or more) last occurs in `t`, or npos. string_view::rfind calls
// memcmp at every position from the end; looking for the mark's second byte ('-' of " - ")
// with memrchr, which reads many bytes at a time, leaves a comparison only where the mark
// can be.
std::size_t rfind_mark(std::string_view t, std::string_view mark) {
  if (t.size() < mark.size()) return std::string_view::npos;
  // The mark's second byte can stand no later than here.
  std::size_t limit = t.size() - mark.size() + 2;
  while (limit > 1) {
    const void* hit = memrchr(t.data() + 1, mark[1], limit - 1);
    if (!hit) break;
    std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - t.data()) - 1;
    if (t.substr(at, mark.size()) == mark) return at;
    limit = at + 1;
  }
  return std::string_view::npos;
}

// False when no name of two words or more can open `t`, so the name grammar need not be
// tried: a name's words are one space apart and each opens with a capital, a non-ASCII
// letter or a particle ("van", "de"); titles before it ("Councillor Dr") the same. So what
// follows the first run of spaces must open one of those.
bool may_open_long_name(std::string_view t) {
  std::size_t i = t.find(' ');
  if (i == std::string_view::npos) return false;
  while (i < t.size() && t[i] == ' ') ++i;
  if (i == t.size()) return false;
  char c = t[i];
  if (text::is_ascii_upper(c) || static_cast<unsigned char>(c) >= 0x80 || c == '@') return true;
  if (!text::is_ascii_lower(c)) return false;
  std::size_t end = i;
  while (end < t.size() && text::is_ascii_lower(t[end])) ++end;
  std::string_view word = t.substr(i, end - i);
  for (std::string_view particle : words::name_particles)
    if (word == particle) return true;
  return grammar::match_honorific(t.substr(i)).has_value();
}

// The first ASCII capital at or after `from` (the text's size when there is none): a title
// opens with one, and most bytes are passed eight at a time.
std::size_t next_capital(std::string_view t, std::size_t from) {
  std::size_t i = from;
  if constexpr (swar::little_endian) {
    for (; i + 8 <= t.size(); i += 8)
      if (std::uint64_t capitals = swar::bytes_between(swar::load(t.data() + i), 'A', 'Z'))
        return i + swar::first(capitals);
  }
  while (i < t.size() && !text::is_ascii_upper(t[i])) ++i;
  return std::min(i, t.size());
}

}  // namespace

void record_name_references(extract_context& cx, std::size_t k) {
  std::string_view t = cx.lay.blocks[k].text;
  for (std::size_t i = next_capital(t, 0); i < t.size(); i = next_capital(t, i + 1)) {
    if (i > 0 && text::is_word_char(t[i - 1])) continue;
    if (!grammar::match_honorific(t.substr(i))) continue;
    if (auto n = name_starting_at(t, i)) {
      if (!office_in_apposition(cx, t, *n)) reference(cx, n);
      i = n->end;
    }
  }
  for (const auto& s : cx.sentences.of(k)) {
    if (!may_open_long_name(t.substr(s.begin))) continue;
    auto n = name_starting_at(t, s.begin);
    // A subject: the name is followed by a lowercase word (its verb).
    if (n && n->end < t.size() && t[n->end] == ' ' && n->end + 1 < t.size() &&
        text::is_ascii_lower(t[n->end + 1]))
      reference(cx, n);
  }
  for (std::string_view dash : {" - ", " \xE2\x80\x93 "}) {
    std::size_t at = rfind_mark(t, dash);
    if (at == std::string_view::npos) continue;
    std::size_t begin = at + dash.size();
    auto n = name_starting_at(t, begin);
    if (n && text::trim(t.substr(n->end)).empty()) reference(cx, n);
  }
}

}  // namespace minutes::parser
