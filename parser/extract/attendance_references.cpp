// References of the attendance family (extract stage): names printed anywhere with an
// honorific, as a sentence's subject or after a closing dash are recorded as references, so
// that they lend their full form to shorter mentions; an office in apposition ("Ms Ana Ruiz,
// Treasurer") becomes the person's role.
#include "parser/extract/attendance_internal.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/text.hpp"

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

// "Mrs Jane Davies, Clerk's salary", "Ms Ana Ruiz, Treasurer, reported": the office after a
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
// memcmp at every position from the end; testing the mark's second byte first ('-' of " - ")
// leaves a comparison only where the mark can be.
std::size_t rfind_mark(std::string_view t, std::string_view mark) {
  if (t.size() < mark.size()) return std::string_view::npos;
  for (std::size_t at = t.size() - mark.size() + 1; at-- > 0;)
    if (t[at + 1] == mark[1] && t.substr(at, mark.size()) == mark) return at;
  return std::string_view::npos;
}

}  // namespace

void record_name_references(extract_context& cx, std::size_t k) {
  std::string_view t = cx.lay.blocks[k].text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && text::is_word_char(t[i - 1])) continue;
    if (!text::is_ascii_upper(t[i])) continue;
    if (!grammar::match_honorific(t.substr(i))) continue;
    if (auto n = name_starting_at(t, i)) {
      if (!office_in_apposition(cx, t, *n)) reference(cx, n);
      i = n->end;
    }
  }
  for (const auto& s : cx.sentences.of(k)) {
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
