// Resolutions (extract stage): each decision of the meeting, one record per clause.
//  - A "Resolved:" (Agreed, Decision, RESOLUTION) label, with its clauses "(i)", "ii)",
//    "a)" or top-level bullets, or the single paragraph that follows it.
//  - Sentences that record the body's decision ("It was agreed that …", "The Board noted
//    the report"). In an item that has a labelled block, that block is the record of what
//    was agreed, so only formal notings are taken from its narrative.
#include <algorithm>

#include "parser/extract/decisions.hpp"
#include "parser/extract/families.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/text.hpp"
#include "parser/words/decision_words.hpp"

namespace minutes::parser {
namespace {

using model::block_kind;

// An introduction to clauses: "That:", "That the Board:", "The Committee agreed that:".
bool introduces_clauses(std::string_view s) {
  s = text::trim(s);
  return !s.empty() && s.back() == ':' && text::word_count(s) <= 15;
}

// "2025/041", "No. 12", "(24-117)": a resolution's number, with no words of a decision.
bool is_reference_number(std::string_view s) {
  s = text::trim(s, " ()[]#:.");
  if (text::istarts_with(s, "no.") || text::istarts_with(s, "no ")) s = text::trim(s.substr(3));
  if (s.empty() || !text::is_digit(s[0])) return false;
  for (char c : s)
    if (!(text::is_digit(c) || c == '/' || c == '-' || c == '.' || text::is_ascii_upper(c)))
      return false;
  return true;
}

// "It was AGREED that Minute 27 be amended to include …": an amendment to earlier minutes
// agreed in a sentence of its own is a decision even beside a labelled block, which records
// the rest of the item.
bool amends_minutes(std::string_view s) {
  bool minutes = text::has_word(s, "minute") || text::has_word(s, "minutes");
  bool amended = text::has_word(s, "amended") || text::has_word(s, "corrected") ||
                 text::has_word(s, "amend") || text::has_word(s, "correct");
  return minutes && amended && it_was_decided(s);
}

// Listing a noting's object stops after this many headings or bullets.
constexpr std::size_t noting_list_max = 8;

struct resolution_builder {
  extract_context& cx;
  const item_range& item;
  std::optional<std::string> item_id;

  void add(const layout_block& b, std::string_view text, std::size_t begin, std::size_t end,
           std::string_view label = {}) {
    text = text::trim(text);
    // "(none)", "N/A", "Nil": a label with nothing decided under it.
    std::string_view bare = text::trim(text, "()[]-. ");
    if (bare.empty() || text::iequals(bare, "none") || text::iequals(bare, "n/a") ||
        text::iequals(bare, "nil") || text::iequals(bare, "no decisions"))
      return;
    model::resolution r;
    r.item = item_id;
    if (!label.empty()) r.label = std::string(label);
    r.text = std::string(text);
    r.where = cx.span_of(b, begin, end);
    cx.doc.resolutions.push_back(std::move(r));
  }

  // The block after a label at `k`: clauses, bullets or one paragraph. Returns the index of
  // the first block not taken.
  std::size_t labelled(std::size_t k) {
    const auto& blocks = cx.lay.blocks;
    const layout_block& b = blocks[k];
    std::string_view intro = b.body();
    // "RESOLUTION 2025/041", "Resolution No. 12": the label's number, and the decision below.
    if (is_reference_number(intro)) intro = {};
    std::size_t j = k + 1;
    if (intro.empty() && j < item.end && !blocks[j].label && blocks[j].clause.empty() &&
        introduces_clauses(blocks[j].text)) {
      intro = blocks[j].text;
      ++j;
    }
    bool expect_list = intro.empty() || introduces_clauses(intro);
    std::size_t taken = 0;
    std::optional<std::size_t> last;  // index of the clause bullets may extend
    std::size_t last_clause = k;      // its block
    for (; j < item.end; ++j) {
      const layout_block& c = blocks[j];
      // "Moved: Cr Quilty", "Seconded: Cr Ashdown" between the label and the decision.
      if (taken == 0 && c.label &&
          (*c.label == keywords::label_role::moved || *c.label == keywords::label_role::seconded))
        continue;
      if (c.label || c.kind == block_kind::heading || c.kind == block_kind::table) break;
      if (!c.clause.empty() && !c.numbered_paragraph) {
        add(c, c.body(), 0, c.text.size(), c.clause);
        last = cx.doc.resolutions.size() - 1;
        last_clause = j;
        ++taken;
        continue;
      }
      if (c.kind == block_kind::bullet && expect_list) {
        // Bullets nested, or indented under a clause ("(1) … securing:" over "· 35% …"),
        // are the terms of the clause above.
        bool under =
            !blocks[last_clause].clause.empty() &&
            cx.src.lines[c.first_line].indent > cx.src.lines[blocks[last_clause].first_line].indent;
        if ((c.level > 0 || under) && last) {  // the terms of the clause above
          model::resolution& r = cx.doc.resolutions[*last];
          r.text += " " + c.text;
          r.where.end_line = cx.span_of(c).end_line;
          r.where.end_byte = cx.span_of(c).end_byte;
          continue;
        }
        add(c, c.text, 0, c.text.size());
        last = cx.doc.resolutions.size() - 1;
        ++taken;
        continue;
      }
      if (taken == 0 && expect_list) {  // "Resolved:" then one paragraph
        add(c, c.text, 0, c.text.size());
        ++taken;
        ++j;
      }
      break;
    }
    if (taken == 0 && !intro.empty()) add(b, b.body(), b.label_length, b.text.size());
    for (std::size_t m = k; m < j; ++m) cx.in_resolution_block[m] = true;
    return j;
  }

  // "The Board noted the following updates on:" takes the headings and bullets after it.
  std::string noting_with_list(std::string_view sentence, std::size_t k) {
    std::string text(sentence);
    if (text.empty() || text.back() != ':') return text;
    const auto& blocks = cx.lay.blocks;
    std::size_t listed = 0;
    for (std::size_t j = k + 1; j < item.end && listed < noting_list_max; ++j) {
      const layout_block& c = blocks[j];
      if (c.label) break;
      if (c.kind == block_kind::heading || (c.kind == block_kind::bullet && c.level == 0)) {
        text += listed == 0 ? " " : "; ";
        text += c.text;
        ++listed;
      }
    }
    return text;
  }

  // "- RJ suggests making a poll" over "  - Everyone agrees": the line above, agreed.
  bool assent_to_parent(std::size_t k) {
    const auto& blocks = cx.lay.blocks;
    const layout_block& b = blocks[k];
    if (b.kind != block_kind::bullet || k == 0 || k <= item.heading + 1) return false;
    std::string_view t = text::trim(b.text, " .!");
    bool assent = std::any_of(std::begin(words::assent_lines), std::end(words::assent_lines),
                              [&](std::string_view a) { return text::iequals(t, a); });
    const layout_block& parent = blocks[k - 1];
    if (!assent || parent.kind != block_kind::bullet || parent.level >= b.level) return false;
    add(parent, parent.text + " - " + std::string(t), 0, parent.text.size());
    return true;
  }

  // Returns true when the block's last decision introduces a list (ends with ":").
  bool narrative(std::size_t k, bool notings_only) {
    const layout_block& b = cx.lay.blocks[k];
    if (!notings_only && assent_to_parent(k)) return false;
    std::span<const sentence> sentences = cx.sentences.of(k);
    std::span<const cue_mask> cues = cx.sentences.cues_of(k);
    // A line that ends with its outcome ("… Noted", "… <gap> No objection") is one decision.
    if (!notings_only && closes_with_outcome(b.text)) {
      add(b, b.text, 0, b.text.size());
      return false;
    }
    bool introduces = false;
    for (std::size_t n = 0; n < sentences.size(); ++n) {
      const auto& s = sentences[n];
      std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
      bool noting = false;
      bool decided = (cues[n] & decision_cues) && records_decision(t, noting);
      // A question put and answered: "Should we apply for the grant? Yes, all in favour."
      bool answered = false;
      if (!decided && !notings_only && t.ends_with("?") && n + 1 < sentences.size()) {
        std::string_view answer = std::string_view(b.text).substr(sentences[n + 1].begin);
        answered = decided =
            text::starts_with_word(answer, "yes") || text::starts_with_word(answer, "agreed");
      }
      if (!decided || (notings_only && !noting && !amends_minutes(t))) continue;
      introduces = t.ends_with(":") && !noting;
      if (introduces) continue;  // its list items are the decisions
      std::string text = noting ? noting_with_list(t, k) : std::string(t);
      add(b, text, s.begin, s.end);
      if (answered) ++n;  // "Yes, by consensus.": the answer is the question's decision
    }
    return introduces;
  }

  // The items of a list a decision introduced: "The following observations were agreed:".
  std::size_t decided_list(std::size_t k) {
    const auto& blocks = cx.lay.blocks;
    std::size_t j = k;
    for (; j < item.end; ++j) {
      const layout_block& c = blocks[j];
      bool item_like = c.kind == block_kind::bullet || c.kind == block_kind::table ||
                       (!c.clause.empty() && !c.numbered_paragraph);
      if (!item_like || c.label) break;
      if (c.kind == block_kind::table) {
        rows(c);
      } else {
        add(c, c.text, 0, c.text.size(), c.clause);
      }
    }
    return j;
  }

  // Table rows that end with their outcome, one decision each.
  void rows(const layout_block& t) {
    std::size_t start = 0;
    while (start < t.text.size()) {
      std::size_t nl = t.text.find('\n', start);
      if (nl == std::string::npos) nl = t.text.size();
      std::string_view row = std::string_view(t.text).substr(start, nl - start);
      if (closes_with_outcome(row)) add(t, row, start, nl);
      start = nl + 1;
    }
  }

  // The preamble: its paragraphs' formal decisions only; attendance and the title block are
  // the rest of it.
  void run_preamble() {
    for (std::size_t k = 0; k < item.end; ++k) {
      const layout_block& b = cx.lay.blocks[k];
      if (b.label || b.kind != block_kind::paragraph) continue;
      std::span<const sentence> sentences = cx.sentences.of(k);
      std::span<const cue_mask> cues = cx.sentences.cues_of(k);
      for (std::size_t n = 0; n < sentences.size(); ++n) {
        if (!(cues[n] & decision_cues)) continue;
        const sentence& s = sentences[n];
        std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
        bool noting = false;
        if (records_decision(t, noting) && noting) add(b, t, s.begin, s.end);
      }
    }
  }

  void run() {
    const auto& blocks = cx.lay.blocks;
    bool has_label = false;
    for (std::size_t k = item.heading + 1; k < item.end; ++k)
      has_label = has_label || blocks[k].label == keywords::label_role::resolved;
    for (std::size_t k = item.heading + 1; k < item.end;) {
      const layout_block& b = blocks[k];
      if (b.label == keywords::label_role::resolved) {
        k = labelled(k);
        continue;
      }
      // "1. Minutes of the last meeting - read, approved and signed.": the title is the subject.
      if (k == item.heading + 1 && b.first_line == blocks[item.heading].last_line &&
          outcome_of_title(b.text)) {
        std::string_view line = cx.src.line(b.first_line);
        std::size_t title = line.find(item.title);
        add(b, line.substr(title == std::string_view::npos ? 0 : title), 0, b.text.size());
        ++k;
        continue;
      }
      if (!b.label && (b.kind == block_kind::paragraph || b.kind == block_kind::bullet)) {
        if (narrative(k, has_label)) {
          k = decided_list(k + 1);
          continue;
        }
      } else if (b.kind == block_kind::table && !has_label) {
        rows(b);
      }
      ++k;
    }
  }
};

}  // namespace

void extract_resolutions(extract_context& cx) {
  cx.in_resolution_block.assign(cx.lay.blocks.size(), false);
  // Decisions in the preamble ("Minutes of 23 January approved without changes." before the
  // first topic) belong to no item.
  item_range preamble;
  preamble.heading = static_cast<std::size_t>(-1);
  preamble.begin = 0;
  preamble.end = cx.lay.preamble_end;
  if (preamble.end > 0) {
    resolution_builder builder{cx, preamble, {}};
    builder.run_preamble();
  }
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n) {
    resolution_builder builder{cx, cx.lay.items[n], cx.doc.items[n].id};
    builder.run();
  }
}

void number_resolutions(extract_context& cx) {
  auto& all = cx.doc.resolutions;
  // Motions add resolutions after the labelled ones: put every one in reading order.
  std::vector<std::size_t> order(all.size());
  for (std::size_t n = 0; n < order.size(); ++n) order[n] = n;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return all[a].where.start_line < all[b].where.start_line;
  });
  std::vector<model::resolution> sorted;
  std::vector<std::string> new_id(all.size());
  for (std::size_t n = 0; n < order.size(); ++n) {
    sorted.push_back(std::move(all[order[n]]));
    sorted.back().id = "R" + std::to_string(n + 1);
    new_id[order[n]] = sorted.back().id;
  }
  all = std::move(sorted);
  // Motions refer to their resolution by its index until now.
  for (auto& m : cx.motions)
    if (m.record.resolution) m.record.resolution = new_id[std::stoul(*m.record.resolution)];
}

}  // namespace minutes::parser
