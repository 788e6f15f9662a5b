// Rosters (see roster.hpp).
#include "parser/extract/roster.hpp"

#include <array>

#include "parser/grammar/honorific.hpp"
#include "parser/grammar/person_name.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

// Cells of a row: column gaps (tabs) and dotted leaders ("President ....... Freya").
template <typename F>
void for_each_cell(std::string_view line, F&& f) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    bool gap = i == line.size() || line[i] == '\t';
    std::size_t len = 1;
    if (!gap && line[i] == '.' && i + 2 < line.size() && line[i + 1] == '.' && line[i + 2] == '.') {
      gap = true;
      len = 3;
      while (i + len < line.size() && (line[i + len] == '.' || line[i + len] == ' ')) ++len;
    }
    if (!gap) continue;
    std::string_view cell = text::trim(line.substr(start, i - start));
    if (!cell.empty()) f(cell);
    start = i + len;
    i += len - 1;
  }
}

// Entries of a line: split at ",", ";", " and ", " & " outside brackets — but not inside
// a role after a dash ("Gillian Farrow - Clerk & RFO"). `f(entry, offset, new_segment)`:
// a semicolon starts a new segment ("Sam Okonkwo, Public Works Director; Irene Matsuda").
template <typename F>
void for_each_entry(std::string_view line, F&& f) {
  int depth = 0;
  std::size_t start = 0;
  bool dash = false, new_segment = true;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    std::size_t cut = 0;
    bool semicolon = false;
    if (i == line.size()) {
      cut = 1;
    } else if (line[i] == '(' || line[i] == '[') {
      ++depth;
    } else if ((line[i] == ')' || line[i] == ']') && depth > 0) {
      --depth;
    } else if (depth == 0 && (line[i] == ',' || line[i] == ';')) {
      cut = 1;
      semicolon = line[i] == ';';
    } else if (depth == 0 &&
               (line.compare(i, 3, " - ") == 0 || line.compare(i, 5, " \xE2\x80\x93 ") == 0)) {
      dash = true;
    } else if (depth == 0 && !dash && line[i] == ' ' &&
               (text::starts_with_word(line.substr(i + 1), "and") ||
                line.compare(i, 3, " & ") == 0)) {
      cut = line[i + 1] == '&' ? 2 : 4;
    }
    if (!cut) continue;
    std::string_view entry = text::trim(line.substr(start, i - start));
    if (!entry.empty()) f(entry, static_cast<std::size_t>(entry.data() - line.data()), new_segment);
    new_segment = semicolon;
    dash = false;
    start = i + cut;
    i = start - 1;
  }
}

bool is_handle(std::string_view w) {
  if (w.empty() || w.size() > 40) return false;
  std::size_t i = w[0] == '@' ? 1 : 0;
  if (i >= w.size() || !(text::is_ascii_lower(w[i]) || text::is_digit(w[i]))) return false;
  for (; i < w.size(); ++i) {
    char c = w[i];
    if (!(text::is_ascii_lower(c) || text::is_digit(c) || c == '-' || c == '_' || c == '.'))
      return false;
  }
  return true;
}

std::string_view bracketed(std::string_view s) {
  s = text::trim(s);
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') return {};
  return text::trim(s.substr(1, s.size() - 2));
}

// Where the name begins after a job title whose last word is a role word and that at least
// two words of name follow; 0 when there is none.
std::size_t after_job_title(std::string_view name) {
  constexpr std::size_t name_min_words = 2;
  std::size_t words = text::word_count(name);
  std::size_t begin = 0, n = 0, found = 0;
  while (begin < name.size() && n + name_min_words < words) {
    std::size_t sp = name.find(' ', begin);
    if (sp == std::string_view::npos) break;
    if (keywords::is_role_word(name.substr(begin, sp - begin))) found = sp + 1;
    begin = sp + 1;
    ++n;
  }
  return found;
}

// One entry: a name and what is printed with it. `offset` places it in the line.
std::optional<found_name> read_entry(std::string_view e, std::size_t offset, bool strict) {
  // Leading lowercase role words: "treasurer Ray Brandt".
  while (!e.empty()) {
    std::size_t sp = e.find(' ');
    if (sp == std::string_view::npos || !text::is_ascii_lower(e[0]) ||
        !one_of(e.substr(0, sp), words::leading_role_words))
      break;
    offset += sp + 1;
    e = e.substr(sp + 1);
  }
  found_name f;
  f.begin = offset;
  f.end = offset + e.size();
  std::size_t sp = e.find(' ');
  std::string_view first = e.substr(0, sp);
  std::string_view rest =
      sp == std::string_view::npos ? std::string_view() : text::trim(e.substr(sp));
  // A handle, with the full name in brackets: "alice (Alice Whitmore)", "@kai".
  // A nickname in quotes likewise: "\"Spanner\" (Tom Okeke)".
  bool quoted = first.size() > 2 && first.front() == '"' && first.back() == '"';
  if (is_handle(first) || quoted) {
    std::string_view full = bracketed(rest);
    if (auto m = grammar::match_person_name(full); m && m->length == full.size()) {
      f.name = m->name;
      f.alias = first;
      return f;
    }
    if (rest.empty() && !quoted) {
      f.name = first;
      return f;
    }
  }
  auto m = grammar::match_person_name(e);
  if (!m) return std::nullopt;
  f.honorific = m->honorific;
  f.name = m->name;
  f.note = m->note;
  // "Library Director Sandy Hollins", "City Manager Tom Lee": a job title before the name.
  if (std::size_t at = after_job_title(f.name); at != 0) {
    if (f.note.empty()) f.note = text::trim(f.name.substr(0, at));
    f.name = f.name.substr(at);
  }
  if (!plausible_person(f.name)) return std::nullopt;
  std::string_view after = text::trim(e.substr(m->length));
  // "Arvid Ostrem (Vanta Systems) a.k.a. Avi": the name the minutes call them by later.
  for (std::string_view aka : {"a.k.a.", "aka", "also known as"}) {
    if (!text::istarts_with(after, aka)) continue;
    std::string_view alias = text::trim(after.substr(aka.size()), " :\"'");
    if (!alias.empty() && text::word_count(alias) <= 2 &&
        (text::is_ascii_upper(alias[0]) || alias[0] == '@')) {
      f.alias = alias;
      after = {};
    }
    break;
  }
  if (strict && !after.empty() && text::is_ascii_lower(after[0])) return std::nullopt;
  // "Friends of the Library liaison", "Chamber of Commerce representative": a body's name
  // ("X of …", "X for …") that ends in a role is the role of the name before, not a name.
  // ("Ann Lee as acting chair" is Ann Lee.)
  if ((after.starts_with("of ") || after.starts_with("for ")) &&
      keywords::is_role_word(e.substr(e.find_last_of(' ') + 1)))
    return std::nullopt;
  // "Cllr Rachel Hanley (RH) - Chairman", "Janet Sowerby (JS) – Chair", "Ted Lind (excused)".
  if (!after.empty() &&
      (after[0] == '-' || after[0] == ':' || text::istarts_with(after, "\xE2\x80\x93")))
    f.affiliation = text::trim(text::trim(after, "-:"), "\xE2\x80\x93 ");
  if (f.note.size() >= 2 && f.note.size() <= 4 && text::all_caps(f.note) &&
      f.note.find(' ') == std::string_view::npos) {
    f.alias = f.note;  // initials: "(RH)"
    f.note = {};
  } else if (f.note.size() >= 2 && f.note[0] == '@' && f.note.find(' ') == std::string_view::npos) {
    f.alias = f.note;  // a handle: "Ingrid van Halteren (@ingridvh)"
    f.note = {};
  } else if (f.name.starts_with("@") && text::word_count(f.note) >= 2 &&
             text::is_ascii_upper(f.note[0]) && grammar::match_person_name(f.note)) {
    std::swap(f.name, f.alias);  // "@mo-baptiste (Moïse Baptiste)": the name in brackets
    f.name = f.note;
    f.note = {};
  }
  return f;
}

// "Chief Executive Officer", "Director Infrastructure Services", "Manager Planning and
// Environment (Minute Secretary)": a job title — its last word a role word, or its first one
// followed by an organisation word or a joining word — and not a titled name ("Mayor Brown").
bool is_job_title(std::string_view t) {
  t = text::trim(t.substr(0, t.find('(')));
  if (t.empty()) return false;
  // Title case: "Ann Lee as acting chair" names someone else.
  auto joins = [](std::string_view w) { return w == "and" || w == "of" || w == "&"; };
  bool title_case = true;
  text::for_each_word(t, [&](std::string_view w) {
    title_case = title_case && (text::is_ascii_upper(w[0]) || joins(w) || w == "for" || w == "the");
  });
  if (!title_case) return false;
  std::string_view first = t.substr(0, t.find(' '));
  std::string_view last = t.substr(t.find_last_of(' ') + 1);
  if (keywords::is_role_word(last)) return true;
  if (!keywords::is_role_word(first) || first.size() == t.size()) return false;
  bool organisation = false;
  text::for_each_word(t.substr(first.size()), [&](std::string_view w) {
    organisation = organisation || joins(w) || keywords::is_organisation_word(w);
  });
  return organisation;
}

// True when `line` names one person before its first comma, `comma`, and the rest says who
// they are: "- Jeff Brezina, Quilo" (a bullet names one person a line); "- Ingrid van
// Halteren (@ingridvh), Northwind Labs, chair" (a bullet whose later parts are no names: a
// lowercase word, a role, an organisation); "Mr Tane Whitford, Director Corporate and
// Community Services" (any line, when a job title follows the only comma).
bool one_person_then_details(std::string_view line, std::size_t comma, bool one_per_line) {
  std::string_view head = text::trim(line.substr(0, comma));
  if (text::word_count(head) < 2 && !head.starts_with("@")) return false;
  std::string_view rest = line.substr(comma + 1);
  bool one_part = text::find_any(rest, ",;", 0) == std::string_view::npos;
  if (one_part && is_job_title(rest)) return true;
  if (!one_per_line) return false;
  if (one_part) return rest.find('(') == std::string_view::npos;
  for (std::size_t from = 0; from < rest.size();) {
    std::size_t cut = std::min(rest.find(',', from), rest.size());
    std::string_view part = text::trim(rest.substr(from, cut - from));
    from = cut + 1;
    if (part.empty()) continue;
    std::string_view first = part.substr(0, part.find(' '));
    std::string_view last = part.substr(part.find_last_of(' ') + 1);
    if (text::is_ascii_lower(part[0]) || keywords::is_role_word(first) ||
        keywords::is_organisation_word(last))
      return true;
  }
  return false;
}

void attach_to_previous(std::vector<found_name>& out, std::string_view role) {
  if (out.empty() || role.empty()) return;
  if (out.back().affiliation.empty()) {
    out.back().affiliation = role;
  } else {
    // Extend the view over both: they are parts of one line.
    const char* begin = out.back().affiliation.data();
    out.back().affiliation =
        std::string_view(begin, static_cast<std::size_t>(role.data() + role.size() - begin));
  }
}

}  // namespace

std::optional<model::attendance_status> status_cell(std::string_view cell) {
  std::string_view first = text::trim(cell.substr(0, text::find_any(cell, " ,(")));
  if (text::iequals(first, "yes") || text::iequals(first, "y") || text::iequals(first, "present") ||
      first == "\xE2\x9C\x93" || first == "\xE2\x9C\x94" || text::iequals(first, "x"))
    return model::attendance_status::present;
  if (text::iequals(first, "no") || text::iequals(first, "n") || text::iequals(first, "absent"))
    return model::attendance_status::absent;
  if (text::iequals(first, "apologies") || text::iequals(first, "apols") ||
      text::iequals(first, "excused") || text::iequals(first, "regrets"))
    return model::attendance_status::apologies;
  return std::nullopt;
}

int cell_count(std::string_view row) {
  int cells = 0;
  for_each_cell(row, [&](std::string_view) { ++cells; });
  return cells;
}

roster_columns read_roster_header(std::string_view row) {
  roster_columns c;
  int index = 0;
  bool all_headers = true;
  for_each_cell(row, [&](std::string_view cell) {
    cell = text::trim(cell, "*_: ");
    if (one_of(cell, words::roster_name_headers))
      c.name = index;
    else if (one_of(cell, words::roster_handle_headers))
      c.handle = index;
    else if (one_of(cell, words::roster_role_headers))
      c.role = index;
    else if (one_of(cell, words::roster_status_headers))
      c.status = index;
    else
      all_headers = false;
    ++index;
  });
  c.cells = index;
  return all_headers ? c : roster_columns{};
}

void read_roster_line(std::string_view line, const roster_columns& columns,
                      std::string_view shared_honorific, bool strict, std::vector<found_name>& out,
                      bool one_per_line) {
  out.clear();
  if (std::size_t comma = line.find(',');
      comma != std::string_view::npos && one_person_then_details(line, comma, one_per_line)) {
    std::string_view head = text::trim(line.substr(0, comma));
    std::size_t offset = static_cast<std::size_t>(head.data() - line.data());
    if (auto f = read_entry(head, offset, strict); f && f->end == offset + head.size()) {
      f->affiliation = text::trim(line.substr(comma + 1));
      out.push_back(*f);
      return;
    }
  }
  // A row of cells: the name from its column, or the first cell that is a name.
  bool cells =
      line.find('\t') != std::string_view::npos || line.find("...") != std::string_view::npos;
  if (cells) {
    std::optional<found_name> person;
    std::string_view handle, role, status;
    int index = 0;
    // "President ........ Freya Lindgren (FL)": the cell before a dotted leader is a label.
    bool leader = line.find("...") != std::string_view::npos;
    for_each_cell(line, [&](std::string_view cell) {
      if (leader && index == 0 && cell.data() == text::trim(line).data()) {
        role = cell;
        ++index;
        return;
      }
      std::size_t offset = static_cast<std::size_t>(cell.data() - line.data());
      if (index == columns.handle) handle = cell;
      if (index == columns.role) role = cell;
      if (index == columns.status) status = cell;
      bool name_column = columns.known() ? index == columns.name : !person;
      ++index;
      if (name_column && !person) {
        if (auto f = read_entry(cell, offset, strict)) {
          person = f;
          return;
        }
      }
      std::string_view inner = bracketed(cell);
      if (person && !inner.empty() && inner.size() <= 4 && text::all_caps(inner)) {
        person->alias = inner;
      } else if (person && !columns.known() && role.empty()) {
        role = cell;
      }
    });
    if (!person && !handle.empty())
      person = read_entry(handle, static_cast<std::size_t>(handle.data() - line.data()), strict);
    if (!person) return;
    if (!handle.empty() && person->alias.empty()) person->alias = handle;
    if (!role.empty() && person->affiliation.empty()) person->affiliation = role;
    if (!status.empty()) person->note = status;  // the status column speaks as a note does
    out.push_back(*person);
    return;
  }
  // A list: entries with their own names; roles standing alone belong to the name before.
  // When the second entry is not a name, the line is "Name, Affiliation" and all that
  // follows the first name is its affiliation ("Dr Helen Marsh, Director of Highways and
  // Transport").
  std::string_view shared = shared_honorific;
  int shared_shape = 0;  // token count class the shared honorific applies to (1 or 2)
  int entries = 0;
  bool affiliation_line = false;
  for_each_entry(line, [&](std::string_view e, std::size_t offset, bool new_segment) {
    if (new_segment) {
      entries = 0;
      affiliation_line = false;
    }
    ++entries;
    if (affiliation_line) return;
    auto f = read_entry(e, offset, strict);
    if (!f) {
      if (entries == 2 && !out.empty() && !text::is_ascii_lower(e[0])) {
        std::string_view rest = line.substr(offset);
        out.back().affiliation = text::trim(rest.substr(0, rest.find(';')), " ,;");
        affiliation_line = true;
        return;
      }
      if (!out.empty() && text::is_ascii_upper(e[0])) attach_to_previous(out, e);
      return;
    }
    int shape = f->name.find(' ') == std::string_view::npos ? 1 : 2;
    if (!f->honorific.empty()) {
      auto h = grammar::match_honorific(std::string(f->honorific) + " ");
      if (h && h->plural) {
        shared = f->honorific;
        shared_shape = shape;
      }
    } else if (!shared.empty() && (shared_shape == 0 || shared_shape == shape)) {
      f->honorific = shared;
      shared_shape = shape;
    }
    out.push_back(*f);
  });
}

}  // namespace minutes::parser
