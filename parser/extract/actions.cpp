// Actions (extract stage): commitments with owners and due dates, from three places:
//  - action lines: "Actions:" / "ACTION:" labels and the entries under them;
//  - resolution clauses that assign work ("April Rankin contact …", "X would request …");
//  - narrative undertakings ("X said he would raise …", "Y offered to …", "Z will liaise …").
// A narrative sentence that restates the work of a clause in the same item is dropped.
// This file records an action, reads the clauses and drops restatements; action lines are
// read in actions_lines.cpp, running text in actions_narrative.cpp (actions_internal.hpp
// declares the action finder they share).
#include <algorithm>
#include <map>

#include "parser/extract/actions_internal.hpp"
#include "parser/extract/families.hpp"
#include "parser/extract/text_overlap.hpp"
#include "parser/text.hpp"
#include "parser/words/action_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

using model::action_origin;

// Two commitments by one owner in one item are the same when this share of the shorter
// one's words appear in the other.
constexpr double restatement_overlap = 0.5;
// … and the share at which two texts say the same whoever is named.
constexpr double same_words_overlap = 0.8;

// A task marked finished: "— done", "(done)", "Complete", "action completed".
bool reports_done(std::string_view text) {
  for (auto w : words::done_words) {
    for (std::size_t at = text::find_word(text, w); at != std::string_view::npos;
         at = text::find_word(text, w, at + 1)) {
      std::string_view before = text::trim(text.substr(0, at));
      bool marked =
          before.empty() || before.ends_with("-") || before.ends_with("(") ||
          before.ends_with(":") || before.ends_with("\xE2\x80\x94") ||
          before.ends_with("\xE2\x80\x93") ||
          text::iequals(before.substr(before.size() > 6 ? before.size() - 6 : 0), "action");
      if (marked) return true;
    }
  }
  return false;
}

}  // namespace

void action_finder::add(const commitment& c, std::string_view s, const layout_block& b,
                        std::size_t offset, std::optional<std::string> item, action_origin origin,
                        std::optional<std::string> resolution, std::optional<model::span> where) {
  // Initials nobody in the minutes stands for ("TSC calls move …") are not an owner.
  for (const auto& o : c.owners) {
    bool initials = o.kind == owner_kind::person && o.name.size() >= 2 && o.name.size() <= 4 &&
                    text::all_caps(o.name) && o.name.find(' ') == std::string_view::npos;
    // On an action line the initials are an owner all the same, kept as written.
    if (initials && !cx.people.knows(o.name) && !cx.people.knows_initials(o.name) &&
        origin != action_origin::actions_line)
      return;
    if (o.kind == owner_kind::pronoun) return;
  }
  // "benchmark CI job — done", "(action done)": a report of finished work.
  if (reports_done(s.substr(c.verb_begin, c.verb_end - c.verb_begin))) return;
  pending_action a;
  a.record.item = std::move(item);
  std::string_view verb_phrase = s.substr(c.verb_begin, c.verb_end - c.verb_begin);
  // A note at the right margin is not part of what was committed.
  verb_phrase = verb_phrase.substr(0, verb_phrase.find('\t'));
  a.record.text = std::string(text::trim(verb_phrase, " ."));
  // "… and would arrange this", "offered to help with that": say what "this" is — the
  // sentence's first predicate, or else the sentence before.
  std::string_view last = a.record.text;
  last = last.substr(last.rfind(' ') == std::string_view::npos ? 0 : last.rfind(' ') + 1);
  if (text::iequals(last, "this") || text::iequals(last, "it") || text::iequals(last, "that")) {
    std::string_view context = c.context_end > c.context_begin
                                   ? s.substr(c.context_begin, c.context_end - c.context_begin)
                                   : previous_sentence;
    context = text::trim(context, " .");
    if (!context.empty()) a.record.text += " (" + std::string(context) + ")";
  }
  a.record.origin = origin;
  a.record.resolution = std::move(resolution);
  a.record.due = due_date(a.record.text, cx.meeting_date, cx.next_meeting_date);
  a.record.where = where ? *where : cx.span_of(b, offset, offset + s.size());
  for (const auto& o : c.owners) {
    pending_owner po;
    po.as_written = std::string(o.name);
    if (o.kind == owner_kind::person)
      po.who = cx.people.mention(o.honorific, o.name, mention_kind::owner);
    if (o.kind == owner_kind::role) po.as_written = "role:" + po.as_written;
    a.owners.push_back(std::move(po));
  }
  cx.actions.push_back(std::move(a));
}

void action_finder::clauses() {
  for (const auto& r : cx.doc.resolutions) {
    find_commitments(r.text, commitment_mode::clause, found);
    for (const auto& c : found) {
      if (!known_owner(c)) continue;
      layout_block none;
      add(c, r.text, none, 0, r.item, action_origin::resolution, r.id, r.where);
    }
  }
}

// "X to …" in running text is an action only when X is someone the minutes name as a
// person, or a role: "Ensure to consult …", "Support to children …" are not.
// "Guidance will come from …", "Payment will be made": a lone noun of a thing or an act
// (-ance, -ence, -ment, -ness, -ity) is nobody, whatever verb follows it.
bool action_finder::abstract_noun(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  for (std::string_view suffix : {"ance", "ence", "ment", "ness", "ity"})
    if (name.size() > suffix.size() + 2 && name.ends_with(suffix)) return true;
  return false;
}

bool action_finder::known_owner(const commitment& c) const {
  // "Cabinet would consider …": a body of the organisation is nobody's commitment.
  for (const auto& o : c.owners)
    if (o.kind == owner_kind::person &&
        (abstract_noun(o.name) ||
         (o.name.find(' ') == std::string_view::npos && keywords::is_body_word(o.name))))
      return false;
  if (c.form == commitment_form::phrase) return true;
  for (const auto& o : c.owners) {
    if (o.kind == owner_kind::role) continue;
    if (o.kind == owner_kind::pronoun && c.form == commitment_form::after_topic) continue;
    if (o.kind == owner_kind::group) {
      if (c.form == commitment_form::owner_to) return false;
      continue;
    }
    // "Adopt trademark policy v2": a capitalised verb is no owner. One word must be a
    // person the minutes name; two or more words are a name by their shape.
    if (c.form == commitment_form::owner_first && o.name.find(' ') != std::string_view::npos)
      continue;
    std::string_view first = o.name.substr(0, o.name.find(' '));
    if (!cx.people.knows(first) && !cx.people.knows(o.name.substr(o.name.rfind(' ') + 1)) &&
        !cx.people.knows_initials(o.name))
      return false;
  }
  return true;
}

namespace {

bool same_owner(const pending_action& a, const pending_action& b) {
  for (const auto& x : a.owners)
    for (const auto& y : b.owners)
      if (text::iequals(x.as_written, y.as_written)) return true;
  return false;
}

// Drops actions that restate a kept one's work in the same item: a narrative sentence that
// says again what a clause, a line or an earlier sentence recorded, or a line that records
// a clause's work. Two records of one kind (two "Action:" lines, two clauses) are two
// actions unless they are the same owner's same words — "Jane to email the clerk about the
// footpath" and "… about the hedge" are two tasks. Every action is compared with every kept
// one, so each one's words are counted once.
void drop_restatements(std::vector<pending_action>& actions) {
  word_ids ids;
  std::vector<content_word_counts> words;
  for (const auto& a : actions) words.push_back(count_content_words(a.record.text, ids));
  std::vector<std::size_t> kept;  // indices into `actions`
  // A restatement stands near what it restates: each action is compared with the latest
  // kept ones of its item, so that an item of thousands of actions costs no more per action.
  constexpr std::size_t compared_max = 64;
  std::map<std::optional<std::string>, std::vector<std::size_t>> kept_in_item;
  for (std::size_t n = 0; n < actions.size(); ++n) {
    const pending_action& a = actions[n];
    std::vector<std::size_t>& mine = kept_in_item[a.record.item];
    auto latest = mine.end() - static_cast<std::ptrdiff_t>(std::min(mine.size(), compared_max));
    bool restated = std::any_of(latest, mine.end(), [&](std::size_t j) {
      const pending_action& k = actions[j];
      if (a.record.origin != action_origin::narrative &&
          k.record.origin == action_origin::narrative)
        return false;
      double o = overlap(words[j], words[n]);
      if (a.record.origin != action_origin::narrative && k.record.origin == a.record.origin)
        return same_owner(k, a) && o >= same_words_overlap;
      return (same_owner(k, a) && o >= restatement_overlap) || o >= same_words_overlap;
    });
    if (!restated) {
      kept.push_back(n);
      mine.push_back(n);
    }
  }
  std::vector<pending_action> out;
  out.reserve(kept.size());
  for (std::size_t j : kept) out.push_back(std::move(actions[j]));
  actions = std::move(out);
}

}  // namespace

void extract_actions(extract_context& cx) {
  action_finder finder{cx, {}, {}, {}};
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n)
    finder.action_lines(cx.lay.items[n], cx.doc.items[n].id);
  finder.clauses();
  finder.action_logs();
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n) {
    finder.duty_lists(cx.lay.items[n], cx.doc.items[n].id);
    finder.narrative(cx.lay.items[n], cx.doc.items[n].id);
  }
  // Clause and line actions first, so that narrative restatements are the ones dropped.
  std::stable_sort(cx.actions.begin(), cx.actions.end(), [](const auto& a, const auto& b) {
    return (a.record.origin == action_origin::narrative) <
           (b.record.origin == action_origin::narrative);
  });
  drop_restatements(cx.actions);
  std::stable_sort(cx.actions.begin(), cx.actions.end(), [](const auto& a, const auto& b) {
    return a.record.where.start_line < b.record.where.start_line;
  });
}

}  // namespace minutes::parser
