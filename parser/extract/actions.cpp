// Actions (extract stage): commitments with owners and due dates, from three places:
//  - action lines: "Actions:" / "ACTION:" labels and the entries under them;
//  - resolution clauses that assign work ("April Rankin contact …", "X would request …");
//  - narrative undertakings ("X said he would raise …", "Y offered to …", "Z will liaise …").
// A narrative sentence that restates the work of a clause in the same item is dropped.
#include <algorithm>

#include "parser/extract/action_log.hpp"
#include "parser/extract/commitments.hpp"
#include "parser/extract/families.hpp"
#include "parser/extract/names.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/extract/text_overlap.hpp"
#include "parser/grammar/date.hpp"
#include "parser/text.hpp"
#include "parser/words/action_words.hpp"

namespace minutes::parser {
namespace {

using keywords::label_role;
using model::action_origin;

// Two commitments by one owner in one item are the same when this share of the shorter
// one's words appear in the other.
constexpr double restatement_overlap = 0.5;

// A task marked finished: "— done", "(done)", "Complete", "action completed".
bool reports_done(std::string_view text) {
  for (auto w : words::done_words) {
    for (std::size_t at = text::find_word(text, w); at != std::string_view::npos;
         at = text::find_word(text, w, at + 1)) {
      std::string_view before = text::trim(text.substr(0, at));
      bool marked =
          before.empty() || before.ends_with("-") || before.ends_with("(") ||
          before.ends_with(":") || before.ends_with("\xE2\x80\x94") ||
          before.ends_with("\xE2\x80\x93") ||
          text::iequals(before.substr(before.size() > 6 ? before.size() - 6 : 0), "action");
      if (marked) return true;
    }
  }
  return false;
}

struct action_finder;

// Rows of an action log become actions of the item their reference names.
struct log_actions : log_row_sink {
  action_finder& finder;
  const layout_block& table;
  explicit log_actions(action_finder& f, const layout_block& t) : finder(f), table(t) {}
  void add(const log_row& row) override;
};

struct action_finder {
  extract_context& cx;
  std::vector<commitment> found;
  std::string_view previous_sentence;  // for "that" and "this" at the end of an action

  void add(const commitment& c, std::string_view s, const layout_block& b, std::size_t offset,
           std::optional<std::string> item, action_origin origin,
           std::optional<std::string> resolution = std::nullopt,
           std::optional<model::span> where = std::nullopt) {
    // Initials nobody in the minutes stands for ("TSC calls move …") are not an owner.
    for (const auto& o : c.owners) {
      bool initials = o.kind == owner_kind::person && o.name.size() >= 2 && o.name.size() <= 4 &&
                      text::all_caps(o.name) && o.name.find(' ') == std::string_view::npos;
      // On an action line the initials are an owner all the same, kept as written.
      if (initials && !cx.people.knows(o.name) && !cx.people.knows_initials(o.name) &&
          origin != action_origin::actions_line)
        return;
      if (o.kind == owner_kind::pronoun) return;
    }
    // "benchmark CI job — done", "(action done)": a report of finished work.
    if (reports_done(s.substr(c.verb_begin, c.verb_end - c.verb_begin))) return;
    pending_action a;
    a.record.item = std::move(item);
    std::string_view verb_phrase = s.substr(c.verb_begin, c.verb_end - c.verb_begin);
    // A note at the right margin is not part of what was committed.
    verb_phrase = verb_phrase.substr(0, verb_phrase.find('\t'));
    a.record.text = std::string(text::trim(verb_phrase, " ."));
    // "… and would arrange this", "offered to help with that": say what "this" is — the
    // sentence's first predicate, or else the sentence before.
    std::string_view last = a.record.text;
    last = last.substr(last.rfind(' ') == std::string_view::npos ? 0 : last.rfind(' ') + 1);
    if (text::iequals(last, "this") || text::iequals(last, "it") || text::iequals(last, "that")) {
      std::string_view context = c.context_end > c.context_begin
                                     ? s.substr(c.context_begin, c.context_end - c.context_begin)
                                     : previous_sentence;
      context = text::trim(context, " .");
      if (!context.empty()) a.record.text += " (" + std::string(context) + ")";
    }
    a.record.origin = origin;
    a.record.resolution = std::move(resolution);
    a.record.due = due_date(a.record.text, cx.meeting_date, cx.next_meeting_date);
    a.record.where = where ? *where : cx.span_of(b, offset, offset + s.size());
    for (const auto& o : c.owners) {
      pending_owner po;
      po.as_written = std::string(o.name);
      if (o.kind == owner_kind::person)
        po.who = cx.people.mention(o.honorific, o.name, mention_kind::owner);
      if (o.kind == owner_kind::role) po.as_written = "role:" + po.as_written;
      a.owners.push_back(std::move(po));
    }
    cx.actions.push_back(std::move(a));
  }

  // An action line: "Sam Gorton to ensure …", "Circulate the paper (JS)", "Write to X\tClerk".
  void line(std::string_view s, const layout_block& b, std::size_t offset,
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
  void add_details(std::size_t k, std::size_t end, pending_action& a) const {
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
  bool marked_done(std::size_t k, std::size_t end) const {
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
  std::size_t owner_in_label(const layout_block& b) const {
    std::string_view head = std::string_view(b.text).substr(0, b.label_length);
    std::size_t colon = head.rfind(':');
    std::size_t space = head.find(' ');
    if (colon == std::string_view::npos || space == std::string_view::npos || space > colon)
      return 0;
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
  static std::string_view checkbox(std::string_view s, bool& done) {
    done = false;
    if (s.size() < 4 || s[0] != '[' || s[2] != ']' || s[3] != ' ') return {};
    done = s[1] == 'x' || s[1] == 'X';
    return s.substr(4);
  }

  void action_lines(const item_range& range, const std::optional<std::string>& item) {
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

  void clauses() {
    for (const auto& r : cx.doc.resolutions) {
      find_commitments(r.text, commitment_mode::clause, found);
      for (const auto& c : found) {
        if (!known_owner(c)) continue;
        layout_block none;
        add(c, r.text, none, 0, r.item, action_origin::resolution, r.id, r.where);
      }
    }
  }

  // "Write to the highways authority about the culvert. <gap> PD": an owner printed at the
  // right margin of the sentence's last line makes the sentence that person's action.
  void margin_owner(const layout_block& b, const sentence& s,
                    const std::optional<std::string>& item) {
    std::string_view text = b.text;
    std::size_t tab = text.find('\t', s.begin);
    if (tab == std::string_view::npos) return;
    // The note runs from the gap to the end of its line.
    std::size_t note_end = text.size();
    for (const auto& j : b.joined)
      if (j.offset > tab) {
        note_end = j.offset - 1;
        break;
      }
    std::string_view note = text::trim(text.substr(tab + 1, note_end - tab - 1), " .");
    std::string_view body = text::trim(text.substr(s.begin, tab - s.begin), " .");
    if (note.empty() || text::word_count(body) < 3) return;
    auto owner = owner_starting_at(note, 0);
    if (!owner || owner->end != note.size()) return;
    if (owner->kind == owner_kind::person && owner->name.find(' ') == std::string_view::npos &&
        !cx.people.knows(owner->name))
      return;
    add_whole(*owner, body, b, item);
  }

  // `body`, a view into `b.text`, is wholly the owner's action.
  void add_whole(const owner_ref& owner, std::string_view body, const layout_block& b,
                 const std::optional<std::string>& item) {
    commitment c;
    c.owners.push_back(owner);
    c.verb_begin = 0;
    c.verb_end = body.size();
    add(c, body, b, static_cast<std::size_t>(body.data() - b.text.data()), item,
        action_origin::narrative);
  }

  // How many people the minutes know of does the sentence name?
  std::size_t people_named(std::string_view t) const {
    std::size_t count = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if ((i > 0 && text::is_word_char(t[i - 1])) || !text::is_ascii_upper(t[i])) continue;
      auto n = name_starting_at(t, i);
      if (!n) continue;
      std::string_view first = n->name.substr(0, n->name.find(' '));
      if (cx.people.knows(first) || cx.people.knows(n->name.substr(n->name.rfind(' ') + 1)))
        ++count;
      i = n->end;
    }
    return count;
  }

  // Items that list duties: "Review of duties", "Action items", "Tasks": each entry, up to a
  // comma, is "Name <verb> …" ("Gary take pictures of the new truck, Ray speak with …").
  void duty_lists(const item_range& range, const std::optional<std::string>& item) {
    bool duties = false;
    for (auto t : words::duty_titles) duties = duties || text::has_word(range.title, t);
    if (!duties) return;
    for (std::size_t k = range.heading + 1; k < range.end; ++k) {
      const layout_block& b = cx.lay.blocks[k];
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

  // "He agreed to chase …" is the action of the person the sentence before opened with; with
  // nobody there, the pronoun is ambiguous and there is no action.
  static bool resolve_pronouns(commitment& c, const std::optional<owner_ref>& subject) {
    for (auto& o : c.owners) {
      if (o.kind != owner_kind::pronoun) continue;
      if (!subject) return false;
      o = *subject;
    }
    return true;
  }

  void action_logs() {
    for (std::size_t k = 0; k < cx.lay.blocks.size(); ++k) {
      if (cx.lay.blocks[k].kind != model::block_kind::table) continue;
      log_actions sink(*this, cx.lay.blocks[k]);
      read_action_log(cx, k, sink);
    }
  }

  std::optional<std::string> item_numbered(std::string_view number) const {
    for (const auto& item : cx.doc.items)
      if (item.number && text::iequals(*item.number, number)) return item.id;
    return std::nullopt;
  }

  // "X to …" in running text is an action only when X is someone the minutes name as a
  // person, or a role: "Ensure to consult …", "Support to children …" are not.
  // "Guidance will come from …", "Payment will be made": a lone noun of a thing or an act
  // (-ance, -ence, -ment, -ness, -ity) is nobody, whatever verb follows it.
  static bool abstract_noun(std::string_view name) {
    if (name.find(' ') != std::string_view::npos) return false;
    for (std::string_view suffix : {"ance", "ence", "ment", "ness", "ity"})
      if (name.size() > suffix.size() + 2 && name.ends_with(suffix)) return true;
    return false;
  }

  bool known_owner(const commitment& c) const {
    for (const auto& o : c.owners)
      if (o.kind == owner_kind::person && abstract_noun(o.name)) return false;
    if (c.form == commitment_form::phrase) return true;
    for (const auto& o : c.owners) {
      if (o.kind == owner_kind::role) continue;
      if (o.kind == owner_kind::group) {
        if (c.form == commitment_form::owner_to) return false;
        continue;
      }
      // "Adopt trademark policy v2": a capitalised verb is no owner. One word must be a
      // person the minutes name; two or more words are a name by their shape.
      if (c.form == commitment_form::owner_first && o.name.find(' ') != std::string_view::npos)
        continue;
      std::string_view first = o.name.substr(0, o.name.find(' '));
      if (!cx.people.knows(first) && !cx.people.knows(o.name.substr(o.name.rfind(' ') + 1)) &&
          !cx.people.knows_initials(o.name))
        return false;
    }
    return true;
  }

  void narrative(const item_range& range, const std::optional<std::string>& item) {
    const auto& blocks = cx.lay.blocks;
    for (std::size_t k = range.heading + 1; k < range.end; ++k) {
      const layout_block& b = blocks[k];
      if (b.label == label_role::actions || b.kind == model::block_kind::table) continue;
      if (cx.in_resolution_block[k]) continue;
      bool done = false;
      if (!checkbox(b.text, done).empty()) continue;  // read as an action line, or work done
      std::span<const sentence> sentences = cx.sentences.of(k);
      std::size_t block_first = cx.actions.size();
      std::optional<owner_ref> subject;  // the person the last sentence opened with
      for (const auto& s : sentences) {
        std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
        bool pronoun = text::starts_with_word(t, "he") || text::starts_with_word(t, "she");
        auto opener = owner_starting_at(t, 0);
        // "In response, Mr Merriman explained …": the subject after a short lead-in.
        constexpr std::size_t lead_in_max = 30;
        if (std::size_t comma = t.find(", ");
            !opener && comma != std::string_view::npos && comma < lead_in_max)
          opener = owner_starting_at(t, comma + 2);
        // A sentence naming two people leaves "he" ambiguous: "Jan questioned Ray Barnes …"
        bool sole_subject = opener && opener->kind == owner_kind::person && people_named(t) == 1;
        // "City Attorney Treadwell stated that she will …": "she" is the sentence's own subject.
        find_commitments(t, commitment_mode::narrative, found);
        std::size_t before = cx.actions.size();
        for (auto& c : found) {
          if (!resolve_pronouns(c, sole_subject ? opener : subject)) continue;
          if (known_owner(c)) add(c, t, b, s.begin, item, action_origin::narrative);
        }
        if (cx.actions.size() == before) margin_owner(b, s, item);
        previous_sentence = t;
        if (sole_subject) {
          subject = opener;
        } else if (!pronoun) {
          subject.reset();
        }
      }
      if (cx.actions.size() == block_first) trailing_owner(b, sentences, item);
    }
  }

  // "iv) Community and Town Council Conference, 18th March. Cllr. O. Williams", "xi) … the
  // Plan. Clerk": an entry of a list whose last sentence is only who takes it on.
  void trailing_owner(const layout_block& b, std::span<const sentence> sentences,
                      const std::optional<std::string>& item) {
    bool entry = !b.clause.empty() || b.kind == model::block_kind::bullet;
    if (!entry || sentences.size() < 2) return;
    std::string_view note =
        text::trim(std::string_view(b.text).substr(sentences.back().begin,
                                                   sentences.back().end - sentences.back().begin),
                   " .");
    auto owner = owner_starting_at(note, 0);
    if (!owner || owner->end != note.size()) return;
    bool known = owner->kind != owner_kind::person || !owner->honorific.empty() ||
                 cx.people.knows(owner->name) || cx.people.knows_initials(owner->name);
    if (!known) return;
    std::size_t begin = b.clause_length;
    std::string_view body =
        text::trim(std::string_view(b.text).substr(begin, sentences.back().begin - begin), " .");
    if (text::word_count(body) < 2) return;
    add_whole(*owner, body, b, item);
  }
};

void log_actions::add(const log_row& row) {
  if (row.finished_work()) return;
  commitment c;
  // "MI/NB", "GS & HL": every owner the cell names.
  std::string_view owners = row.owner;
  std::size_t start = 0;
  while (start < owners.size()) {
    std::size_t cut = owners.find_first_of("/,&", start);
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

bool same_owner(const pending_action& a, const pending_action& b) {
  for (const auto& x : a.owners)
    for (const auto& y : b.owners)
      if (text::iequals(x.as_written, y.as_written)) return true;
  return false;
}

// Drops narrative actions that restate a clause's (or an earlier sentence's) work. Every
// action is compared with every kept one, so each one's words are counted once.
void drop_restatements(std::vector<pending_action>& actions) {
  word_ids ids;
  std::vector<content_word_counts> words;
  for (const auto& a : actions) words.push_back(count_content_words(a.record.text, ids));
  std::vector<std::size_t> kept;  // indices into `actions`
  for (std::size_t n = 0; n < actions.size(); ++n) {
    const pending_action& a = actions[n];
    bool restated = std::any_of(kept.begin(), kept.end(), [&](std::size_t j) {
      const pending_action& k = actions[j];
      if (k.record.item != a.record.item) return false;
      if (a.record.origin != action_origin::narrative &&
          k.record.origin == action_origin::narrative)
        return false;
      double o = overlap(words[j], words[n]);
      return (same_owner(k, a) && o >= restatement_overlap) || o >= 0.8;
    });
    if (!restated) kept.push_back(n);
  }
  std::vector<pending_action> out;
  out.reserve(kept.size());
  for (std::size_t j : kept) out.push_back(std::move(actions[j]));
  actions = std::move(out);
}

}  // namespace

void extract_actions(extract_context& cx) {
  action_finder finder{cx, {}, {}};
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n)
    finder.action_lines(cx.lay.items[n], cx.doc.items[n].id);
  finder.clauses();
  finder.action_logs();
  for (std::size_t n = 0; n < cx.lay.items.size(); ++n) {
    finder.duty_lists(cx.lay.items[n], cx.doc.items[n].id);
    finder.narrative(cx.lay.items[n], cx.doc.items[n].id);
  }
  // Clause and line actions first, so that narrative restatements are the ones dropped.
  std::stable_sort(cx.actions.begin(), cx.actions.end(), [](const auto& a, const auto& b) {
    return (a.record.origin == action_origin::narrative) <
           (b.record.origin == action_origin::narrative);
  });
  drop_restatements(cx.actions);
  std::stable_sort(cx.actions.begin(), cx.actions.end(), [](const auto& a, const auto& b) {
    return a.record.where.start_line < b.record.where.start_line;
  });
}

}  // namespace minutes::parser
