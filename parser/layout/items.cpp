// Item segmentation (layout stage): decides which blocks head agenda items. Three shapes of
// minutes are told apart by their structure, in this order:
//   1. single agenda-item exports, which open with the words "Agenda item";
//   2. numbered minutes, whose item headings carry numbers in (mostly) rising order;
//   3. unnumbered minutes, whose items are headings with text of their own beneath them.
// Blocks before the first item are the preamble (title block, attendance).
#include <algorithm>

#include "parser/grammar/clock_time.hpp"
#include "parser/grammar/date.hpp"
#include "parser/layout/layout.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"
#include "parser/words/meeting_words.hpp"

namespace minutes::parser {
namespace {

using model::block_kind;

// ---- Helpers ----------------------------------------------------------------------------

// Titles of headings that structure the document rather than name business.
bool structural_title(std::string_view title) {
  std::string_view t = text::trim(title, ":*");
  for (auto w : words::structural_titles)
    if (text::iequals(t, w)) return true;
  // "Attendees present", "Members in attendance": a list's label standing as a heading. (One
  // word may name business: "Officers" over the election of officers.)
  if (auto label = keywords::match_label(t); label && label->length >= t.size() &&
                                             text::word_count(t) >= 2 &&
                                             (label->role == keywords::label_role::present ||
                                              label->role == keywords::label_role::apologies ||
                                              label->role == keywords::label_role::absent))
    return true;
  bool facts = true;
  for (std::size_t i = 0; i < t.size() && facts;) {
    std::size_t j = t.find(' ', i);
    std::string_view w = text::trim(t.substr(i, j == std::string_view::npos ? j : j - i), ",");
    bool known = false;
    for (auto f : words::fact_words) known = known || text::iequals(w, f);
    facts = known;
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  if (facts) return true;
  return keywords::is_title_phrase(t);
}

// The visible title of a heading: without a "Topic:" label, a leading time slot
// ("14:55 — Membership fees", "20:30 Finances") or a trailing colon.
std::string title_of(const layout_block& h) {
  std::string_view t = h.label == keywords::label_role::topic ? h.body() : std::string_view(h.text);
  if (auto slot = grammar::match_time(t); slot && slot->length < t.size()) {
    std::string_view rest = text::trim(t.substr(slot->length), " -\xE2\x80\x93\x94:");
    if (!rest.empty() && text::is_letter(rest[0])) t = rest;
  }
  t = text::trim(t, ":*_ ");
  // "Apologies - none received.": a title, then its text. A subtitle after a colon that ends
  // no sentence ("Proposal SCP-007: Redesign of the collections library") is the title's.
  if (auto split = split_title_from_text(t); split && split->certain)
    return std::string(t.substr(0, split->title_end));
  return std::string(t);
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

// A line that is only a person's name: a roster entry, not a heading.
bool looks_like_a_name(std::string_view s) {
  constexpr std::size_t name_max_words = 5;
  if (text::word_count(s) > name_max_words) return false;
  for (char c : s)
    if (!(text::is_letter(c) || c == ' ' || c == '.' || c == '\'' || c == '-')) return false;
  std::size_t capitals = 0, words = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 0 || s[i - 1] == ' ') {
      ++words;
      capitals += text::is_ascii_upper(s[i]) || static_cast<unsigned char>(s[i]) >= 0x80;
    }
  }
  // One word could be either ("Money", "Mary"): under it stands text, so a heading.
  return words >= 2 && capitals == words && !text::all_caps(s);
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

// The longest run of headings whose numbers never go down: numbered reasons or conditions
// inside an item ("1 The proposed building …", "2 …") restart at 1 and fall out of it.
std::vector<std::size_t> in_sequence(const std::vector<layout_block>& blocks,
                                     const std::vector<std::size_t>& heads) {
  std::vector<long> majors;
  for (std::size_t k : heads) majors.push_back(major_of(blocks[k].number));
  // Patience sorting: tails[l] is the index ending the best run of length l + 1.
  std::vector<std::size_t> tails, previous(heads.size(), static_cast<std::size_t>(-1));
  for (std::size_t n = 0; n < heads.size(); ++n) {
    auto at = std::upper_bound(tails.begin(), tails.end(), majors[n],
                               [&](long v, std::size_t t) { return v < majors[t]; });
    if (at != tails.begin()) previous[n] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(n);
    } else {
      *at = n;
    }
  }
  std::vector<std::size_t> out;
  for (std::size_t n = tails.empty() ? static_cast<std::size_t>(-1) : tails.back();
       n != static_cast<std::size_t>(-1); n = previous[n])
    out.push_back(heads[n]);
  std::reverse(out.begin(), out.end());
  return out;
}

// Numbered headings in reading order, without agenda listings: a run of numbered headings
// with nothing between them is a list (the agenda), not the headings of the minutes.
std::vector<std::size_t> numbered_headings(const std::vector<layout_block>& blocks) {
  std::vector<std::size_t> found;
  for (std::size_t k = 0; k < blocks.size(); ++k)
    if (blocks[k].kind == block_kind::heading && !blocks[k].number.empty()) found.push_back(k);
  auto numbered = [&](std::size_t k) {
    return k < blocks.size() && blocks[k].kind == block_kind::heading && !blocks[k].number.empty();
  };
  std::vector<std::size_t> kept;
  for (std::size_t k : found) {
    bool listed =
        numbered(k + 1) || (k > 0 && numbered(k - 1) &&
                            (k + 1 >= blocks.size() || blocks[k + 1].kind == block_kind::heading));
    if (!listed) kept.push_back(k);
  }
  // When nothing heads text, the numbers were only a list.
  if (kept.empty()) return kept;
  kept = in_sequence(blocks, kept);
  // A number seen already belongs to a list inside an item ("3. Request that …" under
  // item 3), not to a second item 3.
  std::vector<std::size_t> unique;
  for (std::size_t k : kept) {
    bool seen = std::any_of(unique.begin(), unique.end(),
                            [&](std::size_t u) { return blocks[u].number == blocks[k].number; });
    if (!seen) unique.push_back(k);
  }
  kept = std::move(unique);
  // A compound number is an item when its parent heads nothing, or heads only a group:
  // "5. DELEGATIONS" with no text of its own before "5.1 …".
  auto parent_of = [&](std::string_view number) { return number.substr(0, number.find('.')); };
  auto is_group = [&](std::size_t k) {
    std::string prefix = blocks[k].number + ".";
    return k + 1 < blocks.size() && blocks[k + 1].kind == block_kind::heading &&
           blocks[k + 1].number.rfind(prefix, 0) == 0;
  };
  std::vector<std::size_t> items;
  for (std::size_t k : kept) {
    std::string_view number = blocks[k].number;
    if (!compound(number)) {
      if (!is_group(k)) items.push_back(k);
      continue;
    }
    auto parent = std::find_if(kept.begin(), kept.end(), [&](std::size_t other) {
      return blocks[other].number == parent_of(number);
    });
    if (parent == kept.end() || is_group(*parent)) items.push_back(k);
  }
  return items;
}

// "#### 6. BUDGET REVIEW", "#### PLANNING", "#### 7. …": a heading printed like the numbered
// ones, with text of its own, is an item too, though its number was left out.
void add_unnumbered_peers(const source_text& src, const std::vector<layout_block>& blocks,
                          std::vector<std::size_t>& heads) {
  if (heads.size() < 2) return;
  int level = blocks[heads.front()].level;
  for (std::size_t k : heads)
    if (blocks[k].level != level) return;
  // Only markup gives headings levels of their own ("## 2. Minutes", "## Pool"); in plain
  // text a level is a guess.
  bool marked = text::trim(src.line(blocks[heads.front()].first_line)).starts_with("#");
  if (level <= 2 && !marked) return;
  std::vector<std::size_t> peers;
  for (std::size_t k = heads.front() + 1; k < blocks.size(); ++k) {
    const layout_block& b = blocks[k];
    if (b.kind != block_kind::heading || b.level != level || !b.number.empty()) continue;
    if (structural_title(b.text) || !has_content_before_next_heading(blocks, k)) continue;
    peers.push_back(k);
  }
  heads.insert(heads.end(), peers.begin(), peers.end());
  std::sort(heads.begin(), heads.end());
}

// Numbers that mostly rise are an agenda; a scatter of numbers, or one number repeated (a
// Markdown list written "1." on every line), is something else.
bool rising(const std::vector<layout_block>& blocks, const std::vector<std::size_t>& heads) {
  if (heads.empty()) return false;
  if (heads.size() == 1) return true;
  std::size_t ups = 0;
  for (std::size_t n = 1; n < heads.size(); ++n)
    ups += major_of(blocks[heads[n]].number) >= major_of(blocks[heads[n - 1]].number);
  bool moves = blocks[heads.front()].number != blocks[heads.back()].number;
  return moves && ups * 4 >= (heads.size() - 1) * 3;
}

// ---- Shape 3: unnumbered headings ------------------------------------------------------------

// A heading with a date in the title block is part of it ("## Teleconference, 9 May 2023").
bool dated_title_line(const layout_block& b) {
  return grammar::find_date(b.text).has_value();
}

std::vector<std::size_t> topic_headings(const std::vector<layout_block>& blocks) {
  std::vector<std::size_t> heads;
  bool any_marked = false;  // headings marked as such: Markdown, capitals, "Topic:"
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const layout_block& b = blocks[k];
    bool marked = b.kind == block_kind::heading || (b.standalone && text::all_caps(b.text)) ||
                  b.label == keywords::label_role::topic;
    any_marked = any_marked || marked;
    if (marked) heads.push_back(k);
  }
  // Short lines standing alone with text under them are headings too: "Streetlights on
  // Alder Close" over its bullets. Not a name on its own line (a roster), not a label.
  for (std::size_t k = 0; k + 1 < blocks.size(); ++k) {
    const layout_block& b = blocks[k];
    // A label standing alone opens a list ("Present"), except the next meeting's, which is
    // an item of its own in many minutes.
    bool item_label = b.label == keywords::label_role::next_meeting && b.body().empty();
    if (!b.standalone || (b.label && !item_label) || b.kind != block_kind::paragraph) continue;
    const layout_block& next = blocks[k + 1];
    // Text under it: bullets, a paragraph, or a short line that is a sentence, leads into
    // what follows ("Mr. Birch reviewed the proposal:") or gives a date ("March 22, 2016").
    std::string_view next_text = text::trim(next.text);
    bool short_text = next.standalone && !next_text.empty() &&
                      (ends_sentence(next_text) || next_text.back() == ':' ||
                       grammar::find_date(next_text).has_value());
    bool content = next.kind == block_kind::bullet ||
                   (next.kind == block_kind::paragraph && (!next.standalone || short_text));
    // "Brin for President." ends a sentence: a line of text, not a heading.
    // A name on its own line heads a roster entry, not an item: "Jane Smith" over bullets or
    // more names. Over a paragraph of text, "Repository Access" is a topic.
    bool name_line = looks_like_a_name(b.text) && (next.kind == block_kind::bullet ||
                                                   next.standalone || looks_like_a_name(next.text));
    if (content && !name_line && !ends_sentence(b.text)) heads.push_back(k);
  }
  std::sort(heads.begin(), heads.end());
  (void)any_marked;
  std::vector<std::size_t> items;
  int item_level = 0;    // level of the last item heading; deeper headings are its parts
  bool grouped = false;  // a heading that only groups topics was met
  int leaf_level = 0;    // the level of the topics under it
  bool before_items = true;
  for (std::size_t n = 0; n < heads.size(); ++n) {
    std::size_t k = heads[n];
    const layout_block& b = blocks[k];
    int level = b.level == 0 ? 2 : b.level;
    // The document title: a first heading before any text but the front matter.
    bool first_text = k == 0 || (k == 1 && blocks[0].kind == block_kind::table &&
                                 blocks[0].first_line == 0 && !blocks[0].joined.empty());
    if (n == 0 && first_text && (level == 1 || heads.size() > 1)) continue;
    if (structural_title(b.text)) {
      item_level = 0;
      continue;
    }
    if (before_items && dated_title_line(b)) continue;
    if (!has_content_before_next_heading(blocks, k)) {
      // "### Reports" over "#### Treasurer", "#### Secretary": a heading that only groups
      // topics; the headings under it are the items.
      if (n + 1 < heads.size() && blocks[heads[n + 1]].level > level) {
        item_level = 0;
        grouped = true;
      }
      continue;
    }
    // Once the topics under a grouping heading set the level of items ("### Reports" over
    // "#### Activities"), headings of that level are items wherever they stand ("####
    // Proposal SCP-007" under "### Proposals", which has text of its own).
    if (item_level != 0 && level > item_level && level != leaf_level) continue;
    if (grouped && leaf_level == 0) leaf_level = level;
    items.push_back(k);
    item_level = level;
    before_items = false;
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
    item.title = title_of(h);
    out.items.push_back(std::move(item));
  }
  out.preamble_end = heads.empty() ? out.blocks.size() : heads.front();
}

}  // namespace

void find_items(const source_text& src, layout& out) {
  auto& blocks = out.blocks;
  if (is_single_export(blocks)) {
    fill_single_export(out);
  } else if (auto numbered = numbered_headings(blocks); rising(blocks, numbered)) {
    add_unnumbered_peers(src, blocks, numbered);
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
