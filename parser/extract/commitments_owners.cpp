// Owners of commitments (extract stage): the owner that starts or ends at a place in a
// sentence — a person (with an honorific, initials, a handle), a role ("the Clerk", "the
// Head of Planning and Regulatory Services"), a group ("all members of the Board", "staff")
// or "he" / "she" — and owners joined by "and", "/" or commas.
#include <algorithm>

#include "parser/extract/commitments_internal.hpp"
#include "parser/extract/names.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/commitment_words.hpp"
#include "parser/words/decision_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

using namespace commitment_words;

bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  for (char c : w)
    if (!text::is_ascii_upper(c)) return false;
  return true;
}

}  // namespace

// The role that starts at `begin`: capitalised words (joined by "of", "and", "&") of which
// one is a role word — "Clerk", "Democratic Services Officer", "Head of Planning and
// Regulatory Services". After a role word only a joining word goes on ("Chair Janet Kilroy"
// is the role "Chair"). Empty when there is none.
std::string_view role_phrase_at(std::string_view s, std::size_t begin) {
  constexpr int role_max_words = 10;
  std::size_t i = begin, end = begin;
  bool has_role = false, after_role = false, joined = false;
  for (int n = 0; n < role_max_words && i < s.size(); ++n) {
    std::string_view w = word_at(s, i);
    bool joins = text::iequals(w, "of") || text::iequals(w, "and") || w == "&";
    if (w.empty() || (!joins && !text::is_ascii_upper(w[0]))) break;
    // "the Open Spaces Officer and Cllr Tarrant": a second owner, not more of the office.
    if (joined && grammar::match_honorific(s.substr(i))) break;
    if (joins) {
      joined = true;
    } else {
      // After a role word only a joining word goes on ("Chair Janet Kilroy" is the Chair
      // named), or more of the title: "Chief Executive Officer", "Director Infrastructure
      // Services".
      bool title_goes_on = keywords::is_role_word(w) || one_of(w, words::department_words);
      if (after_role && !joined && !title_goes_on) break;
      end = i + w.size();
      after_role = keywords::is_role_word(w) || (after_role && title_goes_on);
      has_role = has_role || after_role;
      joined = false;
    }
    if (i + w.size() < s.size() && (s[i + w.size()] == ',' || s[i + w.size()] == ';')) break;
    i = next_word(s, i);
  }
  return has_role ? s.substr(begin, end - begin) : std::string_view();
}

// ---- Owners -------------------------------------------------------------------------------

std::optional<owner_ref> owner_starting_at(std::string_view s, std::size_t pos) {
  pos = skip_spaces(s, pos);
  std::string_view w = word_at(s, pos);
  if (w.empty()) return std::nullopt;
  // Groups: "all members of the Board", "all trustees", "all Board members".
  if (text::iequals(w, "all")) {
    std::size_t i = next_word(s, pos);
    if (text::iequals(word_at(s, i), "the")) i = next_word(s, i);
    std::string_view g = word_at(s, i);
    std::size_t end = i + g.size();
    if (text::iequals(g, "members") && text::starts_with_word(s.substr(next_word(s, i)), "of")) {
      std::size_t j = next_word(s, next_word(s, i));
      if (text::iequals(word_at(s, j), "the")) j = next_word(s, j);
      while (j < s.size() && text::is_ascii_upper(s[j])) {
        end = j + word_at(s, j).size();
        j = next_word(s, j);
      }
    } else if (!one_of(g, plural_groups) && !keywords::is_body_word(g)) {
      return std::nullopt;
    }
    return owner_ref{owner_kind::group, {}, s.substr(pos, end - pos), pos, end};
  }
  // "staff", "city staff", "county officers": a group of the body's people.
  {
    std::size_t g =
        text::is_ascii_lower(w[0]) && !one_of(w, plural_groups) ? next_word(s, pos) : pos;
    std::string_view group = word_at(s, g);
    if (one_of(group, plural_groups) && text::is_ascii_lower(group[0]))
      return owner_ref{
          owner_kind::group, {}, s.substr(pos, g + group.size() - pos), pos, g + group.size()};
  }
  // Roles: "the Clerk", "Clerk", "the Chair", "the Head of Planning and Regulatory Services".
  std::size_t i = pos;
  if (text::iequals(w, "the")) i = next_word(s, pos);
  if (auto phrase = role_phrase_at(s, i);
      !phrase.empty() && (text::is_ascii_upper(phrase[0]) || i != pos)) {
    // "Director Hollins", "Trustee Novak": a title of office before a name is the person's.
    std::size_t after = skip_spaces(s, i + phrase.size());
    if (after < s.size() && text::is_ascii_upper(s[after]))
      if (auto n = name_starting_at(s, after))
        return owner_ref{owner_kind::person, phrase, n->name, pos, n->end};
    return owner_ref{owner_kind::role, {}, phrase, pos, i + phrase.size()};
  }
  if (text::iequals(w, "the")) return std::nullopt;
  // "CC Kay" is County Councillor Kay; "CC to send …" is someone's initials.
  if (grammar::match_honorific(s.substr(pos)))
    if (auto n = name_starting_at(s, pos))
      return owner_ref{owner_kind::person, n->honorific, n->name, n->begin, n->end};
  if (w[0] == '@' || is_initials(w))
    return owner_ref{owner_kind::person, {}, w, pos, pos + w.size()};
  if (auto n = name_starting_at(s, pos))
    return owner_ref{owner_kind::person, n->honorific, n->name, n->begin, n->end};
  return std::nullopt;
}

std::optional<owner_ref> owner_ending_at(std::string_view s, std::size_t end) {
  while (end > 0 && text::is_space(s[end - 1])) --end;
  if (end == 0) return std::nullopt;
  // An appositive after the owner: "Brendan Lee, Lead Officer, will" / "Lee (Lead Officer) will".
  if (s[end - 1] == ',' || s[end - 1] == ')') {
    char open = s[end - 1] == ',' ? ',' : '(';
    std::size_t at = s.rfind(open, end - 2);
    if (at != std::string_view::npos && end - at < 60) {
      if (auto o = owner_ending_at(s, at)) return o;
    }
    return std::nullopt;
  }
  std::size_t start = previous_word_start(s, end);
  std::string_view w = s.substr(start, end - start);
  // "Brendan Lee, Lead Officer will": a role after the name, set off by a comma.
  if (keywords::is_role_word(w)) {
    std::size_t comma = s.rfind(',', start);
    if (comma != std::string_view::npos && start - comma < 40) {
      bool capitalised = true;
      for (std::size_t k = comma + 1; k < start; k = next_word(s, k))
        if (!text::is_space(s[k]) && !text::is_ascii_upper(s[k])) capitalised = false;
      if (capitalised)
        if (auto o = owner_ending_at(s, comma); o && o->kind == owner_kind::person) return o;
    }
  }
  // "the Democratic Services Officer", "the Director of Highways and Transport": back to
  // "the" over capitalised words and "of" / "and", then forward again as a role.
  {
    std::size_t begin = start;
    for (int guard = 0; guard < 10; ++guard) {
      std::size_t before = previous_word_start(s, begin);
      if (before >= begin) break;
      std::string_view prev = text::trim(s.substr(before, begin - before));
      if (text::iequals(prev, "the")) {
        if (role_phrase_at(s, begin).size() == end - begin)
          return owner_ref{owner_kind::role, {}, s.substr(begin, end - begin), before, end};
        break;
      }
      bool joins = text::iequals(prev, "of") || text::iequals(prev, "and") || prev == "&";
      if (!joins && (prev.empty() || !text::is_ascii_upper(prev[0]))) break;
      begin = before;
    }
    if (keywords::is_role_word(w) && text::is_ascii_upper(w[0]))
      return owner_ref{owner_kind::role, {}, w, start, end};
  }
  // "Officers were asked to …", "the staff will …": a group of the body's people. The body's
  // own members ("Trustees agreed to …") record a decision, not a commitment.
  if (one_of(w, plural_groups) && !one_of(w, words::plural_bodies)) {
    std::size_t begin = start;
    if (std::size_t before = previous_word_start(s, start); before < start) {
      std::string_view prev = text::trim(s.substr(before, start - before));
      if (text::iequals(prev, "the") || text::iequals(prev, "all")) begin = before;
    }
    return owner_ref{owner_kind::group, {}, s.substr(begin, end - begin), begin, end};
  }
  if (w[0] == '@' || is_initials(w)) return owner_ref{owner_kind::person, {}, w, start, end};
  // "He agreed to …": the person the sentence before named; the action family resolves it.
  if (text::iequals(w, "he") || text::iequals(w, "she"))
    return owner_ref{owner_kind::pronoun, {}, w, start, end};
  if (auto n = name_ending_at(s, end))
    return owner_ref{owner_kind::person, n->honorific, n->name, n->begin, n->end};
  return std::nullopt;
}

// Owners joined by "and" or "/": "Greta and Maddie will", "HP/LB to".
void owners_before(std::string_view s, std::size_t end, std::vector<owner_ref>& out) {
  out.clear();
  auto first = owner_ending_at(s, end);
  if (!first) return;
  out.push_back(*first);
  std::size_t at = first->begin;
  // A comma joins owners only in a list that ends with "and": "Jane, Bob and Sue will";
  // "Then, Dr Marsh confirmed" and "from Cllr Whitlow, Dr Marsh confirmed" are one owner.
  bool and_seen = false;
  for (int guard = 0; guard < 6; ++guard) {
    std::size_t p = at;
    while (p > 0 && text::is_space(s[p - 1])) --p;
    std::size_t w = previous_word_start(s, p);
    std::string_view joiner = s.substr(w, p - w);
    std::size_t before;
    if (text::iequals(joiner, "and") || joiner == "&") {
      before = w;
      and_seen = true;
    } else if (p > 0 && s[p - 1] == '/') {
      before = p - 1;
    } else if (p > 0 && s[p - 1] == ',' && and_seen) {
      before = p - 1;
    } else {
      break;
    }
    auto o = owner_ending_at(s, before);
    if (!o || o->kind != owner_kind::person) break;
    out.insert(out.begin(), *o);
    at = o->begin;
  }
}

std::size_t owners_after(std::string_view s, std::size_t pos, std::vector<owner_ref>& out) {
  out.clear();
  auto first = owner_starting_at(s, pos);
  if (!first) return pos;
  out.push_back(*first);
  std::size_t end = first->end;
  for (int guard = 0; guard < 6; ++guard) {
    std::size_t p = skip_spaces(s, end);
    std::size_t q;
    if (text::starts_with_word(s.substr(p), "and")) {
      q = p + 3;
    } else if (p < s.size() && (s[p] == ',' || s[p] == '/' || s[p] == '&')) {
      q = p + 1;
    } else {
      break;
    }
    auto o = owner_starting_at(s, q);
    if (!o) {
      // "Esi and bkumar to update …": a lowercase handle as the second owner of a task.
      std::size_t h = skip_spaces(s, q);
      std::string_view handle = word_at(s, h);
      bool shaped = handle.size() >= 2 && !keywords::is_function_word(handle) &&
                    std::all_of(handle.begin(), handle.end(), [](char c) {
                      return text::is_ascii_lower(c) || text::is_digit(c) || c == '-' || c == '_';
                    });
      if (!shaped || !text::iequals(word_at(s, next_word(s, h)), "to")) break;
      o = owner_ref{owner_kind::person, {}, handle, h, h + handle.size()};
    }
    // "Cllr Tarrant and the Open Spaces Officer to …": an office is an owner too.
    if (o->kind == owner_kind::group) break;
    out.push_back(*o);
    end = o->end;
  }
  return end;
}

}  // namespace minutes::parser
