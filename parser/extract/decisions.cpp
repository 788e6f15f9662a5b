// Decision language (see decisions.hpp). The word lists are keyword families in
// parser/words/decision_words.hpp; the rules here say where they stand in a sentence.
#include "parser/extract/decisions.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/clause_label.hpp"
#include "parser/grammar/person_name.hpp"
#include "parser/grammar/reference_key.hpp"
#include "parser/phrase_set.hpp"
#include "parser/text.hpp"
#include "parser/word_set.hpp"
#include "parser/words/decision_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

// ---- Tables -------------------------------------------------------------------------------

// Word tables looked up at nearly every word of a sentence: hashed, not walked.
const text::word_set filler_words{words::decision_fillers};
const text::word_set passive_words{words::passive_decisions};
const text::word_set thing_words{words::decided_things};
const text::word_set verb_words{words::decision_verbs};

// records_decision also looks for these phrases anywhere in a sentence; each table is found
// in one pass rather than one text::find_word scan per phrase.

const text::phrase_set consensus{words::consensus_phrases};

// The word of each outcome mark (": agreed" → "agreed"), in the order of words::outcome_marks.
const text::phrase_set outcome_mark_words = [] {
  std::vector<std::string_view> marks;
  for (std::string_view mark : words::outcome_marks)
    marks.push_back(mark.substr(mark.find_first_not_of(" :-")));
  return text::phrase_set(marks);
}();

// "as a true record", "as a fair record", …: one phrase per record adjective.
const std::vector<std::string> record_phrase_texts = [] {
  std::vector<std::string> phrases;
  for (std::string_view adjective : words::record_adjectives)
    phrases.push_back(std::string("as a ") + std::string(adjective) + " record");
  return phrases;
}();
const text::phrase_set record_phrases = [] {
  std::vector<std::string_view> views(record_phrase_texts.begin(), record_phrase_texts.end());
  return text::phrase_set(views);
}();

// ---- Helpers ------------------------------------------------------------------------------

std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && !text::ends_word(s[j])) ++j;
  return text::trim(s.substr(i, j - i), ".");
}

std::size_t next_word(std::string_view s, std::size_t i) {
  while (i < s.size() && !text::is_space(s[i])) ++i;
  while (i < s.size() && text::is_space(s[i])) ++i;
  return i;
}

// True when `s` has fewer than `n` words; stops counting at `n`, where text::word_count
// would count a long sentence to its end.
bool fewer_words_than(std::string_view s, std::size_t n) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size() && words < n; ++i) {
    bool space = text::is_space(s[i]);
    words += !space && !in_word;
    in_word = !space;
  }
  return words < n;
}

// For the short tables, looked up once or twice a sentence.
bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

// A clause label, paragraph number or list dash before the sentence.
std::string_view without_label(std::string_view s) {
  s = text::trim(s, "-*");
  if (auto c = grammar::match_clause_label(s)) return text::trim(s.substr(c->length));
  if (auto n = grammar::match_agenda_number(s); n && n->length < s.size())
    return text::trim(s.substr(n->length));
  if (auto key = grammar::match_reference_prefix(s)) return s.substr(*key);  // "ODPI-95 – "
  return s;
}

// "(After discussion,) it was (unanimously) agreed / resolved / decided that …"
bool it_was_decided_at(std::string_view s) {
  for (std::size_t at = text::find_word(s, "it was"); at != std::string_view::npos;
       at = text::find_word(s, "it was", at + 1)) {
    // At the start, after a short lead-in ("After discussion"), a comma, or "and".
    std::string_view before = text::trim(s.substr(0, at));
    bool opens = before.empty() || before.back() == ',' || before.back() == ';' ||
                 fewer_words_than(before, 5) || before.ends_with(" and");
    if (!opens) continue;
    std::size_t i = next_word(s, next_word(s, at));
    while (filler_words.contains(word_at(s, i))) i = next_word(s, i);
    std::string_view verb = word_at(s, i);
    if (text::iequals(verb, "agreed") || text::iequals(verb, "resolved") ||
        text::iequals(verb, "decided") || text::iequals(verb, "approved"))
      return true;
  }
  return false;
}

// "noted" and "received": a noting, not a decision taken.
bool notes(std::string_view verb) {
  return text::iequals(verb, "noted") || text::iequals(verb, "received");
}

// True when passive `verb`, with `after` the words that follow it, reports rather than
// records a decision: "noted that …" (a remark), "received from …" (the post's arrival).
bool reports_not_decides(std::string_view verb, std::string_view after) {
  return (notes(verb) && text::starts_with_word(after, "that")) ||
         (text::iequals(verb, "received") && text::starts_with_word(after, "from"));
}

// "The minutes … were approved", "February minutes accepted", "the report was noted".
// The subject is a thing the meeting decides about, and it is the sentence's subject:
//   with "was/were": "The minutes of the meeting held on 23 August were AGREED";
//   without: only at the start — "February minutes accepted, no corrections" (not "She
//   reports the election report received from the court house").
bool passive_decision(std::string_view s, bool& noting) {
  constexpr int subject_max_words = 14;  // "The schedule of decisions issued by … was noted"
  constexpr int bare_subject_words = 3;  // a thing this early, with no "was", is the subject
  constexpr int bare_verb_words = 6;
  auto decided = [&](std::size_t v) {
    while (filler_words.contains(word_at(s, v))) v = next_word(s, v);
    std::string_view verb = word_at(s, v);
    if (!passive_words.contains(verb)) return false;
    // A decision about a document is formal, like a noting: it is taken even in an item
    // whose labelled block records the rest.
    noting = true;
    return !reports_not_decides(verb, s.substr(next_word(s, v)));
  };
  // "She also reports the election report received from …": a person's sentence.
  // "No items received": nothing was decided.
  for (std::string_view pronoun : words::not_decision_subjects)
    if (text::iequals(word_at(s, 0), pronoun)) return false;
  int thing_at = -1;
  std::size_t i = 0;
  for (int n = 0; n < subject_max_words && i < s.size(); ++n, i = next_word(s, i)) {
    std::string_view w = word_at(s, i);
    if (thing_at < 0) {
      if (thing_words.contains(w)) thing_at = n;
      continue;
    }
    if (text::iequals(w, "was") || text::iequals(w, "were")) {
      // "was considered and agreed": the decision after "and".
      std::size_t v = next_word(s, i);
      if (!decided(v) && text::iequals(word_at(s, next_word(s, v)), "and"))
        return decided(next_word(s, next_word(s, v)));
      return decided(v);
    }
    // A verb of its own ends the subject: "She reports …", "the department has …".
    if (text::iequals(w, "has") || text::iequals(w, "have") || text::iequals(w, "had"))
      return false;
    if (thing_at < bare_subject_words && n - thing_at <= bare_verb_words &&
        passive_words.contains(w))
      return decided(i);
  }
  return false;
}

// "Report noted.", "The accounts approved.": a thing the meeting decides about and its
// outcome, and nothing more. A motion's outcome ("Motion carried.") is the motion family's.
bool thing_and_outcome(std::string_view s, bool& noting) {
  std::size_t i = 0;
  if (text::iequals(word_at(s, 0), "the")) i = next_word(s, 0);
  std::string_view thing = word_at(s, i);
  if (!thing_words.contains(thing) || text::iequals(thing, "motion")) return false;
  i = next_word(s, i);
  while (filler_words.contains(word_at(s, i))) i = next_word(s, i);
  std::string_view verb = word_at(s, i);
  if (!passive_words.contains(verb) || next_word(s, i) < s.size()) return false;
  noting = notes(verb);
  return true;
}

// True when the words before a colon or a dash are a person's name or handle: someone
// speaking ("Ana: agreed with that"), not a topic.
bool names_a_speaker(std::string_view before_mark) {
  std::string_view topic = text::trim(before_mark);
  if (topic.empty()) return false;
  auto person = grammar::match_person_name(topic);
  bool one_word = topic.find(' ') == std::string_view::npos;
  return (person && person->length == topic.size() && !thing_words.contains(topic)) ||
         (one_word && text::is_ascii_lower(topic[0]));
}

// "Hall hire invoice: unanimously agreed that this be paid", "Letter from the bowls club –
// Noted, Clerk to reply": a topic, a colon or a dash, then the outcome as a bare passive verb.
bool outcome_after_topic(std::string_view s, bool& noting) {
  constexpr std::size_t topic_max = 200;
  for (std::string_view mark : words::topic_marks) {
    std::size_t at = s.find(mark);
    if (at == std::string_view::npos || at == 0 || at > topic_max) continue;
    std::size_t i = at + mark.size();
    // "Play area: monthly inspection report (Cllr Kerslake) noted.": a passive decision of
    // its own after the topic.
    if (bool after_noting = false; passive_decision(s.substr(i), after_noting)) {
      noting = after_noting;
    } else {
      while (filler_words.contains(word_at(s, i))) i = next_word(s, i);
      std::string_view verb = word_at(s, i);
      // "… : agreed with that" is someone's opinion.
      std::string_view after = s.substr(next_word(s, i));
      if (!passive_words.contains(verb) || reports_not_decides(verb, after) ||
          text::starts_with_word(after, "with"))
        continue;
      noting = notes(verb);
    }
    // Read last, as it costs most: a person's name before the mark is someone speaking.
    if (names_a_speaker(s.substr(0, at))) {
      noting = false;
      continue;
    }
    return true;
  }
  return false;
}

}  // namespace

std::size_t body_subject(std::string_view s) {
  std::string_view w = word_at(s, 0);
  if (one_of(w, words::plural_bodies)) return w.size();
  // Notes drop the article: "Board ratifies the email vote …", "Committee agreed to …".
  if (!w.empty() && text::is_ascii_upper(w[0]) && keywords::is_body_word(w)) return w.size();
  if (!text::iequals(w, "the")) return 0;
  // "The [Capitalised …] Board", "the team", "the meeting"
  std::size_t i = next_word(s, 0);
  for (int n = 0; n < 5 && i < s.size(); ++n) {
    std::string_view word = word_at(s, i);
    if (keywords::is_body_word(word) || one_of(word, words::plural_bodies) ||
        text::iequals(word, "team"))
      return i + word.size();
    // "The members' meeting": a possessive before the body.
    bool possessive = word.ends_with("'") || word.ends_with("'s");
    if (word.empty() || !(text::is_ascii_upper(word[0]) ||
                          static_cast<unsigned char>(word[0]) >= 0x80 || possessive))
      return 0;
    i = next_word(s, i);
  }
  return 0;
}

bool decision_predicate(std::string_view s, bool& noting) {
  noting = false;
  std::size_t i = 0;
  while (i < s.size() && text::is_space(s[i])) ++i;
  while (i < s.size() && filler_words.contains(word_at(s, i))) i = next_word(s, i);
  std::string_view verb = word_at(s, i);
  if (text::iequals(verb, "noted") || text::iequals(verb, "received")) {
    std::string_view rest = word_at(s, next_word(s, i));
    // "noted that …" reports a remark; "noted the report" records a decision.
    if (text::iequals(rest, "that") || text::iequals(rest, "with") || text::iequals(rest, "how") ||
        text::iequals(rest, "concerns"))
      return false;
    noting = true;
    return true;
  }
  if (text::iequals(verb, "were") || text::iequals(verb, "was")) {
    std::string_view next = word_at(s, next_word(s, i));
    return text::iequals(next, "in") && text::has_word(s.substr(0, 40), "agreement");
  }
  if (!verb_words.contains(verb)) return false;
  std::string_view rest = word_at(s, next_word(s, i));
  // "agreed with the speaker" is an opinion; "approved at its meeting on …" another meeting.
  return !(text::iequals(rest, "with") || text::iequals(rest, "at"));
}

bool records_decision(std::string_view sentence, bool& noting) {
  noting = false;
  std::string_view s = without_label(sentence);
  // "Unanimously approved.", "Carried.": an outcome with no words of its own; the motion it
  // closes holds the decision.
  constexpr std::size_t decision_min_words = 4;
  if (s.empty()) return false;
  if (fewer_words_than(s, decision_min_words)) return thing_and_outcome(s, noting);
  // Outcomes of a motion are the motion family's: "The (substantive) motion was carried".
  constexpr std::size_t subject_words = 4;
  std::size_t i = 0;
  for (std::size_t n = 0; n < subject_words && i < s.size(); ++n, i = next_word(s, i)) {
    std::string_view w = word_at(s, i);
    if (text::iequals(w, "motion") || text::iequals(w, "amendment") || text::iequals(w, "proposal"))
      return false;
  }
  // "On being put to the vote the motion was CARRIED": the motion's outcome, its family's.
  if (text::has_word(s, "the motion was") || text::has_word(s, "the amendment was")) return false;
  // "The committee had agreed by email in January to …": decided outside the meeting, and
  // only reported — unless this meeting ratifies it ("Board ratifies the email vote to …").
  auto any_word = [&](const auto& table) {
    return std::any_of(std::begin(table), std::end(table),
                       [&](std::string_view w) { return text::has_word(s, w); });
  };
  if (any_word(words::outside_meeting_phrases) && !any_word(words::ratifying_words)) return false;
  if (it_was_decided_at(s)) return true;
  // "It was the consensus of the Board that …", "The consensus was to …"
  if (consensus.find_first(s)) return true;
  // A decision verb with the subject left out: "Agreed to …", "Resolved to accept …".
  if (decision_predicate(s, noting) && text::is_ascii_upper(s[0])) return true;
  // "Members thanked her and the report was noted.": a passive decision after "and".
  for (std::size_t at = text::find_word(s, "and the"); at != std::string_view::npos;
       at = text::find_word(s, "and the", at + 1))
    if (passive_decision(s.substr(at + 4), noting)) return true;
  if (std::size_t n = body_subject(s)) return decision_predicate(s.substr(n), noting);
  // "Following the review, the Board agreed to …", "On the Committee's recommendation,
  // proposed by DA and seconded by SD, the Board ratified …": a lead-in, then the body.
  constexpr std::size_t lead_in_max = 160;
  for (std::size_t comma = s.find(", "); comma != std::string_view::npos && comma < lead_in_max;
       comma = s.find(", ", comma + 1)) {
    std::string_view rest = s.substr(comma + 2);
    if (!text::starts_with_word(rest, "the")) continue;
    // "At the last meeting, the board had agreed …": another meeting's decision.
    std::string_view lead = s.substr(0, comma);
    if (text::has_word(lead, "last") || text::has_word(lead, "previous") ||
        text::has_word(lead, "earlier"))
      break;
    if (std::size_t n = body_subject(rest);
        n && !text::starts_with_word(text::trim(rest.substr(n)), "had")) {
      bool lead_noting = false;
      if (decision_predicate(rest.substr(n), lead_noting)) {
        noting = lead_noting;
        return true;
      }
    }
    // "On the proposal of Cllr A, seconded by Cllr B, the minutes … were confirmed."
    if (passive_decision(rest, noting)) return true;
  }

  // "Stargazing night on the roof: agreed, date TBC."
  // The mark's word as a whole word (any case), then the mark itself as printed.
  text::phrase_set::positions mark_word_at = outcome_mark_words.find_each(s);
  for (std::size_t k = 0; k < outcome_mark_words.size(); ++k) {
    if (mark_word_at[k] == std::string_view::npos) continue;
    std::size_t mark = s.find(words::outcome_marks[k]);
    if (mark != std::string_view::npos && !names_a_speaker(s.substr(0, mark))) return true;
  }
  if (outcome_after_topic(s, noting)) return true;
  if (text::has_word(s, "elected") && !text::has_word(s, "will")) return true;
  // "Unanimous adoption of previous minutes": a decision told as a noun.
  {
    std::size_t i = 0;
    if (text::iequals(word_at(s, 0), "unanimous")) i = next_word(s, 0);
    if (one_of(word_at(s, i), words::decision_nouns) &&
        text::iequals(word_at(s, next_word(s, i)), "of"))
      return true;
  }
  // "Read through and agreed as a fair record", "approved as a correct record".
  if (record_phrases.find_first(s)) {
    noting = true;
    return true;
  }
  return passive_decision(s, noting);
}

bool it_was_decided(std::string_view sentence) {
  return it_was_decided_at(without_label(sentence));
}

bool outcome_of_title(std::string_view s) {
  s = text::trim(s, " .");
  if (s.empty() || !text::is_ascii_lower(s[0])) return false;
  constexpr std::size_t outcome_max_words = 10;
  bool decided = false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size(); i = next_word(s, i)) {
    std::string_view w = text::trim(word_at(s, i), ",;");
    if (w.empty()) continue;
    if (passive_words.contains(w)) {
      decided = true;
    } else if (!(w == "and" || w == "read" || w == "duly" || w == "unanimously")) {
      // "… as a true record", "… by the meeting": the tail says how, after a decision.
      return decided && (w == "as" || w == "by" || w == "with") &&
             text::word_count(s) <= outcome_max_words;
    }
    if (++words > outcome_max_words) return false;
  }
  return decided;
}

bool closes_with_outcome(std::string_view line) {
  std::string_view s = text::trim(line, " .\t");
  // "…: No objection (Cllr Haddad took no part).": a remark in brackets after the outcome.
  constexpr std::size_t remark_max = 80;
  if (s.ends_with(")"))
    if (std::size_t open = s.rfind('(');
        open != std::string_view::npos && open > 0 && s.size() - open <= remark_max)
      s = text::trim(s.substr(0, open), " .\t");
  // "… from 9th March. <gap> Noted/Web Site": the outcome, then where it goes next.
  if (std::size_t gap = s.rfind('\t'); gap != std::string_view::npos) {
    std::string_view note = s.substr(gap + 1);
    if (std::size_t slash = note.find('/'); slash != std::string_view::npos && slash > 0)
      return closes_with_outcome(s.substr(0, gap + 1 + slash));
  }
  for (std::string_view o : words::closing_outcomes) {
    if (s.size() <= o.size() + 2) continue;
    if (!text::iequals(s.substr(s.size() - o.size()), o)) continue;
    char before = s[s.size() - o.size() - 1];
    if (before == '\t' || before == '.' || before == ' ' || before == '-' || before == ':')
      return before != ' ' || text::is_ascii_upper(s[s.size() - o.size()]);
  }
  return false;
}

}  // namespace minutes::parser
