// Narrative actions (extract stage): undertakings in running text ("X said he would raise
// …", "Y offered to …", "Z will liaise …"), an owner printed at the right margin of a
// sentence, and an entry whose last sentence is only who takes it on. "He" and "she" stand
// for the person the sentence before opened with, when it named only one.
#include "parser/extract/actions_internal.hpp"

#include <algorithm>

#include "parser/extract/names.hpp"
#include "parser/text.hpp"

namespace minutes::parser {

using keywords::label_role;
using model::action_origin;

// "Write to the highways authority about the culvert. <gap> PD": an owner printed at the
// right margin of the sentence's last line makes the sentence that person's action.
void action_finder::margin_owner(const layout_block& b, const sentence& s,
                                 const std::optional<std::string>& item) {
  std::string_view text = b.text;
  std::size_t tab = text.find('\t', s.begin);
  if (tab == std::string_view::npos) return;
  // The note runs from the gap to the end of its line.
  std::size_t note_end = text.size();
  for (const auto& j : b.joined)
    if (j.offset > tab) {
      note_end = j.offset - 1;
      break;
    }
  std::string_view note = text::trim(text.substr(tab + 1, note_end - tab - 1), " .");
  std::string_view body = text::trim(text.substr(s.begin, tab - s.begin), " .");
  if (note.empty() || text::word_count(body) < 3) return;
  auto owner = owner_starting_at(note, 0);
  if (!owner || owner->end != note.size()) return;
  if (owner->kind == owner_kind::person && owner->name.find(' ') == std::string_view::npos &&
      !cx.people.knows(owner->name))
    return;
  add_whole(*owner, body, b, item);
}

// `body`, a view into `b.text`, is wholly the owner's action.
void action_finder::add_whole(const owner_ref& owner, std::string_view body, const layout_block& b,
                              const std::optional<std::string>& item) {
  commitment c;
  c.owners.push_back(owner);
  c.verb_begin = 0;
  c.verb_end = body.size();
  add(c, body, b, static_cast<std::size_t>(body.data() - b.text.data()), item,
      action_origin::narrative);
}

// How many people the minutes know of does the sentence name?
std::size_t action_finder::people_named(std::string_view t) const {
  std::size_t count = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if ((i > 0 && text::is_word_char(t[i - 1])) || !text::is_ascii_upper(t[i])) continue;
    auto n = name_starting_at(t, i);
    if (!n) continue;
    std::string_view first = n->name.substr(0, n->name.find(' '));
    if (cx.people.knows(first) || cx.people.knows(n->name.substr(n->name.rfind(' ') + 1))) ++count;
    i = n->end;
  }
  return count;
}

// "He agreed to chase …" is the action of the person the sentence before opened with; with
// nobody there, the pronoun is ambiguous and there is no action.
bool action_finder::resolve_pronouns(commitment& c, const std::optional<owner_ref>& subject) {
  for (auto& o : c.owners) {
    if (o.kind != owner_kind::pronoun) continue;
    if (!subject) return false;
    o = *subject;
  }
  return true;
}

void action_finder::narrative(const item_range& range, const std::optional<std::string>& item) {
  const auto& blocks = cx.lay.blocks;
  for (std::size_t k = range.heading + 1; k < range.end; ++k) {
    const layout_block& b = blocks[k];
    if (b.label == label_role::actions || b.kind == model::block_kind::table) continue;
    if (cx.in_resolution_block[k]) continue;
    bool done = false;
    if (!checkbox(b.text, done).empty()) continue;  // read as an action line, or work done
    std::span<const sentence> sentences = cx.sentences.of(k);
    std::size_t block_first = cx.actions.size();
    // The commitments first: who a sentence opens with matters only up to the block's last
    // sentence with "he" or "she" to resolve, and finding the opener costs more than the rest.
    if (found_by_sentence.size() < sentences.size()) found_by_sentence.resize(sentences.size());
    std::span<const cue_mask> cues = cx.sentences.cues_of(k);
    std::size_t pronouns_until = 0;  // one past the last sentence with a pronoun owner
    for (std::size_t j = 0; j < sentences.size(); ++j) {
      std::string_view t = std::string_view(b.text).substr(sentences[j].begin,
                                                           sentences[j].end - sentences[j].begin);
      find_commitments(t, commitment_mode::narrative, found_by_sentence[j], cues[j]);
      for (const auto& c : found_by_sentence[j])
        for (const auto& o : c.owners)
          if (o.kind == owner_kind::pronoun) pronouns_until = j + 1;
    }
    std::optional<owner_ref> subject;  // the person the last sentence opened with
    for (std::size_t j = 0; j < sentences.size(); ++j) {
      const sentence& s = sentences[j];
      std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
      if (tagged_owners(b, sentences, j, item)) continue;
      bool pronoun = false, sole_subject = false;
      std::optional<owner_ref> opener;
      if (j < pronouns_until) {
        pronoun = text::starts_with_word(t, "he") || text::starts_with_word(t, "she");
        opener = owner_starting_at(t, 0);
        // "In response, Mr Merriman explained …": the subject after a short lead-in.
        constexpr std::size_t lead_in_max = 30;
        if (std::size_t comma = t.find(", ");
            !opener && comma != std::string_view::npos && comma < lead_in_max)
          opener = owner_starting_at(t, comma + 2);
        // A sentence naming two people leaves "he" ambiguous: "Bea questioned Ray Brandt …"
        sole_subject = opener && opener->kind == owner_kind::person && people_named(t) == 1;
      }
      // "City Attorney Treadwell stated that she will …": "she" is the sentence's own subject.
      std::size_t before = cx.actions.size();
      for (auto& c : found_by_sentence[j]) {
        if (!resolve_pronouns(c, sole_subject ? opener : subject)) continue;
        if (known_owner(c)) add(c, t, b, s.begin, item, action_origin::narrative);
      }
      if (cx.actions.size() == before) margin_owner(b, s, item);
      previous_sentence = t;
      if (sole_subject) {
        subject = opener;
      } else if (!pronoun) {
        subject.reset();
      }
    }
    if (cx.actions.size() == block_first) trailing_owner(b, sentences, item);
  }
}

// "… be brought to the September meeting. ACTION: JM/KD": a sentence that only tags the
// one before it with its owners makes that sentence their action. True when sentence `j` of
// `b` is such a tag.
bool action_finder::tagged_owners(const layout_block& b, std::span<const sentence> sentences,
                                  std::size_t j, const std::optional<std::string>& item) {
  std::string_view t = text::trim(
      std::string_view(b.text).substr(sentences[j].begin, sentences[j].end - sentences[j].begin),
      " .*_");
  if (j == 0 || !text::istarts_with(t, "action")) return false;  // every actions label does
  auto label = keywords::match_label(t);
  if (!label || label->role != label_role::actions || !label->colon) return false;
  commitment c;
  std::string_view rest = text::trim(t.substr(label->length), " .*_");
  while (!rest.empty()) {
    std::size_t cut = std::min({rest.find('/'), rest.find(','), rest.find('&'), rest.size()});
    std::string_view piece = text::trim(rest.substr(0, cut));
    if (text::starts_with_word(piece, "and")) piece = text::trim(piece.substr(3));
    auto owner = owner_starting_at(piece, 0);
    if (!owner || owner->end != piece.size()) return false;
    owner->begin = owner->end = 0;  // the owner stands in the tag, not in the task
    c.owners.push_back(*owner);
    rest = cut < rest.size() ? text::trim(rest.substr(cut + 1)) : std::string_view{};
  }
  if (c.owners.empty()) return false;
  // "HA will include the escalation … ACTION: HA": the sentence's own commitment stands.
  if (!found_by_sentence[j - 1].empty()) return true;
  const sentence& task = sentences[j - 1];
  std::string_view body =
      text::trim(std::string_view(b.text).substr(task.begin, task.end - task.begin), " .");
  c.verb_begin = 0;
  c.verb_end = body.size();
  add(c, body, b, static_cast<std::size_t>(body.data() - b.text.data()), item,
      action_origin::actions_line);
  return true;
}

// "iv) Community and Town Council Conference, 18th March. Cllr. O. Prothero", "xi) … the
// Plan. Clerk": an entry of a list whose last sentence is only who takes it on.
void action_finder::trailing_owner(const layout_block& b, std::span<const sentence> sentences,
                                   const std::optional<std::string>& item) {
  bool entry = !b.clause.empty() || b.kind == model::block_kind::bullet;
  if (!entry || sentences.size() < 2) return;
  std::string_view note =
      text::trim(std::string_view(b.text).substr(sentences.back().begin,
                                                 sentences.back().end - sentences.back().begin),
                 " .");
  auto owner = owner_starting_at(note, 0);
  if (!owner || owner->end != note.size()) return;
  bool known = owner->kind != owner_kind::person || !owner->honorific.empty() ||
               cx.people.knows(owner->name) || cx.people.knows_initials(owner->name);
  if (!known) return;
  std::size_t begin = b.clause_length;
  std::string_view body =
      text::trim(std::string_view(b.text).substr(begin, sentences.back().begin - begin), " .");
  if (text::word_count(body) < 2) return;
  add_whole(*owner, body, b, item);
}

}  // namespace minutes::parser
