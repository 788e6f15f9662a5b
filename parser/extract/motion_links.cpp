// Motions and resolutions (see motion_links.hpp).
#include "parser/extract/motion_links.hpp"

#include <algorithm>

#include "parser/extract/clause_lists.hpp"
#include "parser/extract/decisions.hpp"
#include "parser/extract/resolution_index.hpp"
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

// A carried motion is a resolution: the item's own record of it, or a new one.
void link_resolution(extract_context& cx, pending_motion& pm, resolution_index& links) {
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
    links.take(n);
  };
  if (auto first = consent_entries(cx, m)) {
    link_to(*first);
    return;
  }
  links.update(all);
  if (auto same = links.first_untaken_like(m.item, links.count(m.text), same_decision_overlap)) {
    link_to(*same);
    return;
  }
  // "… that the officer recommendation be approved. … RESOLVED: That planning permission be
  // GRANTED …": the resolution right after the motion is its record, in other words …
  constexpr std::size_t resolution_reach_lines = 12;
  std::size_t reach_end = m.where.end_line + resolution_reach_lines;
  // … before the next motion, whose record it would be.
  if (auto next_motion = links.next_motion_line(m.item, m.where.start_line))
    reach_end = std::min(reach_end, *next_motion - 1);
  auto next = links.first_starting_in(m.where.end_line + 1, reach_end, [&](std::size_t n) {
    // A line closed by its outcome ("xiii) One Voice Wales … <gap> Noted") is a decision of
    // its own, not the record of a motion before it.
    return all[n].item == m.item && !closes_with_outcome(all[n].text) &&
           links.in_resolved_block(all[n].where.start_line);
  });
  if (next && !links.taken(*next)) {
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
  resolution_index links(cx);
  for (auto& m : cx.motions) link_resolution(cx, m, links);
}

}  // namespace minutes::parser
