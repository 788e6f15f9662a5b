// Commitments (see commitments.hpp). The phrase lists are keyword families; the rules only
// decide where an owner stands relative to them.
// This file finds the commitments of a sentence; commitments_owners.cpp reads who their
// owners are (commitments_internal.hpp declares what the two share).
#include "parser/extract/commitments.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "parser/extract/commitments_internal.hpp"
#include "parser/grammar/reference_key.hpp"
#include "parser/phrase_set.hpp"
#include "parser/text.hpp"
#include "parser/word_set.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/commitment_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {

// ---- Helpers ------------------------------------------------------------------------------

namespace {

using namespace commitment_words;

// Looked up at every word of every sentence, so hashed rather than walked.
const text::word_set opener_words{phrase_openers};

// The commitment phrases that open with each opener word (by its slot in opener_words), in
// table order: at a word that opens some phrase, only those are compared.
const std::vector<std::vector<std::string_view>> phrases_by_opener = [] {
  std::vector<std::vector<std::string_view>> by_slot(opener_words.slot_count());
  for (std::string_view p : commitment_phrases) {
    std::size_t slot = opener_words.slot_of(p.substr(0, p.find(' ')));
    if (slot != text::word_set::npos) by_slot[slot].push_back(p);
  }
  return by_slot;
}();

// The asking verbs, then "to have": found in one pass over the sentence, and searched
// again from their first occurrence only when the sentence has them.
const text::phrase_set asking_phrases = [] {
  std::vector<std::string_view> phrases(std::begin(asking_verbs), std::end(asking_verbs));
  phrases.push_back("to have");
  return text::phrase_set(phrases);
}();

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
  bool adverb = w.ends_with("ly") && !one_of(text::trim(w, ".;"), ly_verbs);
  if (bare_only && (participle || adverb)) return false;
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

// True when `lead`, the word before an owner, ends the clause before it: "Noted, the Clerk
// to …", "Bench repairs: Cllr Quinn will …", "… by the ford – Andrea offered to …", or a
// sentence in a clause of several ("… on 12 July. Sam will circulate …").
bool ends_lead_in(std::string_view lead) {
  return lead.ends_with(",") || lead.ends_with(";") || lead.ends_with(":") || lead.ends_with(".") ||
         lead == "-" || lead == "\xE2\x80\x93" || lead == "\xE2\x80\x94";
}

std::size_t verb_phrase_end(std::string_view s) {
  std::string_view t = text::trim(s, ".;");
  return static_cast<std::size_t>(t.data() - s.data()) + t.size();
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

// "Maddie offered to help with that so Bea will get Maddie and Tom together": each
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

void find_commitments(std::string_view s, commitment_mode mode, std::vector<commitment>& out,
                      cue_mask cues) {
  out.clear();
  std::vector<owner_ref> owners;
  // Owner first: "That April Rankin contact …", "Sam Gorton to ensure …", "ACTION: JS to …".
  // Running text has the "X to …" form too ("Clerk to write to the council"), not the others.
  // In running text the owner-first form is only "X to …".
  if (mode != commitment_mode::narrative || (cues & to_cues)) {
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
      // "Osborn/Ferrandez: Sort out details …", "Ruth — chase the council …": an owner, a
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
  const std::size_t openers_end = cues & commitment_opener_cues ? s.size() : 0;
  for (std::size_t i = 0, next = 0; i < openers_end; i = next) {
    std::string_view word = word_at(s, i);
    next = next_word(s, i + word.size());  // from the word's end: it is read once
    if (i > 0 && !text::is_space(s[i - 1])) continue;
    if (!opener_words.may_hold(word)) continue;
    std::size_t opener = opener_words.slot_of(word);
    if (opener == text::word_set::npos) continue;
    std::string_view matched;
    for (std::string_view p : phrases_by_opener[opener]) {
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
    // "he would follow up with Boardsmith" reports a commitment; "would prefer", "would
    // welcome", "(advised that he) would leave the room" do not.
    bool would =
        text::iequals(matched, "would") ||
        (matched.size() > 6 && text::iequals(matched.substr(matched.size() - 6), " would"));
    if (would && one_of(word_at(s, skip_spaces(s, verb)), opinion_verbs)) continue;
    // "He would look into it if resources allowed": a condition, not an undertaking.
    if (would && text::has_word(s.substr(verb), "if")) continue;
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
        text::iequals(lead, "then") || text::iequals(lead, "whereby") || ends_lead_in(lead);
    if (!opens) continue;
    std::size_t found = out.size();
    add(out, owners, s, verb);
    if (out.size() > found && lead.ends_with(":")) out.back().form = commitment_form::after_topic;
  }
  // "Bench repairs: Cllr Quinn to obtain quotes", "Noted, the Clerk to reply": the "X to …"
  // form after a lead-in that ends at a colon, a comma, a semicolon or a dash.
  if (cues & to_cues) {
    for (std::size_t at = text::find_word(s, "to"); at != std::string_view::npos;
         at = text::find_word(s, "to", at + 2)) {
      // An owner ends in a capital's word ("Cllr Quinn", "the Clerk", "JS") or a handle;
      // checked first, as reading owners backwards costs more.
      std::size_t last_word = previous_word_start(s, at);
      auto first_byte = static_cast<unsigned char>(last_word < at ? s[last_word] : ' ');
      if (!(text::is_ascii_upper(static_cast<char>(first_byte)) || first_byte == '@' ||
            first_byte >= 0x80))
        continue;
      if (!opens_verb_phrase(s, at + 2, true)) continue;
      owners_before(s, at, owners);
      if (owners.empty() || owners.front().kind == owner_kind::pronoun) continue;
      std::size_t ob = owners.front().begin;
      std::size_t pw = previous_word_start(s, ob);
      if (pw >= ob || !ends_lead_in(text::trim(s.substr(pw, ob - pw)))) continue;
      std::size_t found = out.size();
      add(out, owners, s, at + 2);
      if (out.size() > found) out.back().form = commitment_form::owner_to;
    }
  }
  text::phrase_set::positions first_at;
  if (cues & asking_cues)
    first_at = asking_phrases.find_each(s);
  else
    first_at.fill(std::string_view::npos);
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
  // "… to have Maddie sign up for the classes": the person the motion has act.
  for (std::size_t at = first_at[std::size(asking_verbs)]; at != std::string_view::npos;
       at = text::find_word(s, "to have", at + 1)) {
    std::size_t end = owners_after(s, at + 7, owners);
    if (owners.empty() || owners.front().kind != owner_kind::person) continue;
    // "to have Public Works contact Mr. Bixby": a department is no person.
    std::string_view name = owners.front().name;
    std::string_view last = name.substr(name.find_last_of(' ') + 1);
    if (one_of(last, words::department_words) || keywords::is_organisation_word(last)) continue;
    if (opens_verb_phrase(s, end, true)) add(out, owners, s, end);
  }
  end_each_where_the_next_begins(s, out);
}

}  // namespace minutes::parser
