// Commitments (see commitments.hpp). The phrase lists are keyword families; the rules only
// decide where an owner stands relative to them.
#include "parser/extract/commitments.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

#include "parser/extract/names.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/grammar/reference_key.hpp"
#include "parser/phrase_set.hpp"
#include "parser/text.hpp"
#include "parser/word_set.hpp"
#include "parser/words/commitment_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

using namespace commitment_words;

// ---- Helpers ------------------------------------------------------------------------------

// Looked up at every word of every sentence, so hashed rather than walked.
const text::word_set opener_words{phrase_openers};

// The asking verbs, then "to have": found in one pass over the sentence, and searched
// again from their first occurrence only when the sentence has them.
const text::phrase_set asking_phrases = [] {
  std::vector<std::string_view> phrases(std::begin(asking_verbs), std::end(asking_verbs));
  phrases.push_back("to have");
  return text::phrase_set(phrases);
}();

bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && !text::is_space(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != ':') ++j;
  return s.substr(i, j - i);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && text::is_space(s[i])) ++i;
  return i;
}

std::size_t next_word(std::string_view s, std::size_t i) {
  while (i < s.size() && !text::is_space(s[i])) ++i;
  return skip_spaces(s, i);
}

std::size_t previous_word_start(std::string_view s, std::size_t end) {
  while (end > 0 && text::is_space(s[end - 1])) --end;
  std::size_t start = end;
  while (start > 0 && !text::is_space(s[start - 1])) --start;
  return start;
}

bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  for (char c : w)
    if (!text::is_ascii_upper(c)) return false;
  return true;
}

// A verb phrase opens with a lowercase verb; "be" only as "be responsible" or "be …ing".
bool opens_verb_phrase(std::string_view s, std::size_t i, bool bare_only) {
  i = skip_spaces(s, i);
  while (one_of(word_at(s, i), fillers)) i = next_word(s, i);
  std::string_view w = word_at(s, i);
  if (w.empty() || !text::is_ascii_lower(w[0])) return false;
  if (text::iequals(w, "be")) {
    std::string_view next = word_at(s, next_word(s, i));
    return next.ends_with("ing") || text::iequals(next, "responsible");
  }
  if (one_of(w, not_verbs)) return false;
  // A bare verb, not a participle or adverb: "ring", "bring", "need" and "proceed" are verbs;
  // "attended", "making", "kindly" are not.
  bool participle =
      (w.ends_with("ed") && !w.ends_with("eed")) ||
      (w.ends_with("ing") && (w.size() >= 6 || text::iequals(w, "going") ||
                              text::iequals(w, "doing") || text::iequals(w, "being")));
  if (bare_only && (participle || w.ends_with("ly"))) return false;
  // "RJ suggests making a poll" reports; a clause assigns with the bare verb ("that the
  // Clerk write"). Bare verbs that end in s end in "ss" or "us": "discuss", "focus".
  bool third_person = w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us");
  if (bare_only && third_person) return false;
  return true;
}

// Past ", Permanence Service, Lancashire County Council" to the first lowercase word, when
// everything in between is capitalised (an affiliation, not a clause).
std::size_t skip_appositive(std::string_view s, std::size_t comma) {
  constexpr std::size_t appositive_max = 100;
  std::size_t i = comma;
  while (i < s.size() && i - comma < appositive_max) {
    i = skip_spaces(s, i + (s[i] == ',' ? 1 : 0));
    std::string_view w = word_at(s, i);
    if (w.empty()) return comma;
    if (text::is_ascii_lower(w[0])) return i;
    i += w.size();
  }
  return comma;
}

std::size_t verb_phrase_end(std::string_view s) {
  std::string_view t = text::trim(s, ".;");
  return static_cast<std::size_t>(t.data() - s.data()) + t.size();
}

}  // namespace

// The role that starts at `begin`: capitalised words (joined by "of", "and", "&") of which
// one is a role word — "Clerk", "Democratic Services Officer", "Head of Planning and
// Regulatory Services". After a role word only a joining word goes on ("Chair Janet Keough"
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
      if (after_role && !joined) break;
      end = i + w.size();
      after_role = keywords::is_role_word(w);
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
    // "Director Whitmer", "Trustee Picha": a title of office before a name is the person's.
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
  if (w[0] == '@' || is_initials(w)) return owner_ref{owner_kind::person, {}, w, start, end};
  // "He agreed to …": the person the sentence before named; the action family resolves it.
  if (text::iequals(w, "he") || text::iequals(w, "she"))
    return owner_ref{owner_kind::pronoun, {}, w, start, end};
  if (auto n = name_ending_at(s, end))
    return owner_ref{owner_kind::person, n->honorific, n->name, n->begin, n->end};
  return std::nullopt;
}

namespace {

// Owners joined by "and" or "/": "Linda and Carrie will", "HP/LB to".
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

void add(std::vector<commitment>& out, const std::vector<owner_ref>& owners, std::string_view s,
         std::size_t verb_begin) {
  commitment c;
  c.owners = owners;
  c.verb_begin = skip_spaces(s, verb_begin);
  while (one_of(word_at(s, c.verb_begin), fillers)) c.verb_begin = next_word(s, c.verb_begin);
  c.verb_end = verb_phrase_end(s);
  if (c.verb_end > c.verb_begin) out.push_back(std::move(c));
}

}  // namespace

// "Carrie offered to help with that so Jan will get Carrie and Rod together": each
// commitment's words stop where the next one's owner begins, and a joining word before it
// goes too.
void end_each_where_the_next_begins(std::string_view s, std::vector<commitment>& out) {
  std::sort(out.begin(), out.end(),
            [](const commitment& a, const commitment& b) { return a.verb_begin < b.verb_begin; });
  for (std::size_t n = 0; n + 1 < out.size(); ++n) {
    std::size_t next_owner = out[n + 1].owners.front().begin;
    if (next_owner <= out[n].verb_begin || next_owner >= out[n].verb_end) continue;
    std::string_view kept =
        text::trim(s.substr(out[n].verb_begin, next_owner - out[n].verb_begin), " ,;");
    for (std::string_view joiner : trailing_joiners) {
      if (kept.size() > joiner.size() &&
          text::iequals(kept.substr(kept.size() - joiner.size()), joiner) &&
          kept[kept.size() - joiner.size() - 1] == ' ')
        kept = text::trim(kept.substr(0, kept.size() - joiner.size()), " ,;");
    }
    out[n].verb_end = out[n].verb_begin + kept.size();
  }
}

// ---- Sentences ----------------------------------------------------------------------------

void find_commitments(std::string_view s, commitment_mode mode, std::vector<commitment>& out) {
  out.clear();
  std::vector<owner_ref> owners;
  // Owner first: "That April Rankin contact …", "Sam Gorton to ensure …", "ACTION: JS to …".
  // Running text has the "X to …" form too ("Clerk to write to the council"), not the others.
  {
    std::size_t start = skip_spaces(s, 0);
    if (auto key = grammar::match_reference_prefix(s.substr(start))) start += *key;  // "#212: "
    if (text::starts_with_word(s.substr(start), "that")) start = next_word(s, start);
    std::size_t end = owners_after(s, start, owners);
    // "ACTION: bkumar to triage …": in an action line, a lowercase handle owns the task.
    if (owners.empty() && mode == commitment_mode::line) {
      std::string_view handle = word_at(s, start);
      std::string_view next = word_at(s, next_word(s, start));
      bool shaped = handle.size() >= 2 && !keywords::is_function_word(handle) &&
                    std::all_of(handle.begin(), handle.end(), [](char c) {
                      return text::is_ascii_lower(c) || text::is_digit(c) || c == '-' || c == '_';
                    });
      if (shaped && (text::iequals(next, "to") || s[start + handle.size()] == ':')) {
        owners.push_back(owner_ref{owner_kind::person, {}, handle, start, start + handle.size()});
        end = start + handle.size();
      }
    }
    if (!owners.empty()) {
      std::size_t i = skip_spaces(s, end);
      if (i < s.size() && s[i] == ',') {  // "Ralph Rushworth, Permanence Service, LCC would …"
        i = skip_appositive(s, i);
      } else if (i < s.size() && s[i] == '(') {
        std::size_t close = s.find(')', i);
        if (close != std::string_view::npos) i = skip_spaces(s, close + 1);
      }
      // "Luther/Valentine: Sort out details …", "Ruth — chase the council …": an owner, a
      // colon or a dash, and the task.
      std::size_t mark = 0;
      if (i < s.size() && s[i] == ':') mark = 1;
      if (s.compare(i, 3, "\xE2\x80\x94") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) mark = 3;
      if (i < s.size() && s[i] == '-' && i + 1 < s.size() && s[i + 1] == ' ') mark = 1;
      if (mode != commitment_mode::narrative && mark && owners.front().kind != owner_kind::group) {
        std::size_t task = skip_spaces(s, i + mark);
        if (task < s.size() && text::is_letter(s[task]) && text::word_count(s.substr(task)) >= 2) {
          add(out, owners, s, task);
          if (!out.empty()) out.back().form = commitment_form::owner_first;
          return;
        }
      }
      while (one_of(word_at(s, i), fillers)) i = next_word(s, i);
      std::string_view w = word_at(s, i);
      if (text::iequals(w, "to") && opens_verb_phrase(s, next_word(s, i), true)) {
        add(out, owners, s, next_word(s, i));
        if (!out.empty()) out.back().form = commitment_form::owner_to;
        return;
      }
      if (mode == commitment_mode::narrative) {
        // fall through to the phrases below
      } else if (one_of(w, modals) && opens_verb_phrase(s, next_word(s, i), false)) {
        add(out, owners, s, next_word(s, i));
        if (!out.empty()) out.back().form = commitment_form::owner_first;
        return;
      } else if (mode == commitment_mode::clause && opens_verb_phrase(s, i, true)) {
        add(out, owners, s, i);
        if (!out.empty()) out.back().form = commitment_form::owner_first;
        return;
      }
    }
  }
  // Owner before a phrase of commitment, anywhere in the sentence.
  for (std::size_t i = 0; i < s.size(); i = next_word(s, i)) {
    if (i > 0 && !text::is_space(s[i - 1])) continue;
    if (!opener_words.contains(word_at(s, i))) continue;
    std::string_view matched;
    for (auto p : commitment_phrases) {
      if (text::starts_with_word(s.substr(i), p)) {
        matched = p;
        break;
      }
    }
    bool modal = false;
    if (matched.empty()) {
      for (auto m : modals) {
        if (text::starts_with_word(s.substr(i), m)) {
          matched = s.substr(i, m.size());
          modal = true;
          break;
        }
      }
    }
    if (matched.empty()) continue;
    std::size_t verb = i + matched.size();
    // "he would follow up with Centaframe" reports a commitment; "would prefer", "would
    // welcome", "would leave the room" do not.
    if (modal && text::iequals(matched, "would") &&
        one_of(word_at(s, skip_spaces(s, verb)), opinion_verbs))
      continue;
    if (!opens_verb_phrase(s, verb, !modal)) continue;
    // Step back over fillers to where the owner ends.
    std::size_t owner_end = i;
    for (int guard = 0; guard < 3; ++guard) {
      std::size_t w = previous_word_start(s, owner_end);
      if (w >= owner_end || !one_of(text::trim(s.substr(w, owner_end - w)), fillers)) break;
      owner_end = w;
    }
    std::size_t before = previous_word_start(s, owner_end);
    std::string_view prev = text::trim(s.substr(before, owner_end - before));
    if (modal && text::iequals(prev, "and")) {
      // "Barbara asked … and would contact LINX": the sentence's subject commits.
      owners_after(s, 0, owners);
      if (!owners.empty() && owners.front().begin == skip_spaces(s, 0)) {
        add(out, owners, s, verb);
        if (!out.empty()) {
          out.back().context_begin = skip_spaces(s, owners.back().end);
          out.back().context_end = before;
        }
      }
      continue;
    }
    owners_before(s, owner_end, owners);
    if (owners.empty()) continue;
    // The owner must open its clause: "which CC Clarke said …", "that X will …", not
    // "discussions with Brendan Lee will take place".
    std::size_t ob = owners.front().begin;
    std::size_t pw = previous_word_start(s, ob);
    std::string_view lead = text::trim(s.substr(pw, ob - pw));
    bool opens =
        ob == skip_spaces(s, 0) || (ob > 0 && s[ob - 1] != ' ') || text::iequals(lead, "that") ||
        text::iequals(lead, "which") || text::iequals(lead, "and") || text::iequals(lead, "so") ||
        text::iequals(lead, "then") || lead.ends_with(",") || text::iequals(lead, "whereby") ||
        // "… by the ford – Andrea offered to report it": a dash or a semicolon opens a clause.
        lead == "-" || lead == "\xE2\x80\x93" || lead == "\xE2\x80\x94" || lead.ends_with(";");
    if (!opens) continue;
    add(out, owners, s, verb);
  }
  text::phrase_set::positions first_at = asking_phrases.find_each(s);
  // "asked X to …", "requested X to …", "invited X to …".
  for (std::size_t k = 0; k < std::size(asking_verbs); ++k) {
    std::string_view verb = asking_verbs[k];
    for (std::size_t at = first_at[k]; at != std::string_view::npos;
         at = text::find_word(s, verb, at + 1)) {
      std::size_t end = owners_after(s, at + verb.size(), owners);
      if (owners.empty()) continue;
      std::size_t i = skip_spaces(s, end);
      if (!text::starts_with_word(s.substr(i), "to")) continue;
      if (!opens_verb_phrase(s, i + 2, true)) continue;
      add(out, owners, s, i + 2);
    }
  }
  // "… to have Carrie sign up for the classes": the person the motion has act.
  for (std::size_t at = first_at[std::size(asking_verbs)]; at != std::string_view::npos;
       at = text::find_word(s, "to have", at + 1)) {
    std::size_t end = owners_after(s, at + 7, owners);
    if (owners.empty() || owners.front().kind != owner_kind::person) continue;
    if (opens_verb_phrase(s, end, true)) add(out, owners, s, end);
  }
  end_each_where_the_next_begins(s, out);
}

}  // namespace minutes::parser
