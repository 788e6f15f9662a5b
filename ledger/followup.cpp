// Follow-up of actions across meetings (see followup.hpp).
#include "ledger/followup.hpp"
#include "ledger/action_log.hpp"
#include "ledger/passage_kind.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "parser/extract/text_overlap.hpp"
#include "parser/text.hpp"
#include "parser/words/date_words.hpp"

namespace minutes::ledger {
namespace {

namespace text = parser::text;

struct meeting_ref {
  std::string doc_id, path, date, body_series;
};

// A sentence, or a row of a table, of a later meeting.
struct unit {
  std::string text;
  std::string heading;  // its item's heading ("24/05 Matters arising")
  std::string lead;     // its paragraph's first sentence, for the sentences after it
  bool row = false;     // a row of a table (an action log)
  bool title = false;   // an item's number and title
  std::size_t start_line = 0, end_line = 0;
  parser::content_word_counts words;      // of its text
  parser::content_word_counts context;    // of its heading, lead and text
  log_row log;                            // a row's reference, title and owners
  parser::content_word_counts log_title;  // of a row's title
};

struct action_ref {
  std::string doc_id, action, text, item_number, item_title, due;
  std::size_t meeting = 0;  // index into the meetings, by date
  std::size_t item_actions = 1;
  std::size_t start_line = 0;
  std::vector<std::string> owners;  // names, as the minutes give them
};

// "report it to County Highways", "chase them up": the verb's object is a pronoun, and the
// work is named in the words around the action.
bool refers_back(std::string_view action) {
  std::size_t verb_end = action.find(' ');
  if (verb_end == std::string_view::npos) return false;
  std::string_view object = action.substr(verb_end + 1);
  object = object.substr(0, object.find(' '));
  return mentions(object,
                  std::initializer_list<std::string_view>{"it", "this", "them", "these", "those"});
}

// Words cut to a rough stem, so that "ordered" meets "order" and "quotes" meets "quote":
// -s, -ing, -ed and a final -e dropped from words of five letters or more.
std::string stemmed(std::string_view s) {
  std::string out;
  each_word(s, [&](std::string_view word) {
    std::string w = text::to_lower(word);
    if (w.size() >= 5) {
      if (w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us")) w.pop_back();
      if (w.size() >= 6 && w.ends_with("ing"))
        w.resize(w.size() - 3);
      else if (w.ends_with("ied"))
        w.replace(w.size() - 3, 3, "y");
      else if (w.ends_with("ed"))
        w.resize(w.size() - 2);
      if (w.size() >= 5 && w.back() == 'e') w.pop_back();
    }
    // Dates are not what an action is about: "by 1 September 2023" must not match
    // "by 1 December 2023".
    bool date_word = w.find_first_not_of("0123456789") == std::string::npos ||
                     mentions(w, parser::words::month_names);
    if (!date_word) out.append(w).push_back(' ');
  });
  return out;
}

// The action's words that its item's title does not have: what tells apart two actions of
// one item ("book Mill Green" and "invite local groups" under "Environment Day").
std::string beyond_title(std::string_view action, std::string_view title) {
  std::string out;
  each_word(action, [&](std::string_view w) {
    if (text::find_word(title, w) == std::string_view::npos) out.append(w).push_back(' ');
  });
  return out;
}

unit make_unit(std::string text, bool row, std::size_t first, std::size_t last) {
  unit u;
  u.text = std::move(text);
  u.row = row;
  u.start_line = first;
  u.end_line = last;
  return u;
}

// How much a kind of passage settles: a bare mention least, a decision to drop most.
int rank(std::string_view kind) {
  if (kind == "dropped") return 4;
  if (kind == "done") return 3;
  if (kind == "reported") return 2;
  return 1;
}

// How many words of the shorter text the other has.
double shared_words(const parser::content_word_counts& a, const parser::content_word_counts& b) {
  return parser::overlap(a, b) * static_cast<double>(std::min(a.total, b.total));
}

// Minute numbers that name one minute across a series: "23/41", "TB/23/110" — not "3".
bool distinctive_number(std::string_view n) {
  return n.find('/') != std::string_view::npos && n.find_first_of("0123456789") != n.npos;
}

// The sentences of a paragraph, the rows of a table (their own lines).
void split_units(const std::string& block, const std::string& kind, std::size_t first,
                 std::size_t last, std::vector<unit>& out) {
  std::size_t row = 0;
  for (std::size_t i = 0; i < block.size();) {
    std::size_t end = kind == "table" ? block.find('\n', i) : block.find(". ", i);
    if (end == std::string::npos) end = block.size();
    std::string_view s = text::trim(std::string_view(block).substr(i, end - i));
    if (!s.empty()) {
      bool rows = kind == "table" && first + row <= last;
      out.push_back(make_unit(std::string(s), kind == "table", rows ? first + row : first,
                              rows ? first + row : last));
    }
    ++row;
    i = end + (kind == "table" ? 1 : 2);
  }
}

class followup_deriver {
 public:
  explicit followup_deriver(database& db)
      : db_(db),
        evidence_(db.prepare("INSERT INTO followups VALUES (?,?,?,?,?,?, ?,?,?,?,?,?,?)")) {}

  void run() {
    load_meetings();
    load_actions();
    auto status = db_.prepare("INSERT INTO action_status VALUES (?,?,?,?,?,?,?,?,?)");
    for (const auto& a : actions_) {
      const meeting_ref& at = meetings_[a.meeting];
      std::string as_of = latest_in(at.body_series);
      outcome o = follow(a);
      // Overdue: not settled, due before the latest meeting, and nothing reported since.
      bool overdue = (o.status == "open" || o.status == "reported") && !a.due.empty() &&
                     a.due < as_of && (o.last_report.empty() || o.last_report < a.due);
      std::optional<std::string> ev_doc, ev_path;
      std::optional<std::size_t> ev_first, ev_last;
      if (o.evidence) {
        ev_doc = meetings_[o.evidence->first].doc_id;
        ev_path = meetings_[o.evidence->first].path;
        ev_first = o.evidence->second->start_line;
        ev_last = o.evidence->second->end_line;
      }
      status.bind(a.doc_id, a.action, o.status, ev_doc, ev_path, ev_first, ev_last, overdue, as_of)
          .run();
    }
    // A meeting without a date has no before and after: its actions stay open, never overdue.
    db_.exec(
        "INSERT INTO action_status SELECT doc_id, action, 'open', NULL, NULL, NULL, NULL, 0, NULL "
        "FROM actions a WHERE NOT EXISTS (SELECT 1 FROM action_status s "
        "WHERE s.doc_id = a.doc_id AND s.action = a.action)");
  }

 private:
  struct outcome {
    std::string status = "open";
    std::optional<std::pair<std::size_t, const unit*>> evidence;  // meeting, passage
    std::string last_report;  // date of the latest report that was not a bare mention
  };

  // Every later passage about action `a`, recorded in followups, and the status they give:
  // the latest report's kind, except that done and dropped are final.
  outcome follow(const action_ref& a) {
    auto own = parser::count_content_words(stemmed(a.text + " " + source_sentence(a)), ids_);
    auto specific = parser::count_content_words(stemmed(beyond_title(a.text, a.item_title)), ids_);
    const meeting_ref& at = meetings_[a.meeting];
    outcome o;
    std::vector<std::string> keys;  // references action logs gave the action ("A13")
    // The log of the meeting that made the action often gives it its reference already.
    learn_keys(a, own, specific, a.meeting, keys);
    for (std::size_t m = a.meeting + 1; m < meetings_.size(); ++m) {
      const meeting_ref& later = meetings_[m];
      if (later.body_series != at.body_series || later.date == at.date) continue;
      learn_keys(a, own, specific, m, keys);
      // What this meeting says, its strongest word: a decision not to pursue outranks a
      // perfect tense nearby ("the Agency had inspected the pond … agreed not to pursue").
      int best = 0;
      const unit* said = nullptr;
      std::string said_kind;
      for (const unit& u : units_of(m)) {
        auto reason = u.row ? refers_to_row(a, own, specific, u) : refers_to(a, own, specific, u);
        if (!reason) reason = cites_key(keys, u);
        if (!reason) continue;
        std::string kind = u.row ? kind_of_row(u.text, a.text) : kind_of(u.text, a.text);
        evidence_
            ->bind(a.doc_id, a.action, later.doc_id, kind, *reason, u.text, later.path,
                   u.start_line, u.end_line, std::nullopt, std::nullopt, std::nullopt, std::nullopt)
            .run();
        if (rank(kind) > best) best = rank(kind), said = &u, said_kind = kind;
      }
      if (best <= rank("mentioned") || o.status == "done" || o.status == "dropped") continue;
      o.status = said_kind;
      o.evidence = std::pair(m, said);
      o.last_report = later.date;
    }
    return o;
  }

  // The references the rows of meeting `m`'s action log give action `a`, added to `keys`.
  // A log's rows are read first: the reference one gives the action holds for the whole
  // meeting. Not the action's own minute number, which its other actions share ("24/37" for
  // both "book Mill Green" and "invite groups"): citing it is the rule in refers_to.
  void learn_keys(const action_ref& a, const parser::content_word_counts& own,
                  const parser::content_word_counts& specific, std::size_t m,
                  std::vector<std::string>& keys) {
    for (const unit& u : units_of(m))
      if (u.row && !u.log.reference.empty() && !text::iequals(u.log.reference, a.item_number) &&
          refers_to_row(a, own, specific, u) &&
          std::find(keys.begin(), keys.end(), u.log.reference) == keys.end())
        keys.push_back(u.log.reference);
  }

  // A row of an action log is about the action when it says so as any passage does, or
  // when most of its title's words are the action's and its owners may be the action's
  // ("Damp survey, flat 9 | CF" for Claire's "arrange a damp survey through …").
  std::optional<std::string> refers_to_row(const action_ref& a,
                                           const parser::content_word_counts& own,
                                           const parser::content_word_counts& specific,
                                           const unit& u) {
    if (auto reason = refers_to(a, own, specific, u)) return reason;
    if (u.log_title.total == 0 || !owners_agree(u.log, a.owners)) return std::nullopt;
    // Owners the row names and that are the action's let a shorter match do: "Plant the two
    // apple trees | DC" for Dean's "plant the trees before the end of March".
    bool named = !u.log.owner_initials.empty() && !a.owners.empty();
    double shared = shared_words(own, u.log_title);
    if (shared >= 2 && shared >= (named ? 0.5 : 0.6) * static_cast<double>(u.log_title.total))
      return "same action-log entry";
    return std::nullopt;
  }

  // "A13 Roof – scaffolding went up": a passage or row that opens with a reference an
  // action log gave the action, or whose paragraph's first sentence does.
  static std::optional<std::string> cites_key(const std::vector<std::string>& keys, const unit& u) {
    if (keys.empty()) return std::nullopt;
    std::string_view ref = u.row ? std::string_view(u.log.reference) : leading_reference(u.text);
    if (ref.empty() && !u.row) ref = leading_reference(u.lead);
    for (const auto& key : keys)
      if (!ref.empty() && text::iequals(ref, key)) return "cites log reference " + key;
    return std::nullopt;
  }

  // Why unit `u` reports on action `a`, or nullopt when it does not.
  std::optional<std::string> refers_to(const action_ref& a, const parser::content_word_counts& own,
                                       const parser::content_word_counts& specific, const unit& u) {
    if (own.total == 0 || u.words.total == 0) return std::nullopt;
    double share = parser::overlap(own, u.words);
    double shared = shared_words(own, u.words);
    // Cited in the sentence itself, in the heading of its item, or in the first sentence of
    // its paragraph (then it must share a word with the action: "The minutes, as amended,
    // were approved" after a citing sentence is not about it); when the minute made several
    // actions, the passage must also share words beyond the title.
    auto cited_in = [&](const std::string& s) {
      return text::find_word(s, a.item_number) != std::string_view::npos;
    };
    bool cites = distinctive_number(a.item_number) &&
                 (cited_in(u.text) || cited_in(u.heading) || (cited_in(u.lead) && shared >= 1));
    if (cites && (a.item_actions == 1 || shared_words(specific, u.context) >= 2))
      return "cites minute " + a.item_number;
    // A title names a subject, it reports nothing: it counts only when it cites the minute.
    if (u.title) return std::nullopt;
    if (share >= 0.5 && shared >= 3) return "same commitment";
    // A longer action, most of whose words a longer passage has: "the County has still not
    // published its verge-cutting schedule" for "circulate the new verge-cutting schedule …".
    if (share >= 0.4 && shared >= 4) return "same commitment";
    // A short action all of whose words the passage has: "the six signs had been ordered".
    if (share >= 0.99 && shared >= 2 && own.total <= 3) return "same commitment";
    return std::nullopt;
  }

  // For an action that refers back ("report it"), the rest of the sentence of its own minutes
  // it stands in: the one over its first line that shares most of its words. Otherwise "".
  std::string source_sentence(const action_ref& a) {
    if (!refers_back(a.text)) return {};
    auto own = parser::count_content_words(stemmed(a.text), ids_);
    const unit* best = nullptr;
    double best_shared = 0;
    for (const unit& u : units_of(a.meeting)) {
      if (u.title || u.row || u.start_line > a.start_line || u.end_line < a.start_line) continue;
      double shared = shared_words(own, u.words);
      if (shared > best_shared) best = &u, best_shared = shared;
    }
    // Only the words the action lacks: counted twice, its own would weigh double.
    std::string more;
    if (best)
      each_word(best->text, [&](std::string_view w) {
        if (text::find_word(a.text, w) == std::string_view::npos) more.append(w).push_back(' ');
      });
    return more;
  }

  void load_meetings() {
    auto st = db_.prepare(
        "SELECT doc_id, path, date, body_series FROM meetings WHERE date IS NOT NULL "
        "ORDER BY date, doc_id");
    while (st.step()) meetings_.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
    for (std::size_t m = 0; m < meetings_.size(); ++m) index_[meetings_[m].doc_id] = m;
  }

  void load_actions() {
    auto st = db_.prepare(
        "SELECT a.doc_id, a.action, a.text, coalesce(i.number, ''), coalesce(i.title, ''), "
        "coalesce(a.due, ''), "
        "(SELECT count(*) FROM actions b WHERE b.doc_id = a.doc_id AND b.item = a.item), "
        "coalesce(a.start_line, 0) "
        "FROM actions a LEFT JOIN items i ON i.doc_id = a.doc_id AND i.item = a.item "
        "ORDER BY a.doc_id, CAST(substr(a.action, 2) AS INT)");
    while (st.step()) {
      auto m = index_.find(st.text(0));
      if (m == index_.end()) continue;  // a meeting without a date: no before and after
      actions_.push_back({st.text(0),
                          st.text(1),
                          st.text(2),
                          st.text(3),
                          st.text(4),
                          st.text(5),
                          m->second,
                          static_cast<std::size_t>(st.integer(6)),
                          static_cast<std::size_t>(st.integer(7)),
                          {}});
    }
    auto owners = db_.prepare(
        "SELECT name FROM action_owners WHERE doc_id = ? AND action = ? "
        "ORDER BY seq");
    for (auto& a : actions_) {
      owners.bind(a.doc_id, a.action);
      while (owners.step()) a.owners.push_back(owners.text(0));
    }
  }

  const std::vector<unit>& units_of(std::size_t m) {
    auto [it, fresh] = units_.try_emplace(m);
    if (!fresh) return it->second;
    auto st = db_.prepare(
        "SELECT b.text, b.kind, b.start_line, b.end_line, "
        "trim(coalesce(i.number, '') || ' ' || coalesce(i.title, '')) FROM blocks b "
        "LEFT JOIN items i ON i.doc_id = b.doc_id AND i.item = b.item "
        "WHERE b.doc_id = ? ORDER BY b.seq");
    st.bind(meetings_[m].doc_id);
    while (st.step()) {
      std::size_t first = it->second.size();
      split_units(st.text(0), st.text(1), static_cast<std::size_t>(st.integer(2)),
                  static_cast<std::size_t>(st.integer(3)), it->second);
      // "b) 24/17 Bus shelter mural - … The committee agreed not to pursue the mural.": the
      // paragraph's first sentence cites the minute for the sentences after it.
      for (std::size_t k = first; k < it->second.size(); ++k) {
        it->second[k].heading = st.text(4);
        if (k > first && !it->second[first].row) it->second[k].lead = it->second[first].text;
      }
    }
    // Item headings too: "24/01 Benches: the Clerk reported …" may be read as a heading.
    auto items = db_.prepare(
        "SELECT trim(coalesce(number, '') || ' ' || title), start_line FROM items WHERE doc_id = "
        "?");
    items.bind(meetings_[m].doc_id);
    while (items.step()) {
      auto line = static_cast<std::size_t>(items.integer(1));
      unit u = make_unit(items.text(0), false, line, line);
      u.title = true;
      it->second.push_back(std::move(u));
    }
    std::stable_sort(it->second.begin(), it->second.end(),
                     [](const unit& a, const unit& b) { return a.start_line < b.start_line; });
    for (auto& u : it->second) {
      if (u.row) {
        u.log = read_log_row(u.text);
        u.log_title = parser::count_content_words(stemmed(u.log.title), ids_);
      }
      u.words = parser::count_content_words(stemmed(u.text), ids_);
      u.context =
          parser::count_content_words(stemmed(u.heading + " " + u.lead + " " + u.text), ids_);
    }
    return it->second;
  }

  std::string latest_in(const std::string& body_series) const {
    std::string latest;
    for (const auto& m : meetings_)
      if (m.body_series == body_series && m.date > latest) latest = m.date;
    return latest;
  }

  database& db_;
  std::optional<statement> evidence_;
  std::vector<meeting_ref> meetings_;
  std::map<std::string, std::size_t> index_;
  std::vector<action_ref> actions_;
  std::map<std::size_t, std::vector<unit>> units_;
  parser::word_ids ids_;
};

}  // namespace

void derive_followups(database& db) {
  followup_deriver(db).run();
}

}  // namespace minutes::ledger
