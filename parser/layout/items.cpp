// Item segmentation (layout stage): decides which blocks head agenda items. Three shapes of
// minutes are told apart by their structure, in this order:
//   1. single agenda-item exports, which open with the words "Agenda item";
//   2. numbered minutes, whose item headings carry numbers in (mostly) rising order;
//   3. unnumbered minutes, whose items are headings with text of their own beneath them.
// Blocks before the first item are the preamble (title block, attendance).
#include <algorithm>

#include "parser/layout/layout.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"

namespace minutes::parser {
namespace {

using model::block_kind;

// ---- Helpers ----------------------------------------------------------------------------

// Titles of headings that structure the document rather than name business.
bool structural_title(std::string_view title) {
  static constexpr std::string_view words[] = {
      "agenda",    "minutes",         "summary",   "details",     "short version",
      "notes",     "contents",        "attendees", "attendance",  "present",
      "apologies", "regrets",         "absent",    "proceedings", "in attendance",
      "members",   "other attendees", "officers",  "long version"};
  std::string_view t = text::trim(title, ":*");
  for (auto w : words)
    if (text::iequals(t, w)) return true;
  return false;
}

// Leading integer of an agenda number ("17.1" -> 17, "5a" -> 5, "23/045" -> 23045).
long major_of(std::string_view number) {
  long v = 0;
  bool any = false;
  for (char c : number) {
    if (text::is_digit(c)) {
      v = v * 10 + (c - '0');
      any = true;
    } else if (c == '/') {
      continue;
    } else {
      break;
    }
  }
  return any ? v : -1;
}

bool compound(std::string_view number) {
  std::size_t dot = number.find('.');
  return dot != std::string_view::npos && dot + 1 < number.size();
}

bool has_content_before_next_heading(const std::vector<layout_block>& blocks, std::size_t h) {
  for (std::size_t k = h + 1; k < blocks.size(); ++k) {
    if (blocks[k].kind == block_kind::heading) return false;
    return true;
  }
  return false;
}

// ---- Shape 1: single agenda-item export ---------------------------------------------------

bool is_single_export(const std::vector<layout_block>& blocks) {
  return blocks.size() >= 2 && text::iequals(text::trim(blocks[0].text, ":"), "agenda item");
}

void fill_single_export(layout& out) {
  item_range item;
  item.single_export = true;
  item.begin = 0;
  item.heading = 1;
  item.end = out.blocks.size();
  item.title = out.blocks[1].text;
  out.blocks[1].kind = block_kind::heading;
  out.blocks[1].level = 1;
  // Between the title and "Minutes:": presenters, then the purpose ("To receive …").
  bool in_purpose = false;
  for (std::size_t k = 2; k < out.blocks.size(); ++k) {
    layout_block& b = out.blocks[k];
    if (b.label == keywords::label_role::minutes_body) break;
    if (text::starts_with_word(b.text, "to") && !in_purpose) {
      in_purpose = true;
      item.purpose = b.text;
    } else if (in_purpose) {
      *item.purpose += "\n" + b.text;
    } else {
      item.presenters.push_back(b.text);
    }
  }
  out.preamble_end = 0;
  out.items.push_back(std::move(item));
}

// ---- Shape 2: numbered minutes --------------------------------------------------------------

// Numbered headings in reading order, without agenda listings: a run of numbered headings
// with nothing between them is the agenda, when the same numbers head text later on.
std::vector<std::size_t> numbered_headings(const std::vector<layout_block>& blocks) {
  std::vector<std::size_t> found;
  for (std::size_t k = 0; k < blocks.size(); ++k)
    if (blocks[k].kind == block_kind::heading && !blocks[k].number.empty()) found.push_back(k);
  std::vector<std::size_t> kept;
  for (std::size_t n = 0; n < found.size(); ++n) {
    std::size_t k = found[n];
    bool listing = k + 1 < blocks.size() && blocks[k + 1].kind == block_kind::heading &&
                   !blocks[k + 1].number.empty();
    bool repeated =
        std::any_of(found.begin() + static_cast<std::ptrdiff_t>(n) + 1, found.end(),
                    [&](std::size_t later) { return blocks[later].number == blocks[k].number; });
    if (listing && repeated) continue;
    kept.push_back(k);
  }
  // A compound number is an item only when its parent number heads nothing.
  std::vector<std::size_t> items;
  for (std::size_t k : kept) {
    std::string_view number = blocks[k].number;
    if (compound(number)) {
      std::string_view parent = number.substr(0, number.find('.'));
      bool parent_heads = std::any_of(kept.begin(), kept.end(), [&](std::size_t other) {
        return blocks[other].number == parent;
      });
      if (parent_heads) continue;
    }
    items.push_back(k);
  }
  return items;
}

// Numbers that mostly rise are an agenda; a scatter of numbers is something else.
bool rising(const std::vector<layout_block>& blocks, const std::vector<std::size_t>& heads) {
  if (heads.empty()) return false;
  std::size_t ups = 0;
  for (std::size_t n = 1; n < heads.size(); ++n)
    ups += major_of(blocks[heads[n]].number) >= major_of(blocks[heads[n - 1]].number);
  return ups * 4 >= (heads.size() - 1) * 3;
}

// ---- Shape 3: unnumbered headings ------------------------------------------------------------

std::vector<std::size_t> topic_headings(const std::vector<layout_block>& blocks) {
  std::vector<std::size_t> heads;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const layout_block& b = blocks[k];
    bool heading = b.kind == block_kind::heading || (b.standalone && text::all_caps(b.text));
    if (heading) heads.push_back(k);
  }
  // The document title: a first heading that stands before any text, at the top level.
  std::vector<std::size_t> items;
  int item_level = 0;  // level of the last item heading; deeper headings are its parts
  for (std::size_t n = 0; n < heads.size(); ++n) {
    std::size_t k = heads[n];
    const layout_block& b = blocks[k];
    int level = b.level == 0 ? 2 : b.level;
    if (n == 0 && k == 0 && (level == 1 || heads.size() > 1)) continue;
    if (structural_title(b.text)) {
      item_level = 0;
      continue;
    }
    if (!has_content_before_next_heading(blocks, k)) continue;
    if (item_level != 0 && level > item_level) continue;
    items.push_back(k);
    item_level = level;
  }
  return items;
}

void fill_items(layout& out, const std::vector<std::size_t>& heads) {
  for (std::size_t n = 0; n < heads.size(); ++n) {
    item_range item;
    item.begin = item.heading = heads[n];
    item.end = n + 1 < heads.size() ? heads[n + 1] : out.blocks.size();
    const layout_block& h = out.blocks[heads[n]];
    if (!h.number.empty()) item.number = h.number;
    item.title = std::string(text::trim(h.text, ":"));
    out.items.push_back(std::move(item));
  }
  out.preamble_end = heads.empty() ? out.blocks.size() : heads.front();
}

}  // namespace

void find_items(const source_text&, layout& out) {
  auto& blocks = out.blocks;
  if (is_single_export(blocks)) {
    fill_single_export(out);
  } else if (auto numbered = numbered_headings(blocks); rising(blocks, numbered)) {
    fill_items(out, numbered);
  } else {
    fill_items(out, topic_headings(blocks));
  }
  // Inside items, short lines standing alone are sub-headings.
  for (std::size_t k = out.preamble_end; k < blocks.size(); ++k) {
    if (blocks[k].standalone && blocks[k].kind == block_kind::paragraph) {
      blocks[k].kind = block_kind::heading;
      blocks[k].level = 3;
    }
  }
}

layout lay_out(const source_text& src) {
  layout out;
  build_blocks(src, out);
  find_items(src, out);
  return out;
}

}  // namespace minutes::parser
