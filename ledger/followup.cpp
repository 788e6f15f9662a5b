// Follow-up of actions across meetings (see followup.hpp).
#include "ledger/followup.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "parser/extract/text_overlap.hpp"
#include "parser/text.hpp"
#include "parser/words/followup_words.hpp"

namespace minutes::ledger {
namespace {

namespace text = parser::text;

struct meeting_ref {
  std::string doc_id, path, date, body_series;
};

// A sentence, or a row of a table, of a later meeting.
struct unit {
  std::string text;
  std::string heading;  // the heading of its item ("24/05 Matters arising")
  std::size_t start_line = 0, end_line = 0;
  parser::content_word_counts words;
};

struct action_ref {
  std::string doc_id, action, text, item_number, due;
  std::size_t meeting = 0;  // index into the meetings, by date
  std::size_t item_actions = 1;
};

// Minute numbers that name one minute across a series: "23/41", "TB/23/110" — not "3".
bool distinctive_number(std::string_view n) {
  return n.find('/') != std::string_view::npos && n.find_first_of("0123456789") != n.npos;
}

bool mentions(std::string_view s, const auto& phrases) {
  for (std::string_view p : phrases)
    if (text::find_word(s, p) != std::string_view::npos) return true;
  return false;
}

std::string kind_of(std::string_view s) {
  if (mentions(s, parser::words::followup_dropped)) return "dropped";
  if (mentions(s, parser::words::followup_done)) return "done";
  return "reported";
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
      out.push_back(
          unit{std::string(s), {}, rows ? first + row : first, rows ? first + row : last, {}});
    }
    ++row;
    i = end + (kind == "table" ? 1 : 2);
  }
}

class followup_deriver {
 public:
  explicit followup_deriver(database& db) : db_(db) {}

  void run() {
    load_meetings();
    load_actions();
    auto evidence =
        db_.prepare("INSERT OR IGNORE INTO followups VALUES (?,?,?,?,?,?, ?,?,?,?,?,?,?)");
    auto status = db_.prepare("INSERT INTO action_status VALUES (?,?,?,?,?,?,?,?,?)");
    for (const auto& a : actions_) {
      auto own = parser::count_content_words(a.text, ids_);
      std::string state = "open";
      std::optional<std::pair<std::size_t, const unit*>> decisive;
      const meeting_ref& at = meetings_[a.meeting];
      for (std::size_t m = a.meeting + 1; m < meetings_.size(); ++m) {
        const meeting_ref& later = meetings_[m];
        if (later.body_series != at.body_series || later.date == at.date) continue;
        for (const unit& u : units_of(m)) {
          auto reason = refers_to(a, own, u);
          if (!reason) continue;
          std::string kind = kind_of(u.text);
          evidence
              .bind(a.doc_id, a.action, later.doc_id, kind, *reason, u.text, later.path,
                    u.start_line, u.end_line, std::nullopt, std::nullopt, std::nullopt,
                    std::nullopt)
              .run();
          if (state == "done" || state == "dropped") continue;  // settled earlier
          state = kind;
          decisive = std::pair(m, &u);
        }
      }
      std::string as_of = latest_in(at.body_series);
      bool overdue = state == "open" && !a.due.empty() && a.due < as_of;
      std::optional<std::string> ev_doc, ev_path;
      std::optional<std::size_t> ev_first, ev_last;
      if (decisive) {
        ev_doc = meetings_[decisive->first].doc_id;
        ev_path = meetings_[decisive->first].path;
        ev_first = decisive->second->start_line;
        ev_last = decisive->second->end_line;
      }
      status.bind(a.doc_id, a.action, state, ev_doc, ev_path, ev_first, ev_last, overdue, as_of)
          .run();
    }
    // A meeting without a date has no before and after: its actions stay open, never overdue.
    db_.exec(
        "INSERT INTO action_status SELECT doc_id, action, 'open', NULL, NULL, NULL, NULL, 0, NULL "
        "FROM actions a WHERE NOT EXISTS (SELECT 1 FROM action_status s "
        "WHERE s.doc_id = a.doc_id AND s.action = a.action)");
  }

 private:
  // Why unit `u` reports on action `a`, or nullopt when it does not.
  std::optional<std::string> refers_to(const action_ref& a, const parser::content_word_counts& own,
                                       const unit& u) {
    if (own.total == 0 || u.words.total == 0) return std::nullopt;
    double share = parser::overlap(own, u.words);
    double shared = share * static_cast<double>(std::min(own.total, u.words.total));
    // Cited in the sentence itself, or in the heading of the item it stands under.
    bool cites = distinctive_number(a.item_number) &&
                 (text::find_word(u.text, a.item_number) != std::string_view::npos ||
                  text::find_word(u.heading, a.item_number) != std::string_view::npos);
    if (cites && (a.item_actions == 1 || shared >= 2)) return "cites minute " + a.item_number;
    if (share >= 0.5 && shared >= 3) return "same commitment";
    return std::nullopt;
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
        "SELECT a.doc_id, a.action, a.text, coalesce(i.number, ''), coalesce(a.due, ''), "
        "(SELECT count(*) FROM actions b WHERE b.doc_id = a.doc_id AND b.item = a.item) "
        "FROM actions a LEFT JOIN items i ON i.doc_id = a.doc_id AND i.item = a.item "
        "ORDER BY a.doc_id, CAST(substr(a.action, 2) AS INT)");
    while (st.step()) {
      auto m = index_.find(st.text(0));
      if (m == index_.end()) continue;  // a meeting without a date: no before and after
      actions_.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), m->second,
                          static_cast<std::size_t>(st.integer(5))});
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
      for (std::size_t k = first; k < it->second.size(); ++k) it->second[k].heading = st.text(4);
    }
    // Item headings too: "24/01 Benches: the Clerk reported …" may be read as a heading.
    auto items = db_.prepare(
        "SELECT trim(coalesce(number, '') || ' ' || title), start_line FROM items WHERE doc_id = "
        "?");
    items.bind(meetings_[m].doc_id);
    while (items.step()) {
      auto line = static_cast<std::size_t>(items.integer(1));
      it->second.push_back(unit{items.text(0), {}, line, line, {}});
    }
    std::stable_sort(it->second.begin(), it->second.end(),
                     [](const unit& a, const unit& b) { return a.start_line < b.start_line; });
    for (auto& u : it->second) u.words = parser::count_content_words(u.text, ids_);
    return it->second;
  }

  std::string latest_in(const std::string& body_series) const {
    std::string latest;
    for (const auto& m : meetings_)
      if (m.body_series == body_series && m.date > latest) latest = m.date;
    return latest;
  }

  database& db_;
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
