// Rosters of the attendance family (extract stage): a label ("Present:", "Apologies:", "In
// attendance") or an attendance item's title, and the list or table after it, with group
// headings ("Members", "Other Attendees") and affiliation lines. roster.cpp reads each line.
#include "parser/extract/attendance_internal.hpp"
#include "parser/extract/roster.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"

namespace minutes::parser {
namespace {

using keywords::label_role;
using model::attendance_status;

bool group_heading(std::string_view s) {
  s = text::trim(s, ":");
  if (s.empty() || text::word_count(s) > 5) return false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = s.find(' ', i);
    std::string_view w = s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    bool known = w.size() > 1 && text::all_caps(w);  // "TSC Attendees", "PMC members"
    for (auto g : words::roster_group_words) known = known || text::iequals(w, g);
    if (!known) return false;
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return true;
}

std::optional<attendance_status> status_of(label_role role) {
  switch (role) {
    case label_role::present:
      return attendance_status::present;
    case label_role::apologies:
      return attendance_status::apologies;
    case label_role::absent:
      return attendance_status::absent;
    default:
      return std::nullopt;
  }
}

// What an item's title says of the names listed under it: "Apologies received from",
// "Roll call", "Members absent". Nothing for "Welcome" or "Introductions".
std::optional<attendance_status> status_of_title(std::string_view title) {
  if (text::has_word(title, "apologies") || text::has_word(title, "regrets") ||
      text::has_word(title, "excused"))
    return attendance_status::apologies;
  if (text::has_word(title, "absent") || text::has_word(title, "not present") ||
      text::has_word(title, "not in attendance"))
    return attendance_status::absent;
  if (text::has_word(title, "present") || text::has_word(title, "attendance") ||
      text::has_word(title, "attendees") || text::has_word(title, "roll call"))
    return attendance_status::present;
  return std::nullopt;
}

// Status a note changes: "(excused)" is an apology, "(absent)" an absence.
attendance_status status_with_note(attendance_status status, std::string_view note) {
  if (auto s = status_cell(note)) return *s;
  if (text::has_word(note, "excused") || text::has_word(note, "apologies"))
    return attendance_status::apologies;
  if (text::has_word(note, "absent")) return attendance_status::absent;
  return status;
}

class roster_reader {
 public:
  roster_reader(extract_context& cx) : cx_(cx) {}

  void run(std::size_t begin, std::size_t end, std::optional<attendance_status> status) {
    const auto& blocks = cx_.lay.blocks;
    if (status) {
      start_list(blocks[begin], *status, {});
      titled_ = true;
    }
    for (std::size_t k = begin; k < end; ++k) read_block(blocks[k]);
  }

 private:
  void start_list(const layout_block&, attendance_status status, std::string_view label) {
    in_list_ = true;
    status_ = status;
    std::string_view label_text = text::trim(label, ":-. *_");
    group_ = text::iequals(label_text, "present") || text::iequals(label_text, "apologies") ||
                     text::iequals(label_text, "absent")
                 ? std::string()
                 : std::string(label_text);
    shared_honorific_ = {};
    awaiting_.clear();
    bullets_are_affiliations_ = -1;
    last_was_name_line_ = false;
    records_at_start_ = cx_.attendance.size();
    columns_ = {};
  }

  // "Chair: Rosa Delgado", "Scribe: Kofi", "Clerk: Mrs Nia Hopkin": present, in that role.
  static bool office(label_role role) {
    return role == label_role::chair || role == label_role::scribe || role == label_role::office;
  }

  void read_labelled(const layout_block& b, label_role role, std::string_view label_text,
                     std::string_view body) {
    if (office(role)) {
      // "Presiding: Cllr Caoimhe Ní Fhlannagáin, Cathaoirleach": one person, and a title.
      read_roster_line(body, columns_, {}, false, names_, true);
      std::size_t offset = static_cast<std::size_t>(body.data() - b.text.data());
      for (const auto& n : names_) {
        auto who = record_attendance(cx_, n, attendance_status::present,
                                     {&b, offset + n.begin, offset + n.end});
        std::string role_name(text::trim(label_text, ":-. *_"));
        if (!cx_.attendance.back().record.role) cx_.attendance.back().record.role = role_name;
        cx_.people.add_role(who, role_name);
      }
      return;  // a list around it goes on
    }
    auto s = status_of(role);
    in_list_ = s.has_value();
    if (!in_list_) return;
    start_list(b, *s, label_text);
    if (!body.empty()) read_line(b, body, false);
  }

  void read_block(const layout_block& b) {
    if (b.label) {
      // A paragraph may hold several labelled lists: "Members present: … . Clerk: Mrs Nia
      // Hopkin. Also present: …".
      std::string_view text = b.text;
      label_role role = *b.label;
      std::string_view label_text = text.substr(0, b.label_length);
      std::size_t body_begin = b.label_length;
      std::vector<sentence> sentences;
      split_sentences(text, sentences);
      std::size_t body_end = text.size();
      for (const auto& s : sentences) {
        if (s.begin <= body_begin) continue;
        auto next = keywords::match_label(text.substr(s.begin));
        if (!next || !next->colon) continue;
        body_end = s.begin;
        read_labelled(b, role, label_text,
                      text::trim(text.substr(body_begin, body_end - body_begin), "*_ ."));
        role = next->role;
        label_text = text.substr(s.begin, next->length);
        body_begin = s.begin + next->length;
        body_end = text.size();
      }
      read_labelled(b, role, label_text,
                    text::trim(text.substr(body_begin, body_end - body_begin), "*_ "));
      return;
    }
    if (!in_list_) return;
    std::string_view t = text::trim(b.text, "*_ ");
    // "Hamish Tulloch - Junior Co-ordinator and 23 members (…)": the roster's last line, with
    // the count of those not named wrapped onto it.
    for (std::size_t at = t.find(" and "); at != std::string_view::npos;
         at = t.find(" and ", at + 1))
      if (at + 5 < t.size() && text::is_digit(t[at + 5])) {
        t = text::trim(t.substr(0, at));
        break;
      }
    if (auto h = grammar::match_honorific(std::string(t) + " ");
        h && h->plural && h->length >= t.size()) {
      shared_honorific_ = t;  // "County Councillors" heading the names below
      return;
    }
    if (group_heading(t)) {
      group_ = std::string(text::trim(t, ":"));
      awaiting_.clear();
      return;
    }
    if (b.kind == model::block_kind::heading && b.level <= 3 && !b.standalone) {
      in_list_ = false;  // a section heading: the list is over
      return;
    }
    // A sentence ends the roster; attendance sentences are read elsewhere. Under a heading
    // or label that opens a list, a note before any name ("Note: observers who …") does not.
    if (ends_sentence(t) && text::word_count(t) > 8 && has_running_words(t)) {
      bool note_before_names = cx_.attendance.size() == records_at_start_;
      if (!note_before_names) in_list_ = false;
      return;
    }
    bool bullet = b.kind == model::block_kind::bullet;
    if (bullet && last_was_name_line_ && bullets_are_affiliations_ == -1)
      bullets_are_affiliations_ = 1;
    if (bullet && bullets_are_affiliations_ == 1) {
      if (!awaiting_.empty()) {
        cx_.people.set_affiliation(cx_.attendance[awaiting_.front()].who, t);
        cx_.attendance[awaiting_.front()].record.affiliation = std::string(t);
        awaiting_.erase(awaiting_.begin());
      }
      last_was_name_line_ = false;
      return;
    }
    if (b.kind == model::block_kind::table) {
      read_table(b);
      return;
    }
    // "The following new board members were present:", "For the Julia Center:": a line that
    // introduces the names below keeps the list open.
    if (!t.empty() && t.back() == ':') return;
    // Under "Apologies received from", a sentence is for the sentence readers.
    if (titled_ && has_running_words(t)) return;
    std::size_t before = cx_.attendance.size();
    read_line(b, t, true);
    if (cx_.attendance.size() == before) {
      // A wrapped cell ("Committee", "during HB23/046)") stays inside the list; a line of
      // anything longer ends it.
      constexpr std::size_t continuation_max_words = 4;
      bool note_before_names = cx_.attendance.size() == records_at_start_;
      if (text::word_count(t) > continuation_max_words && !note_before_names) in_list_ = false;
      return;
    }
    if (bullet && bullets_are_affiliations_ == -1) bullets_are_affiliations_ = 0;
    last_was_name_line_ = !bullet;
  }

  void read_table(const layout_block& b) {
    std::string_view rows = b.text;
    std::size_t start = 0;
    bool first = true;
    while (start < rows.size()) {
      std::size_t nl = rows.find('\n', start);
      if (nl == std::string_view::npos) nl = rows.size();
      std::string_view row = rows.substr(start, nl - start);
      if (first) {
        if (auto header = read_roster_header(row); header.known()) {
          columns_ = table_header_ = header;  // kept for the pieces of the table that follow
          first = false;
          start = nl + 1;
          continue;
        }
        // "In attendance:" over rows cut like the members' table above: its columns.
        if (!columns_.known() && table_header_.known() && cell_count(row) == table_header_.cells)
          columns_ = table_header_;
      }
      first = false;
      read_line(b, row, true, static_cast<std::size_t>(row.data() - b.text.data()));
      start = nl + 1;
    }
  }

  void read_line(const layout_block& b, std::string_view line, bool strict,
                 std::size_t offset = npos) {
    if (offset == npos) offset = static_cast<std::size_t>(line.data() - b.text.data());
    // "[x] Jean Roche", "[ ] Allan Hoyle": a checklist of the members, ticked when present.
    std::optional<attendance_status> ticked;
    if (line.size() > 3 && line[0] == '[' && line[2] == ']' && line[3] == ' ') {
      if (line[1] == ' ') ticked = attendance_status::absent;
      if (line[1] == 'x' || line[1] == 'X') ticked = attendance_status::present;
      if (ticked) {
        offset += 4;
        line = line.substr(4);
      }
    }
    read_roster_line(line, columns_, shared_honorific_, strict, names_,
                     b.kind == model::block_kind::bullet);
    for (const auto& n : names_) {
      attendance_status status = ticked ? *ticked : status_with_note(status_, n.note);
      status = status_with_note(status, n.affiliation);
      auto who = record_attendance(cx_, n, status, {&b, offset + n.begin, offset + n.end}, group_,
                                   n.affiliation);
      if (!n.alias.empty()) cx_.people.add_alias(who, n.alias);
      if (n.affiliation.empty()) awaiting_.push_back(cx_.attendance.size() - 1);
    }
  }

  // Lowercase words other than the joining words of names and lists, before any comma (an
  // affiliation may follow one): "were received from".
  static bool has_running_words(std::string_view t) {
    t = t.substr(0, t.find(','));
    // "Arvid Ostrem (Vanta) a.k.a. Avi": what follows is another name.
    for (std::string_view aka : {" a.k.a.", " aka "})
      if (std::size_t at = t.find(aka); at != std::string_view::npos) t = t.substr(0, at);
    for (std::size_t i = 0; i < t.size();) {
      std::size_t j = i;
      while (j < t.size() && !text::is_space(t[j])) ++j;
      std::string_view w = text::trim(t.substr(i, j - i), ",.;:()");
      bool joins = false;
      for (auto x : words::name_list_joiners) joins = joins || w == x;
      if (!w.empty() && text::is_ascii_lower(w[0]) && !joins) return true;
      i = j + 1;
    }
    return false;
  }

  static constexpr std::size_t npos = std::string_view::npos;
  extract_context& cx_;
  bool titled_ = false;  // the list was opened by the item's title, not by a label
  bool in_list_ = false;
  attendance_status status_ = attendance_status::present;
  std::string group_;
  std::string_view shared_honorific_;
  roster_columns columns_;
  roster_columns table_header_;  // the last roster table header, for later tables cut alike
  std::vector<found_name> names_;
  std::vector<std::size_t> awaiting_;  // records still without an affiliation line
  int bullets_are_affiliations_ = -1;  // unknown until a name line meets a bullet
  bool last_was_name_line_ = false;
  std::size_t records_at_start_ = 0;  // attendance records before the list began
};

}  // namespace

std::vector<attendance_scope> attendance_scopes(const extract_context& cx) {
  std::vector<attendance_scope> scopes;
  scopes.push_back({0, cx.lay.preamble_end, std::nullopt});
  for (const auto& item : cx.lay.items)
    if (keywords::is_attendance_title(item.title))
      scopes.push_back({item.heading + 1, item.end, status_of_title(item.title)});
  return scopes;
}

void read_rosters(extract_context& cx, const attendance_scope& scope) {
  if (scope.begin >= scope.end) return;
  roster_reader(cx).run(scope.begin, scope.end, scope.status);
}

}  // namespace minutes::parser
