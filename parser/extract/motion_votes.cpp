// The votes of a motion (see motion_votes.hpp).
#include "parser/extract/motion_votes.hpp"

#include <optional>
#include <vector>

#include "parser/extract/motion_phrases.hpp"
#include "parser/extract/names.hpp"
#include "parser/grammar/vote_count.hpp"
#include "parser/text.hpp"
#include "parser/words/motion_words.hpp"

namespace minutes::parser {

using namespace motion_text;
using namespace motion_words;

void read_votes(model::motion& m, std::string_view s) {
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
  read_named_votes(m, s);
}

bool opens_with_vote_side(std::string_view s) {
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
void read_named_votes(model::motion& m, std::string_view s) {
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
    if (text::starts_with_word(s.substr(i), "none") || text::starts_with_word(s.substr(i), "nil")) {
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

}  // namespace minutes::parser
