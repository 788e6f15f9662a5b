// Cue gates (see cue_gate.hpp).
#include "parser/cue_gate.hpp"

#include "parser/text.hpp"

namespace minutes::parser::text {

cue_gate::cue_gate(std::initializer_list<table> tables)
    : cues_(cues_of(tables, admit_all_)), set_(cues_) {}

std::vector<std::string_view> cue_gate::cues_of(std::initializer_list<table> tables,
                                                bool& admit_all) {
  std::vector<std::string_view> cues;
  for (table t : tables)
    for (std::string_view entry : t) {
      std::string_view longest;
      for (std::size_t i = 0; i < entry.size();) {
        if (!is_letter(entry[i])) {
          ++i;
          continue;
        }
        std::size_t j = i;
        while (j < entry.size() && is_letter(entry[j])) ++j;
        if (j - i > longest.size()) longest = entry.substr(i, j - i);
        i = j;
      }
      if (longest.empty()) admit_all = true;
      cues.push_back(longest);
    }
  return cues;
}

bool cue_gate::admits(std::string_view s) const {
  if (admit_all_) return true;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p != end) {
    if (!is_letter(*p)) {
      ++p;
      continue;
    }
    const char* run = p;
    while (p != end && is_letter(*p)) ++p;
    if (set_.contains(std::string_view(run, static_cast<std::size_t>(p - run)))) return true;
  }
  return false;
}

}  // namespace minutes::parser::text
