// Elections (see elections.hpp).
#include "parser/extract/elections.hpp"

#include <algorithm>

#include "parser/extract/cues.hpp"
#include "parser/extract/names.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/text.hpp"

namespace minutes::parser {
namespace {

// Where "elected" reports a result: after a name, "was elected", "were elected", "was
// re-elected", "elected as", "duly elected". Not "to be elected", "will be elected".
std::optional<std::size_t> winner_begin(std::string_view s) {
  for (std::string_view verb : {"elected", "re-elected"}) {
    for (std::size_t at = text::find_word(s, verb); at != std::string_view::npos;
         at = text::find_word(s, verb, at + 1)) {
      std::size_t end = at;
      while (end > 0 && s[end - 1] == ' ') --end;
      std::string_view before = s.substr(0, end);
      for (std::string_view aux : {" was", " were", " duly", " unanimously"})
        if (before.ends_with(aux))
          before = text::trim(before.substr(0, before.size() - aux.size()));
      if (before.ends_with(" be") || before.ends_with(" to")) continue;
      if (auto n = name_ending_at(before, before.size())) return n->begin;
    }
  }
  return std::nullopt;
}

bool covered(const extract_context& cx, const std::string& item, const model::span& where) {
  return std::any_of(cx.motions.begin(), cx.motions.end(), [&](const pending_motion& m) {
    return m.record.item == item && m.record.where.start_line <= where.end_line &&
           where.start_line <= m.record.where.end_line;
  });
}

}  // namespace

void find_elections(extract_context& cx) {
  std::vector<sentence> sentences;
  bool added = false;
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n) {
    const item_range& range = cx.lay.items[n];
    const std::string& item = cx.doc.items[n].id;
    for (std::size_t k = range.heading + 1; k < range.end; ++k) {
      const layout_block& b = cx.lay.blocks[k];
      // "elected" is a cue word of decisions: most blocks are passed over on their bit.
      if (!(cx.sentences.block_cues_of(k) & decision_cues)) continue;
      if (text::find_word(b.text, "elected") == std::string_view::npos) continue;
      split_sentences(b.text, sentences);
      for (const auto& s : sentences) {
        std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
        auto winner = winner_begin(t);
        if (!winner) continue;
        model::span where = cx.span_of(b, s.begin, s.end);
        if (covered(cx, item, where)) continue;
        pending_motion m;
        m.record.item = item;
        m.record.text =
            cx.doc.items[n].title + ": " + std::string(text::trim(t.substr(*winner), " ."));
        m.record.outcome = model::motion_outcome::carried;
        m.record.where = where;
        cx.motions.push_back(std::move(m));
        added = true;
      }
    }
  }
  // Motions in reading order, whichever rule found them.
  if (added)
    std::stable_sort(cx.motions.begin(), cx.motions.end(),
                     [](const pending_motion& a, const pending_motion& b) {
                       return a.record.where.start_line < b.record.where.start_line;
                     });
}

}  // namespace minutes::parser
