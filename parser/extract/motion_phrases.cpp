// The phrases of a motion (extract stage, see motion_phrases.hpp): who moved and seconded
// it, its own words, its outcome.
#include "parser/extract/motion_phrases.hpp"

#include <algorithm>

#include "parser/extract/names.hpp"
#include "parser/grammar/vote_count.hpp"
#include "parser/text.hpp"
#include "parser/words/labels.hpp"
#include "parser/words/motion_words.hpp"

namespace minutes::parser::motion_text {

using namespace motion_words;
using model::motion_outcome;

std::optional<named> name_after(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (text::is_space(s[pos]) || s[pos] == ':' || s[pos] == '-' ||
                            s[pos] == '*' || s[pos] == '_'))
    ++pos;
  if (auto n = name_starting_at(s, pos)) {
    // "Proposed: Isobel Rennie   Seconded: Graham Tulloch": the next field ends the name.
    std::string_view name = n->name;
    for (std::size_t sp = name.find(' '); sp != std::string_view::npos;
         sp = name.find(' ', sp + 1)) {
      std::string_view word = name.substr(sp + 1, name.find(' ', sp + 1) - sp - 1);
      bool field = false;
      for (std::string_view f : motion_fields) field = field || text::iequals(word, f);
      if (field) {
        name = text::trim(name.substr(0, sp));
        break;
      }
    }
    return named{n->honorific, name};
  }
  // A bare first name or handle: "Proposed by: Brin".
  std::size_t end = pos;
  while (end < s.size() && (text::is_word_char(s[end]) || s[end] == '@' || s[end] == '-')) ++end;
  if (end > pos + 1 && (text::is_ascii_upper(s[pos]) || s[pos] == '@'))
    return named{{}, s.substr(pos, end - pos)};
  return std::nullopt;
}

// The phrase tables, each searched in one pass over a sentence.
const text::phrase_set mover_before{mover_before_name};
const text::phrase_set mover_after{mover_after_name};
const text::phrase_set seconder_before{seconder_before_name};
const text::phrase_set seconder_after{seconder_after_name};
const text::phrase_set ayes{ayes_words};
const text::phrase_set nays{nays_words};
const text::phrase_set abstains{abstain_words};
const text::phrase_set outcomes = [] {
  std::vector<std::string_view> words;
  for (const auto& o : outcome_phrases) words.push_back(o.words);
  return text::phrase_set(words);
}();

// Finds the first-listed phrase of `table` in `s`; returns its position and length.
std::optional<std::pair<std::size_t, std::size_t>> find_phrase(std::string_view s,
                                                               const text::phrase_set& table) {
  if (auto m = table.find_first(s)) return std::pair{m->at, table[m->index].size()};
  return std::nullopt;
}

namespace {

// "Avi: I move that …": the speaker a scribe's line is labelled with.
std::optional<named> speaker_of(std::string_view s) {
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  std::string_view label = text::trim(s.substr(0, colon));
  if (auto n = name_starting_at(label, 0); n && n->end == label.size())
    return named{n->honorific, n->name};
  bool one_word = text::word_count(label) == 1 && text::is_ascii_upper(label[0]);
  if (one_word) return named{{}, label};
  return std::nullopt;
}

bool is_outcome_unit(std::string_view s, std::string_view phrase) {
  return phrase.find(' ') != std::string_view::npos ||
         text::word_count(s) <= outcome_line_max_words || text::has_word(s, "motion") ||
         text::has_word(s, "amendment") || grammar::find_vote_count(s).has_value();
}

}  // namespace

std::optional<mover_found> find_person(std::string_view s, const text::phrase_set& before,
                                       const text::phrase_set& after) {
  if (auto p = find_phrase(s, before)) {
    if (auto n = name_after(s, p->first + p->second)) {
      std::size_t end = static_cast<std::size_t>(n->name.data() + n->name.size() - s.data());
      return mover_found{*n, end, p->first};
    }
  }
  if (auto p = find_phrase(s, after)) {
    // "moved that …", "moved an amendment that …": the motion's words begin at "that".
    std::string_view phrase = s.substr(p->first, p->second);
    std::size_t end = p->first + p->second;
    if (phrase.ends_with(" that")) end -= 4;
    if (phrase.ends_with(" to")) end -= 2;
    if (auto n = name_ending_at(s, p->first))
      return mover_found{{n->honorific, n->name}, end, n->begin};
    // "I move that …", "I second": the speaker who labels the line.
    std::string_view before_phrase = text::trim(s.substr(0, p->first));
    if (before_phrase.ends_with(" I") || before_phrase.ends_with(":I") || before_phrase == "I")
      if (auto speaker = speaker_of(s)) return mover_found{*speaker, end, p->first};
  }
  return std::nullopt;
}

// "Proposal (Jonty, seconded Ellie) to raise …": the mover in brackets after the word that
// opens the line; the motion's words begin after the bracket.
std::optional<mover_found> bracketed_mover(std::string_view s) {
  std::string_view t = text::trim(s, "*_ ");
  std::size_t paren = t.find('(');
  if (paren == std::string_view::npos) return std::nullopt;
  std::string_view word = text::trim(t.substr(0, paren), "*_ ");
  bool opens = std::any_of(std::begin(bracketed_mover_words), std::end(bracketed_mover_words),
                           [&](std::string_view w) { return text::iequals(word, w); });
  std::size_t close = t.find(')', paren);
  if (!opens || close == std::string_view::npos) return std::nullopt;
  auto n = name_after(t, paren + 1);
  if (!n) return std::nullopt;
  std::size_t name_end = static_cast<std::size_t>(n->name.data() + n->name.size() - t.data());
  if (name_end > close || (t[name_end] != ',' && t[name_end] != ')' && t[name_end] != '/'))
    return std::nullopt;
  std::size_t offset = static_cast<std::size_t>(t.data() - s.data());
  return mover_found{*n, offset + close + 1, offset};
}

std::optional<mover_found> field_seconder(std::string_view s) {
  for (std::string_view field : seconder_fields) {
    for (std::size_t at = text::find_word(s, field); at != std::string_view::npos;
         at = text::find_word(s, field, at + 1)) {
      std::size_t colon = at + field.size();
      while (colon < s.size() && s[colon] == '*') ++colon;
      if (colon >= s.size() || s[colon] != ':') continue;
      if (auto n = name_after(s, colon + 1))
        return mover_found{*n, static_cast<std::size_t>(n->name.data() + n->name.size() - s.data()),
                           at};
    }
  }
  return std::nullopt;
}

std::optional<mover_found> bracketed_seconder(std::string_view s) {
  auto mover = bracketed_mover(s);
  if (!mover) return std::nullopt;
  std::size_t slash = s.find('/', mover->begin);
  if (slash == std::string_view::npos || slash > mover->end) return std::nullopt;
  auto n = name_after(s, slash + 1);
  if (!n) return std::nullopt;
  std::size_t name_end = static_cast<std::size_t>(n->name.data() + n->name.size() - s.data());
  if (name_end >= mover->end || s[name_end] != ')') return std::nullopt;
  return mover_found{*n, mover->end, slash + 1};
}

// The words of "a motion to …" or "a motion that …" in the text before a mover's sentence.
std::string_view asked_for_motion(std::string_view before) {
  for (std::string_view lead : {"a motion to ", "a motion that "}) {
    std::size_t at = text::find_word(before, text::trim(lead));
    if (at == std::string_view::npos) continue;
    std::string_view words = before.substr(at + 9);  // past "a motion "
    std::size_t stop = words.find(". ");
    return text::trim(words.substr(0, stop), " .");
  }
  return {};
}

std::optional<motion_outcome> find_outcome(std::string_view s) {
  if (s.empty()) return std::nullopt;
  text::phrase_set::positions found = outcomes.find_each(s);
  for (std::size_t k = 0; k < outcomes.size(); ++k) {
    const auto& o = outcome_phrases[k];
    std::size_t at = found[k];
    if (at == std::string_view::npos) continue;
    std::string_view after = text::trim(s.substr(at + o.words.size()));
    // "carried forward" is an action's fate, not a vote.
    if (text::starts_with_word(after, "forward") || text::starts_with_word(after, "over")) continue;
    if (!is_outcome_unit(s, o.words)) continue;
    return o.outcome;
  }
  if (text::has_word(s, "unanimous vote") || text::has_word(s, "unanimously")) {
    if (text::has_word(s, "motion") || text::has_word(s, "approved") || text::has_word(s, "vote"))
      return motion_outcome::carried;
  }
  return std::nullopt;
}

std::optional<grammar::ast::vote_tally> outcome_tally(std::string_view s) {
  for (std::size_t slash = s.find('/'); slash != std::string_view::npos;
       slash = s.find('/', slash + 1)) {
    std::size_t begin = slash;
    while (begin > 0 && text::is_digit(s[begin - 1])) --begin;
    if (begin == slash || (begin > 0 && !text::is_space(s[begin - 1]))) continue;
    auto tally = grammar::match_slash_tally(s.substr(begin));
    if (tally && find_outcome(s.substr(0, begin))) return tally->value;
  }
  return std::nullopt;
}

// The motion's own words after its mover and seconder: "that …", "to …".
std::string_view motion_clause(std::string_view s, std::size_t from) {
  std::size_t i = from;
  for (bool first = true; i < s.size(); first = false) {
    while (i < s.size() && (text::is_space(s[i]) || s[i] == ',')) ++i;
    std::string_view rest = s.substr(i);
    // "… and on being put to the vote": the procedure, not the motion's words.
    bool procedure = text::starts_with_word(rest, "to the vote") ||
                     text::starts_with_word(rest, "to a vote") ||
                     text::starts_with_word(rest, "to the meeting");
    if (procedure) return {};
    if (text::starts_with_word(rest, "that") || text::starts_with_word(rest, "to"))
      return text::trim(rest.substr(0, rest.find('\t')), " .");  // "to adjourn. <gap> Carried"
    // "moved adoption of Ordinance No. 1184 …; Council Member Darrow seconded": a motion
    // named by the act it asks for, up to the seconder's clause.
    for (std::string_view act : motion_acts)
      if (first && text::starts_with_word(rest, act))
        return text::trim(rest.substr(0, rest.find(';')), " .");
    // Skip a seconder clause or an appositive: ", seconded by Dick Dorsey".
    std::size_t next = s.find(',', i);
    std::size_t that = text::find_word(s, "that", i);
    std::size_t to = text::find_word(s, "to", i);
    std::size_t clause = std::min(that, to);
    if (clause == std::string_view::npos ||
        (next != std::string_view::npos && next < clause && next - i > 60))
      break;
    i = clause;
  }
  return {};
}

// "Motion: Approve the minutes … Moved: A Seconded: B Vote: 5-0-0 Result: Carried": the
// motion's words run to the first field after them.
std::string_view motion_field_text(std::string_view s) {
  std::size_t at = text::find_word(s, "motion");
  if (at != 0 && !(at == 2 && s.compare(0, 2, "**") == 0)) return {};
  std::size_t begin = at + 6;
  while (begin < s.size() && s[begin] == '*') ++begin;
  if (begin >= s.size() || s[begin] != ':') return {};  // "Motion:", not "Motion carried"
  while (begin < s.size() && (s[begin] == ':' || s[begin] == '*' || text::is_space(s[begin])))
    ++begin;
  std::size_t end = s.size();
  for (std::string_view field : motion_fields) {
    for (std::size_t f = text::find_word(s, field, begin); f != std::string_view::npos;
         f = text::find_word(s, field, f + 1)) {
      std::size_t after = f + field.size();
      while (after < s.size() && (s[after] == '*' || s[after] == ' ')) ++after;
      if (after < s.size() && s[after] == ':') {
        end = std::min(end, f);
        break;
      }
    }
  }
  return text::trim(s.substr(begin, end - begin), " *_.");
}

// A mover with no words of the motion after it refers back. "Grant to the youth club – £250
// for nets: proposed Cllr Coles, seconded …": to the topic before the colon or dash.
// "Minutes of 12 February: approved. Proposed Cllr Ash, seconded Cllr Kerr.": to the
// sentence before, in the same paragraph. Empty when neither stands there.
std::string_view words_before(std::string_view s, const mover_found& mover,
                              std::string_view sentence_before) {
  std::string_view lead = text::trim(s.substr(0, std::min(mover.begin, s.size())));
  for (std::string_view mark : {":", "-", "\xE2\x80\x93", "\xE2\x80\x94"})
    if (lead.size() > mark.size() && lead.ends_with(mark))
      return text::trim(lead.substr(0, lead.size() - mark.size()), " *_");
  if (!lead.empty()) return {};
  std::string_view before = text::trim(sentence_before, " *_");
  // "PROPOSED: adopt option A.": the words after the label.
  if (auto label = keywords::match_label(before); label && label->colon)
    before = text::trim(before.substr(label->length), " *_");
  return before;
}

// Without the quotation marks around it: "\"That the Council …\"", "“That …”".
std::string_view unquoted(std::string_view s) {
  s = text::trim(s);
  bool quoted = false;
  for (std::string_view q : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98"})
    if (s.starts_with(q)) {
      s.remove_prefix(q.size());
      quoted = true;
    }
  // The closing mark only of an opened quotation: '… named the "Elm Pavilion".' keeps its own.
  if (quoted)
    for (std::string_view q : {".", "\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", "."})
      if (s.ends_with(q)) s.remove_suffix(q.size());
  return text::trim(s);
}

}  // namespace minutes::parser::motion_text
