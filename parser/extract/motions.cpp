// Motions (extract stage): formal motions with mover, seconder, outcome and votes. Within an
// item the sentences (and "Moved:" / "Seconded:" / "Vote:" lines) are read in order: a mover
// opens a motion; a seconder, the motion's text ("THAT …"), the votes and the outcome fill
// it; the outcome closes it. An outcome with no open motion opens and closes one when it
// speaks of a motion or a vote ("The report was accepted by a vote of …").
// A carried motion is also a resolution: motion_links.cpp links it to the item's resolution
// that says the same, or adds one.
#include <algorithm>
#include <string_view>
#include <vector>

#include "parser/extract/cues.hpp"
#include "parser/extract/decisions.hpp"
#include "parser/extract/elections.hpp"
#include "parser/extract/families.hpp"
#include "parser/extract/motion_links.hpp"
#include "parser/extract/motion_phrases.hpp"
#include "parser/extract/motion_votes.hpp"
#include "parser/extract/names.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/grammar/vote_count.hpp"
#include "parser/phrase_set.hpp"
#include "parser/text.hpp"
#include "parser/words/motion_words.hpp"

namespace minutes::parser {
namespace {

using namespace motion_words;
using namespace motion_text;
using model::motion_outcome;

struct motion_reader {
  extract_context& cx;
  const item_range& item;
  std::string item_id;
  std::optional<pending_motion> open;
  std::optional<std::size_t> last_closed;  // index in cx.motions of the item's last motion
  std::size_t open_block = 0;              // block where the open motion began
  std::size_t last_block = 0;              // block of the open motion's latest unit
  std::size_t first_of_item = cx.motions.size();
  std::string_view sentence_before;  // the sentence before the unit in its paragraph, if any

  void person(std::optional<people_registry::handle>& slot, const named& n) {
    slot = cx.people.mention(n.honorific, n.name, mention_kind::owner);
  }

  void start(const layout_block& b, std::size_t k, std::size_t begin, std::size_t end) {
    close();
    open.emplace();
    open->record.item = item_id;
    open->record.where = cx.span_of(b, begin, end);
    open_block = last_block = k;
  }

  void extend(const layout_block& b, std::size_t begin, std::size_t end) {
    last_block = static_cast<std::size_t>(&b - cx.lay.blocks.data());
    model::span s = cx.span_of(b, begin, end);
    open->record.where.end_line = std::max(open->record.where.end_line, s.end_line);
    open->record.where.end_byte = std::max(open->record.where.end_byte, s.end_byte);
  }

  // The item's last motion closed without its votes: "CARRIED", then "For: 5 Against: 2".
  bool votes_wanted() const { return last_closed && !cx.motions[*last_closed].record.votes; }

  // "On being put to the vote: For 9 Against 2 … RESOLVED: That …": a recorded majority,
  // or the resolution that follows, tells the outcome the minutes leave unsaid.
  void settle(model::motion& m) {
    // Both sides counted and no abstentions printed: there were none ("For: 5", "Against: 2",
    // each on its line, or a roll call naming the ayes and the noes).
    if (m.votes && m.votes->for_ && m.votes->against && !m.votes->abstain) m.votes->abstain = 0;
    if (m.outcome) return;
    if (m.votes && m.votes->for_ && m.votes->against) {
      if (*m.votes->for_ > *m.votes->against) m.outcome = motion_outcome::carried;
      if (*m.votes->for_ < *m.votes->against) m.outcome = motion_outcome::lost;
      return;
    }
    if (m.votes && m.votes->for_.value_or(0) > 0 && !m.votes->against) {
      m.outcome = motion_outcome::carried;  // every recorded vote in favour
      return;
    }
    for (std::size_t j = last_block + 1; j < item.end; ++j) {
      const layout_block& n = cx.lay.blocks[j];
      if (n.kind == model::block_kind::table) continue;
      if (n.label == keywords::label_role::resolved) m.outcome = motion_outcome::carried;
      break;
    }
  }

  // "… and on being put to the vote: For 4 … RESOLVED: That the minutes …": a motion whose
  // words the minutes give only in the resolution that follows.
  std::string text_after(std::size_t k) {
    for (std::size_t j = k + 1; j < item.end; ++j) {
      const layout_block& n = cx.lay.blocks[j];
      if (n.kind == model::block_kind::table) continue;
      if (n.label != keywords::label_role::resolved) return {};
      std::string_view body = text::trim(n.body());
      if (!body.empty()) return std::string(body);
      if (j + 1 < item.end) return std::string(text::trim(cx.lay.blocks[j + 1].body()));
      return {};
    }
    return {};
  }

  void close() {
    if (!open) return;
    model::motion& m = open->record;
    if (m.text.empty()) m.text = text_after(last_block);
    if (m.text.empty()) m.text = text_before(open_block);
    // "The minutes, as corrected, were then approved." above "Proposed: A Seconded: B": words
    // that tell the decision made tell the outcome.
    bool noting = false;
    if (!m.outcome && (text::has_word(m.text, "was") || text::has_word(m.text, "were")) &&
        records_decision(m.text, noting))
      m.outcome = motion_outcome::carried;
    settle(m);
    // An election: a nomination is not a mover ("Brin for President"). A motion that the
    // candidates "be elected en bloc", proposed and seconded, keeps its mover.
    bool procedural = text::starts_with_word(m.text, "that") && open->seconder;
    if ((text::has_word(m.text, "elect") || text::has_word(m.text, "elected") ||
         text::has_word(m.text, "election") || is_nomination(m.text)) &&
        !procedural)
      open->mover.reset();
    cx.motions.push_back(std::move(*open));
    last_closed = cx.motions.size() - 1;
    open.reset();
  }

  static bool is_nomination(std::string_view t) {
    std::size_t for_at = text::find_word(t, "for");
    if (for_at == std::string_view::npos) return false;
    std::string_view role = text::trim(t.substr(for_at + 3), " .*");
    return keywords::is_role_word(role) && text::word_count(t) <= 6;
  }

  // The text a mover line refers back to: the paragraph above it, or the item's title.
  std::string text_before(std::size_t k) {
    for (std::size_t j = k; j > item.heading + 1; --j) {
      const layout_block& p = cx.lay.blocks[j - 1];
      if (p.label) continue;
      if (p.kind == model::block_kind::paragraph || p.kind == model::block_kind::heading)
        return std::string(text::trim(p.text, "*_ "));
      break;
    }
    return item.title;
  }

  // Reads one sentence (or table row) of the item, `cues` its cue words. With no motion
  // open, a sentence opens or closes one only through the words of motions, or gives the
  // votes of the motion just closed (a vote count always holds a digit).
  void unit(const layout_block& b, std::size_t k, std::size_t begin, std::size_t end,
            cue_mask cues) {
    std::string_view s = std::string_view(b.text).substr(begin, end - begin);
    bool label_line = begin == 0 && b.label;
    if (!open && !label_line && !(cues & motion_cues) && !(text::has_digit(s) && votes_wanted()))
      return;
    using keywords::label_role;
    std::optional<mover_found> mover;
    std::string_view field_text = motion_field_text(s);
    if (!field_text.empty()) {
      start(b, k, begin, end);
      // "MOTION: Falkenrath   SECOND: Darrow", the words on the lines below: a name alone in
      // the field is the mover.
      if (auto n = name_after(field_text, 0);
          n && n->name.size() == field_text.size() && text::word_count(field_text) <= 3)
        mover = mover_found{
            *n, static_cast<std::size_t>(field_text.data() + field_text.size() - s.data())};
      else
        open->record.text = std::string(field_text);
    }
    if (!mover && label_line && *b.label == label_role::moved) {
      if (auto n = name_after(b.text, b.label_length)) mover = mover_found{*n, b.text.size()};
    } else if (!mover) {
      mover = bracketed_mover(s);
      if (!mover) mover = find_person(s, mover_before, mover_after);
    }
    if (mover) {
      // "**Motion:** … / **Moved:** A": the line of fields below names the open motion's mover.
      bool fields_below = open && !open->mover && !open->record.text.empty() && k <= open_block + 2;
      if (field_text.empty() && !fields_below) start(b, k, begin, end);
      person(open->mover, mover->who);
      auto sec = find_person(s, seconder_before, seconder_after);
      if (!sec) sec = bracketed_seconder(s);
      if (!sec) sec = field_seconder(s);
      if (sec) {
        person(open->seconder, sec->who);
        // "A moves to approve the agenda, B seconds": the words end where the seconder begins.
        if (open->record.text.empty() && sec->begin > mover->end)
          open->record.text =
              std::string(text::trim(motion_clause(s.substr(0, sec->begin), mover->end), " ,;.-"));
        if (open->record.text.empty()) open->record.text = std::string(motion_clause(s, sec->end));
        // "On the proposal of A, seconded by B, the minutes … were confirmed.": the decision
        // the motion made, told after its seconder.
        std::string_view told = text::trim(s.substr(std::min(sec->end, s.size())), " ,;");
        bool noting = false;
        if (open->record.text.empty() && text::starts_with_word(told, "the") &&
            records_decision(told, noting)) {
          open->record.text = std::string(told);
          open->record.outcome = motion_outcome::carried;
        }
      }
      if (open->record.text.empty()) open->record.text = std::string(motion_clause(s, mover->end));
      // "Motion (Rivera/Chen): approve the Feb minutes as amended.": the words after the colon.
      // (A mover from a "Moved:" label ends at its block's end, which may be past `s`.)
      if (std::string_view after = text::trim(s.substr(std::min(mover->end, s.size())), " *_");
          open->record.text.empty() && after.starts_with(":")) {
        std::string_view words = after.substr(1);
        words = words.substr(0, std::min(words.find(". "), words.size()) + 1);  // one sentence
        open->record.text = std::string(text::trim(words, " *_"));
      }
      // "Mr. Kovacs asked for a motion to approve …. Mr. Ford motioned, Mr. Ashbourne
      // seconded": the words are those asked for, when the mover's sentence has none.
      const std::string& own = open->record.text;
      bool worded = text::starts_with_word(own, "to") || text::starts_with_word(own, "that");
      if (!worded)
        if (auto asked = asked_for_motion(std::string_view(b.text).substr(0, begin));
            !asked.empty())
          open->record.text = std::string(asked);
      if (open->record.text.empty()) {
        open->record.text = std::string(words_before(s, *mover, sentence_before));
        // "… as amended: approved and signed. Proposed …": the sentence recorded the decision;
        // "The minutes … were accepted as a true record on the proposal of A, seconded by B":
        // so do the words before the mover.
        bool noting = false;
        std::string_view lead = text::trim(s.substr(0, std::min(mover->begin, s.size())), " ,;");
        if (!open->record.text.empty() && lead.empty() && records_decision(sentence_before, noting))
          open->record.outcome = motion_outcome::carried;
        if (open->record.text.empty() && records_decision(lead, noting)) {
          open->record.text = std::string(lead);
          open->record.outcome = motion_outcome::carried;
        }
      }
    } else if (open) {
      std::optional<mover_found> sec;
      if (label_line && *b.label == label_role::seconded) {
        if (auto n = name_after(b.text, b.label_length)) sec = mover_found{*n, b.text.size()};
      } else {
        sec = find_person(s, seconder_before, seconder_after);
      }
      if (sec && !open->seconder) {
        person(open->seconder, sec->who);
        extend(b, begin, end);
      } else if (std::string_view words = unquoted(s);
                 open->record.text.empty() &&
                 (text::starts_with_word(words, "that") || text::starts_with_word(words, "to"))) {
        // "… proposed by A and seconded by B:" above "“That the Council …”".
        open->record.text = std::string(text::trim(words, " ."));
        extend(b, begin, end);
      }
    }
    // "Ayes – LaPointe, Varga, Novak" / "Nays – none": the lines of a roll call.
    if (open && opens_with_vote_side(s)) {
      read_named_votes(open->record, s);
      extend(b, begin, end);
    }
    // An outcome word inside the motion's own words ("that consideration be deferred") is not
    // its outcome: look only outside them.
    std::string_view before_text = s, after_text;
    if (open && !open->record.text.empty()) {
      std::size_t own = s.find(open->record.text);
      if (own != std::string_view::npos) {
        before_text = s.substr(0, own);
        after_text = s.substr(own + open->record.text.size());  // may tell its fate
      }
    }
    auto outcome = find_outcome(before_text);
    if (!outcome) outcome = find_outcome(after_text);
    bool votes =
        grammar::find_vote_count(s).has_value() || (label_line && *b.label == label_role::vote);
    if (!outcome && !votes) return;
    if (!open && outcome && !text::has_word(s, "motion") && !text::has_word(s, "vote")) {
      // "CARRIED" under "THAT …" with no mover line: the motion is the paragraph above.
      if (text::word_count(s) > outcome_line_max_words || !item_has_that_paragraph(k)) return;
    }
    if (!open) {
      if (!outcome && last_closed && !cx.motions[*last_closed].record.votes) {
        read_votes(cx.motions[*last_closed].record, s);  // "For: 5 Against: 2" after "CARRIED"
        settle(cx.motions[*last_closed].record);
        return;
      }
      if (!outcome) return;
      // "The substantive motion was then put to the vote and CARRIED": an earlier motion of
      // the item, left open while an amendment was dealt with.
      for (std::size_t n = cx.motions.size(); n > first_of_item; --n) {
        model::motion& earlier = cx.motions[n - 1].record;
        if (earlier.outcome) continue;
        earlier.outcome = outcome;
        read_votes(earlier, s);
        return;
      }
      start(b, k, begin, end);
      if (text::word_count(s) > outcome_line_max_words && !text::has_word(s, "put to the vote"))
        open->record.text = std::string(text::trim(s, " ."));
    }
    extend(b, begin, end);
    if (outcome) open->record.outcome = outcome;
    read_votes(open->record, s);
    if (outcome) close();
  }

  bool item_has_that_paragraph(std::size_t k) {
    return k > item.heading + 1 && text::starts_with_word(cx.lay.blocks[k - 1].text, "that");
  }

  void run() {
    for (std::size_t k = item.heading + 1; k < item.end; ++k) {
      const layout_block& b = cx.lay.blocks[k];
      if (b.kind == model::block_kind::table) {
        // Each row is a unit: "For: 9 <gap> Against: 2 <gap> Abstain: 1".
        for (std::size_t start = 0; start < b.text.size();) {
          std::size_t nl = b.text.find('\n', start);
          if (nl == std::string::npos) nl = b.text.size();
          unit(b, k, start, nl, cues_of(std::string_view(b.text).substr(start, nl - start)));
          start = nl + 1;
        }
        continue;
      }
      std::span<const sentence> sentences = cx.sentences.of(k);
      std::span<const cue_mask> cues = cx.sentences.cues_of(k);
      for (std::size_t n = 0; n < sentences.size(); ++n) {
        sentence_before =
            n == 0 ? std::string_view{}
                   : std::string_view(b.text).substr(sentences[n - 1].begin,
                                                     sentences[n - 1].end - sentences[n - 1].begin);
        unit(b, k, sentences[n].begin, sentences[n].end, cues[n]);
      }
      sentence_before = {};
    }
    close();
  }
};

}  // namespace

void extract_motions(extract_context& cx) {
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n) {
    motion_reader reader{cx, cx.lay.items[n], cx.doc.items[n].id, {}, {}, 0, 0, cx.motions.size(),
                         {}};
    reader.run();
  }
  find_elections(cx);
  link_resolutions(cx);
}

}  // namespace minutes::parser
