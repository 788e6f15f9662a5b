// Cue indexes (see cue_index.hpp).
#include "parser/cue_index.hpp"

#include "parser/text.hpp"

namespace minutes::parser::text {
namespace {

// The next run of letters at or after `p`, and `p` moved past it; empty at the end.
std::string_view next_letter_run(const char*& p, const char* end) {
  while (p != end && !is_letter(*p)) ++p;
  const char* run = p;
  while (p != end && is_letter(*p)) ++p;
  return std::string_view(run, static_cast<std::size_t>(p - run));
}

}  // namespace

cue_index::cue_index(std::initializer_list<family> families)
    : cues_(cues_of(families, always_)), set_(words_of(cues_)) {
  bits_by_slot_.resize(set_.slot_count());
  for (const cue& c : cues_) bits_by_slot_[set_.slot_of(c.word)] |= c.bits;
  for (const family& f : families) all_ |= f.bit;
}

std::vector<cue_index::cue> cue_index::cues_of(std::initializer_list<family> families,
                                               cue_mask& always) {
  std::vector<cue> cues;
  for (const family& f : families)
    for (table t : f.tables)
      for (std::string_view entry : t) {
        std::string_view longest;
        const char* p = entry.data();
        const char* end = p + entry.size();
        while (p != end)
          if (std::string_view run = next_letter_run(p, end); run.size() > longest.size())
            longest = run;
        if (longest.empty())
          always |= f.bit;
        else
          cues.push_back({longest, f.bit});
      }
  return cues;
}

std::vector<std::string_view> cue_index::words_of(const std::vector<cue>& cues) {
  std::vector<std::string_view> words;
  words.reserve(cues.size());
  for (const cue& c : cues) words.push_back(c.word);
  return words;
}

cue_mask cue_index::classify(std::string_view s) const {
  cue_mask found = always_;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p != end && found != all_) {
    std::string_view word = next_letter_run(p, end);
    if (!set_.may_hold(word)) continue;  // the empty run at the end too
    std::size_t slot = set_.slot_of(word);
    if (slot != word_set::npos) found |= bits_by_slot_[slot];
  }
  return found;
}

}  // namespace minutes::parser::text
