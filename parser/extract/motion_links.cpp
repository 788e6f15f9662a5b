// Motions and resolutions (see motion_links.hpp).
#include "parser/extract/motion_links.hpp"

#include <algorithm>
#include <map>

#include "parser/extract/clause_lists.hpp"
#include "parser/extract/decisions.hpp"
#include "parser/extract/text_overlap.hpp"
#include "parser/text.hpp"

namespace minutes::parser {
namespace {

using model::motion_outcome;

// A resolution says the same as a motion when this share of the shorter's words match.
constexpr double same_decision_overlap = 0.5;

// "moved to approve the consent agenda as read": the entries of the consent agenda, listed
// as clauses ("a. Approve Minutes of …", "b. Receive and file …") in the item above the
// motion, are the decisions. Adds them and returns the index of the first, or nullopt.
std::optional<std::size_t> consent_entries(extract_context& cx, const model::motion& m) {
  if (!m.item ||
      !(text::has_word(m.text, "consent agenda") || text::has_word(m.text, "consent calendar") ||
        text::has_word(m.text, "consent items")))
    return std::nullopt;
  // "approve Consent Agenda items a, b, c and e": only those entries.
  std::string chosen;
  if (std::size_t at = text::find_word(m.text, "items"); at != std::string_view::npos) {
    std::string_view rest = std::string_view(m.text).substr(at + 5);
    for (std::size_t i = 0; i < rest.size(); ++i) {
      bool alone = (i == 0 || !text::is_letter(rest[i - 1])) &&
                   (i + 1 == rest.size() || !text::is_letter(rest[i + 1]));
      if (alone && text::is_ascii_lower(rest[i])) {
        chosen.push_back(rest[i]);
      } else if (text::is_letter(rest[i]) && !text::starts_with_word(rest.substr(i), "and")) {
        break;
      } else if (text::starts_with_word(rest.substr(i), "and")) {
        i += 2;
      }
    }
  }
  std::optional<std::size_t> first;
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n) {
    if (cx.doc.items[n].id != *m.item) continue;
    const item_range& range = cx.lay.items[n];
    for (std::size_t k = range.heading + 1; k < range.end; ++k) {
      const layout_block& b = cx.lay.blocks[k];
      if (cx.span_of(b).start_line >= m.where.start_line) break;
      if (b.clause.empty() || b.numbered_paragraph || b.label) continue;
      if (!chosen.empty() &&
          (b.clause.size() != 1 || chosen.find(text::lower(b.clause[0])) == std::string::npos))
        continue;
      model::resolution r;
      r.item = m.item;
      r.label = b.clause;
      r.text = std::string(text::trim(b.body()));
      r.where = cx.span_of(b);
      cx.doc.resolutions.push_back(std::move(r));
      if (!first) first = cx.doc.resolutions.size() - 1;
    }
  }
  return first;
}

// True when the lines at `where` are in a labelled resolution ("RESOLVED: That …"), the
// formal record a motion before it may have in other words.
bool in_resolved_block(const extract_context& cx, const model::span& where) {
  for (std::size_t k = 0; k < cx.lay.blocks.size(); ++k) {
    if (k >= cx.in_resolution_block.size() || !cx.in_resolution_block[k]) continue;
    model::span b = cx.span_of(cx.lay.blocks[k]);
    if (b.start_line <= where.start_line && where.start_line <= b.end_line) return true;
  }
  return false;
}

// What linking knows of the resolutions so far: each item's resolutions, their content
// words counted once (numbered with the motions' words), and which are a linked motion's
// record already — so that a motion is compared with its item's resolutions only, and
// without walking every motion again.
struct resolution_links {
  word_ids ids;
  std::vector<content_word_counts> counts;
  std::vector<bool> taken;
  std::map<std::optional<std::string>, std::vector<std::size_t>> of_item;  // in order

  // Catches up with `all`: resolutions are only ever appended.
  void update(const std::vector<model::resolution>& all) {
    for (std::size_t n = counts.size(); n < all.size(); ++n) {
      counts.push_back(count_content_words(all[n].text, ids));
      of_item[all[n].item].push_back(n);
    }
    taken.resize(all.size());
  }
};

// A carried motion is a resolution: the item's own record of it, or a new one.
void link_resolution(extract_context& cx, pending_motion& pm, resolution_links& links) {
  model::motion& m = pm.record;
  if (m.outcome != motion_outcome::carried || m.text.empty()) return;
  // "… as follows:" over "1. Direct staff to …", "2. …": each entry is a resolution, and the
  // motion's words take them in.
  if (m.text.ends_with(':') && m.item) {
    auto entries = clauses_after(cx, m.where, *m.item);
    if (!entries.empty()) {
      for (std::size_t n = 0; n < entries.size(); ++n) {
        m.text += (n == 0 ? " " : "; ") + entries[n].text;
        model::resolution r;
        r.item = m.item;
        r.text = entries[n].text;
        r.where = entries[n].where;
        cx.doc.resolutions.push_back(std::move(r));
      }
      m.resolution = std::to_string(cx.doc.resolutions.size() - entries.size());
      return;
    }
  }
  auto& all = cx.doc.resolutions;
  auto link_to = [&](std::size_t n) {
    m.resolution = std::to_string(n);
    links.update(all);
    links.taken[n] = true;
  };
  if (auto first = consent_entries(cx, m)) {
    link_to(*first);
    return;
  }
  links.update(all);
  const std::vector<std::size_t> none;
  auto item_entry = links.of_item.find(m.item);
  const std::vector<std::size_t>& of_item =
      item_entry == links.of_item.end() ? none : item_entry->second;
  const content_word_counts motion_words = count_content_words(m.text, links.ids);
  std::optional<std::size_t> same;
  for (std::size_t n : of_item) {
    if (overlap(links.counts[n], motion_words) >= same_decision_overlap && !links.taken[n]) {
      same = n;
      break;
    }
  }
  if (same) {
    link_to(*same);
    return;
  }
  // "… that the officer recommendation be approved. … RESOLVED: That planning permission be
  // GRANTED …": the resolution right after the motion is its record, in other words.
  constexpr std::size_t resolution_reach_lines = 12;
  // … and before the next motion, whose record would be the next.
  std::size_t reach_end = m.where.end_line + resolution_reach_lines;
  for (const auto& other : cx.motions)
    if (&other != &pm && other.record.item == m.item &&
        other.record.where.start_line > m.where.start_line)
      reach_end = std::min(reach_end, other.record.where.start_line - 1);
  std::optional<std::size_t> next;
  for (std::size_t n : of_item) {
    const model::span& s = all[n].where;
    // A line closed by its outcome ("xiii) One Voice Wales … <gap> Noted") is a decision of
    // its own, not the record of a motion before it.
    if (s.start_line <= m.where.end_line || s.start_line > reach_end ||
        closes_with_outcome(all[n].text) || !in_resolved_block(cx, s))
      continue;
    if (!next || s.start_line < all[*next].where.start_line) next = n;
  }
  if (next && !links.taken[*next]) {
    link_to(*next);
    return;
  }
  model::resolution r;
  r.item = m.item;
  r.text = m.text;
  r.where = m.where;
  all.push_back(std::move(r));
  link_to(all.size() - 1);
}

}  // namespace

void link_resolutions(extract_context& cx) {
  resolution_links links;
  for (auto& m : cx.motions) link_resolution(cx, m, links);
}

}  // namespace minutes::parser
