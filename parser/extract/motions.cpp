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

  void set_votes(model::motion& m, std::string_view s) {
    std::optional<grammar::ast::vote_tally> v;
    if (auto found = grammar::find_vote_count(s))
      v = found->value;
    else
      v = outcome_tally(s);
    if (v) {
      model::vote_counts counts;
      if (v->for_ >= 0) counts.for_ = v->for_;
      if (v->against >= 0) counts.against = v->against;
      if (v->abstain >= 0) counts.abstain = v->abstain;
      // A printed tally is the whole vote: "carried 5-2" had no abstentions.
      if (counts.for_ && counts.against && !counts.abstain) counts.abstain = 0;
      // Sides printed on lines of their own ("For (7): …", "Against (3): …") add up.
      if (m.votes && !(counts.for_ && counts.against)) {
        if (counts.for_) m.votes->for_ = counts.for_;
        if (counts.against) m.votes->against = counts.against;
        if (counts.abstain) m.votes->abstain = counts.abstain;
      } else {
        m.votes = counts;
      }
    }
    named_votes(m, s);
  }

  static bool opens_with_vote_side(std::string_view s) {
    auto opens = [&](const auto& side) {
      for (auto w : side) {
        if (!text::istarts_with(s, w) || s.size() <= w.size()) continue;
        std::string_view rest = text::trim(s.substr(w.size()), " ");
        if (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest.starts_with("\xE2\x80")))
          return true;
      }
      return false;
    };
    return opens(ayes_words) || opens(nays_words) || opens(abstain_words);
  }

  // "Ayes: Smith, Jones. Nays: Brown." and "Janet Kilroy yea, Dick Dorsey yea".
  void named_votes(model::motion& m, std::string_view s) {
    std::optional<model::vote_counts> nobody;  // "Nays – none": a side with no votes
    auto read_side = [&](const auto& words, model::vote_choice choice) {
      auto p = find_phrase(s, words);
      if (!p) return;
      std::size_t i = p->first + p->second;
      for (;;) {
        if (i < s.size() && (s[i] == ':' || s[i] == '-' || text::is_space(s[i]))) {
          ++i;
        } else if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) {
          i += 3;
        } else {
          break;
        }
      }
      if (i == p->first + p->second) return;  // "for" in running text, not "For:"
      if (text::starts_with_word(s.substr(i), "none") ||
          text::starts_with_word(s.substr(i), "nil")) {
        if (!nobody) nobody = model::vote_counts{};
        auto& slot = choice == model::vote_choice::for_      ? nobody->for_
                     : choice == model::vote_choice::against ? nobody->against
                                                             : nobody->abstain;
        slot = 0;
        return;
      }
      std::vector<found_name> names;
      read_name_list(s, i, names);
      for (const auto& n : names) m.named_votes.push_back({std::string(n.name), choice});
    };
    read_side(ayes, model::vote_choice::for_);
    read_side(nays, model::vote_choice::against);
    read_side(abstains, model::vote_choice::abstain);
    for (std::string_view word : vote_after_name) {
      for (std::size_t at = text::find_word(s, word); at != std::string_view::npos;
           at = text::find_word(s, word, at + 1)) {
        if (auto n = name_ending_at(s, at))
          m.named_votes.push_back({std::string(n->name), word == "nay" ? model::vote_choice::against
                                                                       : model::vote_choice::for_});
      }
    }
    if (nobody) {
      if (!m.votes) m.votes = model::vote_counts{};
      if (nobody->for_ && !m.votes->for_) m.votes->for_ = 0;
      if (nobody->against && !m.votes->against) m.votes->against = 0;
      if (nobody->abstain && !m.votes->abstain) m.votes->abstain = 0;
    }
    // A side that names its voters counts them (the lines of a roll call come one by one).
    if (m.named_votes.empty()) return;
    model::vote_counts named;
    for (const auto& v : m.named_votes) {
      auto& slot = v.vote == model::vote_choice::for_      ? named.for_
                   : v.vote == model::vote_choice::against ? named.against
                                                           : named.abstain;
      slot = slot.value_or(0) + 1;
    }
    if (!m.votes) m.votes = model::vote_counts{};
    if (named.for_) m.votes->for_ = named.for_;
    if (named.against) m.votes->against = named.against;
    if (named.abstain) m.votes->abstain = named.abstain;
  }

  // "On being put to the vote: For 9 Against 2 … RESOLVED: That …": a recorded majority,
  // or the resolution that follows, tells the outcome the minutes leave unsaid.
  void settle(model::motion& m) {
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
    settle(m);
    // An election: a nomination is not a mover ("Brin for President").
    if (text::has_word(m.text, "elect") || text::has_word(m.text, "elected") ||
        text::has_word(m.text, "election") || is_nomination(m.text))
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
      open->record.text = std::string(field_text);
    }
    if (label_line && *b.label == label_role::moved) {
      if (auto n = name_after(b.text, b.label_length)) mover = mover_found{*n, b.text.size()};
    } else {
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
      named_votes(open->record, s);
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
        set_votes(cx.motions[*last_closed].record, s);  // "For: 5 Against: 2" after "CARRIED"
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
        set_votes(earlier, s);
        return;
      }
      start(b, k, begin, end);
      if (text::word_count(s) > outcome_line_max_words && !text::has_word(s, "put to the vote"))
        open->record.text = std::string(text::trim(s, " ."));
    }
    extend(b, begin, end);
    if (outcome) open->record.outcome = outcome;
    set_votes(open->record, s);
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
