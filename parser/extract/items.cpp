// Items (extract stage): the layout's items become model items carrying their full text as
// blocks, so the Markdown export reads as the whole minutes; the preamble keeps the rest.
#include "parser/extract/families.hpp"

namespace minutes::parser {
namespace {

model::block to_block(const extract_context& cx, const layout_block& b) {
  model::block out;
  out.kind = b.kind;
  out.text = b.text;
  out.level = b.level;
  out.where = cx.span_of(b);
  return out;
}

}  // namespace

std::optional<std::size_t> extract_context::item_index_of_block(std::size_t k) const {
  for (std::size_t n = 0; n < lay.items.size(); ++n)
    if (k >= lay.items[n].begin && k < lay.items[n].end) return n;
  return std::nullopt;
}

std::optional<std::string> extract_context::item_of_block(std::size_t k) const {
  if (auto n = item_index_of_block(k)) return doc.items[*n].id;
  return std::nullopt;
}

void extract_items(extract_context& cx) {
  const auto& blocks = cx.lay.blocks;
  for (std::size_t k = 0; k < cx.lay.preamble_end; ++k)
    cx.doc.preamble.push_back(to_block(cx, blocks[k]));
  for (const auto& range : cx.lay.items) {
    model::item item;
    item.id = "I" + std::to_string(cx.doc.items.size() + 1);
    item.number = range.number;
    item.title = range.title;
    item.presenters = range.presenters;
    item.purpose = range.purpose;
    for (std::size_t k = range.heading + 1; k < range.end; ++k)
      item.blocks.push_back(to_block(cx, blocks[k]));
    std::size_t last = range.end > range.begin ? range.end - 1 : range.begin;
    item.where = cx.src.span_of(blocks[range.begin].first_line, blocks[last].last_line);
    cx.doc.items.push_back(std::move(item));
  }
}

}  // namespace minutes::parser
