// Numbered lists a decision introduces (see clause_lists.hpp).
#include "parser/extract/clause_lists.hpp"

#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/clause_label.hpp"
#include "parser/text.hpp"

namespace minutes::parser {
namespace {

// Bytes of a list label opening `text` ("1. ", "(a) ", "ii) "), or 0.
std::size_t entry_label(std::string_view text) {
  if (auto number = grammar::match_agenda_number(text); number && number->keyword.empty())
    return number->length;
  if (auto clause = grammar::match_clause_label(text)) return clause->length;
  return 0;
}

}  // namespace

std::vector<listed_clause> clauses_after(const extract_context& cx, const model::span& where,
                                         const std::string& item_id) {
  std::vector<listed_clause> out;
  const auto& blocks = cx.lay.blocks;
  std::size_t item = 0;
  while (item < cx.doc.items.size() && cx.doc.items[item].id != item_id) ++item;
  if (item >= cx.lay.items.size()) return out;
  const item_range& range = cx.lay.items[item];
  std::size_t k = range.heading + 1;
  while (k < range.end && cx.span_of(blocks[k]).end_line < where.start_line) ++k;
  for (++k; k < range.end; ++k) {
    const layout_block& b = blocks[k];
    if (b.kind == model::block_kind::bullet && !out.empty()) continue;  // a detail of an entry
    if (b.kind != model::block_kind::paragraph) break;
    std::size_t label = b.clause.empty() ? entry_label(b.text) : b.clause_length;
    if (label == 0) break;
    out.push_back({std::string(text::trim(std::string_view(b.text).substr(label))), cx.span_of(b)});
  }
  return out;
}

}  // namespace minutes::parser
