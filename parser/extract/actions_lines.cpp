// Action lines (extract stage): "Actions:" / "ACTION:" labels and the entries under them
// ("Sam Gorton to ensure …", "Circulate the paper (JS)", "Action LB: Make the calendar"),
// open checkboxes ("- [ ] @bob to …"), the entries of items that list duties, and the rows
// of action logs. Entries marked done are work finished, not actions.
#include "parser/extract/actions_internal.hpp"
#include "parser/grammar/date.hpp"
#include "parser/text.hpp"
#include "parser/words/action_words.hpp"

namespace minutes::parser {

using keywords::label_role;
using model::action_origin;

// An action line: "Sam Gorton to ensure …", "Circulate the paper (JS)", "Write to X\tClerk".
void action_finder::line(std::string_view s, const layout_block& b, std::size_t offset,
                         std::optional<std::string> item) {
  s = text::trim(s);
  if (s.empty()) return;
  find_commitments(s, commitment_mode::line, found);
  if (!found.empty()) {
    for (const auto& c : found) add(c, s, b, offset, item, action_origin::actions_line);
    return;
  }
  // The owner at the end: after a tab (a column), a dash, or in brackets.
  std::size_t cut = s.find_last_of("\t(");
  std::size_t dash = s.rfind(" - ");
  if (dash != std::string_view::npos && (cut == std::string_view::npos || dash > cut))
    cut = dash + 1;
  if (cut == std::string_view::npos || cut == 0) return;
  std::string_view tail = text::trim(s.substr(cut), "(-)\t ");
  auto owner = owner_starting_at(tail, 0);
  if (!owner || owner->end != tail.size()) return;
  commitment c;
  c.owners.push_back(*owner);
  c.verb_begin = 0;
  c.verb_end = static_cast<std::size_t>(text::trim(s.substr(0, cut), " -\t").size());
  // Owners refer into `tail`; names are copied when added.
  add(c, s, b, offset, item, action_origin::actions_line);
}

// "- Action RJ: Discord announcement" over "  - Week before (16th)": the bullets under an
// action bullet spell out its terms, and its due date.
void action_finder::add_details(std::size_t k, std::size_t end, pending_action& a) const {
  constexpr std::size_t details_max = 3;
  const auto& blocks = cx.lay.blocks;
  const layout_block& b = blocks[k];
  if (b.kind != model::block_kind::bullet) return;
  std::size_t added = 0;
  for (std::size_t j = k + 1; j < end && added < details_max; ++j) {
    const layout_block& under = blocks[j];
    if (under.kind != model::block_kind::bullet || under.level <= b.level || under.label) break;
    a.record.text += "; " + std::string(text::trim(under.text, " ."));
    a.record.where.end_line = cx.span_of(under).end_line;
    a.record.where.end_byte = cx.span_of(under).end_byte;
    ++added;
  }
  if (added && !a.record.due)
    a.record.due = due_date(a.record.text, cx.meeting_date, cx.next_meeting_date);
}

// "- Action RJ: Check the boards" over "  - Action complete": work done by the meeting.
bool action_finder::marked_done(std::size_t k, std::size_t end) const {
  const auto& blocks = cx.lay.blocks;
  const layout_block& b = blocks[k];
  if (b.kind != model::block_kind::bullet) return false;
  for (std::size_t j = k + 1; j < end; ++j) {
    const layout_block& under = blocks[j];
    if (under.kind != model::block_kind::bullet || under.level <= b.level) break;
    std::string_view note = text::trim(under.text, " .!*_");
    for (auto d : words::done_notes)
      if (text::iequals(note, d)) return true;
  }
  return false;
}

// "Action LB: Make the calendar", "ACTION Priya: …": the owner stands between the label's
// word and its colon. Where the owner begins, or 0.
std::size_t action_finder::owner_in_label(const layout_block& b) const {
  std::string_view head = std::string_view(b.text).substr(0, b.label_length);
  std::size_t colon = head.rfind(':');
  std::size_t space = head.find(' ');
  if (colon == std::string_view::npos || space == std::string_view::npos || space > colon) return 0;
  std::size_t begin = space;
  while (begin < colon && text::is_space(head[begin])) ++begin;
  std::string_view between = text::trim(head.substr(begin, colon - begin), "*_ ");
  auto owner = owner_starting_at(between, 0);
  if (!owner || owner->end != between.size() || owner->kind == owner_kind::group) return 0;
  bool known = owner->kind == owner_kind::role || cx.people.knows(owner->name) ||
               cx.people.knows_initials(owner->name) ||
               owner->name.find(' ') != std::string_view::npos;
  return known ? begin : 0;
}

// "- [ ] @bob to …": an open checkbox is an action line; "- [x] …" is work done.
std::string_view action_finder::checkbox(std::string_view s, bool& done) {
  done = false;
  if (s.size() < 4 || s[0] != '[' || s[2] != ']' || s[3] != ' ') return {};
  done = s[1] == 'x' || s[1] == 'X';
  return s.substr(4);
}

void action_finder::action_lines(const item_range& range, const std::optional<std::string>& item) {
  const auto& blocks = cx.lay.blocks;
  for (std::size_t k = range.heading + 1; k < range.end; ++k) {
    const layout_block& b = blocks[k];
    bool done = false;
    if (std::string_view task = checkbox(b.text, done); !task.empty()) {
      if (!done) line(task, b, b.text.size() - task.size(), item);
      continue;
    }
    if (b.label != label_role::actions) continue;
    if (marked_done(k, range.end)) continue;
    if (std::size_t owned = owner_in_label(b)) {
      std::size_t before = cx.actions.size();
      line(std::string_view(b.text).substr(owned), b, owned, item);  // "Action LB: Make …"
      if (cx.actions.size() == before + 1) add_details(k, range.end, cx.actions.back());
      continue;
    }
    if (!b.body().empty()) line(b.body(), b, b.label_length, item);
    for (std::size_t j = k + 1; j < range.end; ++j) {
      const layout_block& e = blocks[j];
      if (e.label || e.kind == model::block_kind::heading) break;
      if (!b.body().empty() && e.kind != model::block_kind::bullet) break;
      if (e.kind == model::block_kind::table) {
        std::size_t start = 0;
        while (start < e.text.size()) {
          std::size_t nl = e.text.find('\n', start);
          if (nl == std::string::npos) nl = e.text.size();
          line(std::string_view(e.text).substr(start, nl - start), e, start, item);
          start = nl + 1;
        }
      } else {
        line(e.text, e, 0, item);
      }
    }
  }
}

// Items that list duties: "Review of duties", "Action items", "Tasks": each entry, up to a
// comma, is "Name <verb> …" ("Gary take pictures of the new truck, Ray speak with …").
void action_finder::duty_lists(const item_range& range, const std::optional<std::string>& item) {
  bool duties = false;
  for (auto t : words::duty_titles) duties = duties || text::has_word(range.title, t);
  if (!duties) return;
  const int rank = cx.lay.blocks[range.heading].level;
  for (std::size_t k = range.heading + 1; k < range.end; ++k) {
    const layout_block& b = cx.lay.blocks[k];
    // A heading of the item's rank that is no item ("## Agenda" after "## Action items")
    // ends the list; a lower one ("### Infra") divides it.
    if (b.kind == model::block_kind::heading && b.level <= rank) break;
    if (b.kind == model::block_kind::table || b.label) continue;
    std::string_view text = b.text;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t cut = text.find_first_of(",;", start);
      if (cut == std::string_view::npos) cut = text.size();
      std::string_view segment = text.substr(start, cut - start);
      std::size_t lead = segment.size() - text::trim(segment).size();
      segment = text::trim(segment);
      find_commitments(segment, commitment_mode::clause, found);
      for (const auto& c : found)
        if (c.form == commitment_form::owner_first)
          add(c, segment, b, start + lead, item, action_origin::actions_line);
      start = cut + 1;
    }
  }
}

void action_finder::action_logs() {
  for (std::size_t k = 0; k < cx.lay.blocks.size(); ++k) {
    if (cx.lay.blocks[k].kind != model::block_kind::table) continue;
    log_actions sink(*this, cx.lay.blocks[k]);
    read_action_log(cx, k, sink);
  }
}

std::optional<std::string> action_finder::item_numbered(std::string_view number) const {
  for (const auto& item : cx.doc.items)
    if (item.number && text::iequals(*item.number, number)) return item.id;
  return std::nullopt;
}

void log_actions::add(const log_row& row) {
  if (row.finished_work()) return;
  commitment c;
  // "MI/NB", "GS & HL": every owner the cell names.
  std::string_view owners = row.owner;
  std::size_t start = 0;
  while (start < owners.size()) {
    std::size_t cut = text::find_any(owners, "/,&", start);
    std::string_view one = text::trim(
        owners.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start));
    if (auto o = owner_starting_at(one, 0)) {
      owner_ref r = *o;
      r.name = one.substr(r.begin, r.end - r.begin);
      if (o->kind == owner_kind::person) r.name = o->name;
      c.owners.push_back(r);
    }
    if (cut == std::string_view::npos) break;
    start = cut + 1;
  }
  if (c.owners.empty()) return;
  c.verb_begin = 0;
  c.verb_end = row.action.size();
  std::string_view text(row.action);
  finder.add(c, text, table, row.begin, finder.item_numbered(row.ref), action_origin::actions_line,
             std::nullopt, finder.cx.span_of(table, row.begin, row.end));
  auto& added = finder.cx.actions.back().record;
  if (auto d = grammar::find_date(row.due); d && d->value.day && d->value.year)
    added.due = iso_date(ymd{d->value.year, d->value.month, d->value.day});
}

}  // namespace minutes::parser
