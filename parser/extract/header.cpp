// The title block (extract stage): organisation, body, title, date, times and venue from the
// lines before the attendance list or the first item. Each line is read as phrases: filler
// ("Minutes of the meeting of", "held on", "weekly call") is cut away, dates and times are
// taken, and what remains is named by its head word — a body (Committee, Board of Trustees)
// or an organisation (… Council, … Limited, or the first line of the document).
#include <algorithm>
#include <array>

#include "parser/extract/families.hpp"
#include "parser/extract/header.hpp"
#include "parser/grammar/clock_time.hpp"
#include "parser/grammar/date.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"
#include "parser/words/meeting_words.hpp"

namespace minutes::parser {
namespace {

bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

std::string_view first_word(std::string_view s) {
  std::size_t sp = s.find(' ');
  return s.substr(0, sp);
}

std::string_view last_word(std::string_view s) {
  std::size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

std::string_view drop_first_word(std::string_view s) {
  std::size_t sp = s.find(' ');
  return sp == std::string_view::npos ? std::string_view() : text::trim(s.substr(sp));
}

std::string_view drop_last_word(std::string_view s) {
  std::size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? std::string_view() : text::trim(s.substr(0, sp));
}

// "3rd", "21st": the meeting's ordinal, filler like "meeting".
bool ordinal(std::string_view w) {
  std::size_t digits = 0;
  while (digits < w.size() && text::is_digit(w[digits])) ++digits;
  std::string_view suffix = w.substr(digits);
  return digits > 0 && (text::iequals(suffix, "st") || text::iequals(suffix, "nd") ||
                        text::iequals(suffix, "rd") || text::iequals(suffix, "th"));
}

bool filler(std::string_view w) {
  // "Meeting #7": the meeting's number.
  bool numbered = w.size() > 1 && w[0] == '#' && text::is_digit(w[1]);
  return keywords::is_minutes_filler(w) || ordinal(w) || numbered;
}

bool all_filler(std::string_view s) {
  while (!s.empty()) {
    if (!filler(text::trim(first_word(s), ".,:;'"))) return false;
    s = drop_first_word(s);
  }
  return true;
}

// "Minutes of the Ordinary Meeting of Cwm Eithin Community Council" → the named part;
// "Board of Trustees – Minutes of meeting" → "Board of Trustees".
std::string_view strip_filler(std::string_view s) {
  s = text::trim(s, " ,;:*_#");
  // Leading filler up to the last "of" within it: "Minutes of a Meeting of the …".
  std::string_view rest = s;
  std::string_view kept = s;
  while (!rest.empty() && filler(text::trim(first_word(rest), ".,:"))) {
    std::string_view w = first_word(rest);
    rest = drop_first_word(rest);
    if (text::iequals(w, "of") || text::iequals(w, "the")) kept = rest;
  }
  if (kept.data() == s.data() && rest.data() != s.data() && !rest.empty()) kept = rest;
  s = kept;
  // ", Q4 2016", ", 2024-25": a period after a comma is not part of the name.
  if (std::size_t comma = s.find(", "); comma != std::string_view::npos) {
    std::string_view w = first_word(text::trim(s.substr(comma + 1)));
    bool quarter = w.size() == 2 && (w[0] == 'Q' || w[0] == 'H') && text::is_digit(w[1]);
    bool year = w.size() >= 4 && std::all_of(w.begin(), w.begin() + 4, text::is_digit);
    if (quarter || year || w.starts_with("FY")) s = text::trim(s.substr(0, comma));
  }
  // A "held …" clause ends the name.
  if (std::size_t held = text::find_word(s, "held"); held != std::string_view::npos)
    s = text::trim(s.substr(0, held));
  // Trailing filler: "… meeting", "… Meeting Minutes", "-- weekly call".
  while (!s.empty() && filler(text::trim(last_word(s), ".,:")) &&
         !text::iequals(last_word(s), "members"))
    s = drop_last_word(s);
  // A trailing parenthesis that abbreviates the name: "Astronomical Society (CastleAstro)".
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open != std::string_view::npos && open > 0) s = text::trim(s.substr(0, open));
  }
  return text::trim(s, " ,;:-");
}

// Splits a header line at its separators: " – ", " - ", " -- ", " | ", " · ".
template <typename F>
void for_each_phrase(std::string_view line, F&& f) {
  static constexpr std::string_view separators[] = {
      " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - ", " | ", " \xC2\xB7 "};
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t cut = std::string_view::npos, len = 0;
    for (auto sep : separators) {
      std::size_t at = line.find(sep, start);
      if (at < cut) {
        cut = at;
        len = sep.size();
      }
    }
    f(line.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start));
    if (cut == std::string_view::npos) break;
    start = cut + len;
  }
}

bool headed_by(std::string_view phrase, const auto& heads) {
  std::string_view w = text::trim(last_word(phrase), ".,:;");
  if (one_of(w, heads)) return true;
  // "Board of Trustees", "Committee of the Whole": the head stands before "of".
  std::size_t of = text::find_word(phrase, "of");
  return of != std::string_view::npos && of > 0 &&
         one_of(text::trim(last_word(text::trim(phrase.substr(0, of))), ".,"), heads);
}

// Past the separators that stand between a header line's fields: " · 7:05 PM · Clubhouse",
// " | Room 4", ", Scout Hut", " – Zoom".
std::string_view after_separators(std::string_view s) {
  for (;;) {
    s = text::trim(s, " ,;|-");
    if (s.starts_with("\xC2\xB7"))  // middle dot
      s.remove_prefix(2);
    else if (s.starts_with("\xE2\x80\x93") || s.starts_with("\xE2\x80\x94"))  // en, em dash
      s.remove_prefix(3);
    else
      return s;
  }
}

}  // namespace

// The venue after a date and time: ", Scout Hut (back room)", " - Room 2.14, …", " in …".
std::optional<std::string> venue_after(std::string_view s) {
  s = after_separators(s);
  while (!s.empty() && one_of(text::trim(first_word(s), ",;"), words::time_zones))
    s = text::trim(drop_first_word(s), " ,;-");
  for (std::string_view lead : words::venue_lead_ins)
    if (text::istarts_with(s, lead)) s = text::trim(s.substr(lead.size()));
  // An address or link in brackets is not the place's name: "Jitsi (meet.example.org/tsc)".
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    std::string_view inner = s.substr(open + 1);
    if (open != std::string_view::npos && (inner.find('/') != std::string_view::npos ||
                                           inner.find(".org") != std::string_view::npos ||
                                           inner.find(".com") != std::string_view::npos))
      s = text::trim(s.substr(0, open));
  }
  // A remark in brackets is not the place: "Zoom (link in the calendar invite)".
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open != std::string_view::npos && open + 1 < s.size() && text::is_ascii_lower(s[open + 1]))
      s = text::trim(s.substr(0, open));
  }
  s = text::trim(s, " .,;");
  if (s.empty() || grammar::match_time(s) || !text::is_letter(s[0])) return std::nullopt;
  // "held in public", "in private", "in person": how, not where.
  for (std::string_view how : words::venue_manners)
    if (text::iequals(s, how)) return std::nullopt;
  return std::string(s);
}

namespace {

bool looks_like_venue(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    while (j < s.size() && text::is_word_char(s[j])) ++j;
    if (j > i && one_of(s.substr(i, j - i), words::venue_words)) return true;
    i = j + 1;
  }
  return false;
}

// "400 Robert D Ray Drive", "12 Main Street": a house number, then a capitalised name.
bool street_line(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && text::is_digit(s[i])) ++i;
  return i > 0 && i + 2 < s.size() && s[i] == ' ' && text::is_ascii_upper(s[i + 1]);
}

// "Cedar Falls, Iowa 50613", "Llanfedwy SA19 6AX": a ZIP code or a UK postcode at the end.
bool ends_with_postcode(std::string_view s) {
  std::size_t sp = s.rfind(' ');
  std::string_view last = s.substr(sp == std::string_view::npos ? 0 : sp + 1);
  if (last.size() >= 5 && std::all_of(last.begin(), last.begin() + 5, text::is_digit) &&
      (last.size() == 5 || (last.size() == 10 && last[5] == '-')))
    return true;
  // UK: an outward code of letters then digits ("SA19"), an inward code digit + two letters.
  if (last.size() != 3 || !text::is_digit(last[0]) || !text::is_ascii_upper(last[1]) ||
      !text::is_ascii_upper(last[2]) || sp == std::string_view::npos)
    return false;
  std::string_view before = s.substr(0, sp);
  std::string_view outward = before.substr(before.rfind(' ') + 1);
  return outward.size() >= 2 && outward.size() <= 4 && text::is_ascii_upper(outward[0]) &&
         text::is_digit(outward.back());
}

std::size_t word_start(std::string_view s, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < n && at != std::string_view::npos; ++k) {
    at = s.find(' ', at);
    if (at != std::string_view::npos) ++at;
  }
  return at;
}

// Where the body begins in "<organisation> <body>", or npos: after the last organisation head
// that more capitalised words follow ("Kelsbury District Council Planning Committee"), or
// after a leading name that body qualifiers follow ("Quillpen Technical Steering Committee").
std::size_t body_begins(std::string_view body) {
  std::size_t words = text::word_count(body);
  std::size_t split = std::string_view::npos;
  for (std::size_t k = 0; k + 1 < words; ++k) {
    std::size_t at = word_start(body, k), next = word_start(body, k + 1);
    if (at == std::string_view::npos || next == std::string_view::npos) break;
    std::string_view w = text::trim(body.substr(at, next - at), " ,");
    if (k > 0 && one_of(w, words::organisation_heads) && text::is_ascii_upper(body[next]))
      split = next;
  }
  if (split != std::string_view::npos) return split;
  std::size_t second = word_start(body, 1);
  if (words < 2 || second == std::string_view::npos) return std::string_view::npos;
  std::string_view first = body.substr(0, second - 1);
  std::string_view next = first_word(body.substr(second));
  // "OASIS Common Security Advisory Framework (CSAF) TC", "CSS Committee": an acronym
  // names the organisation before its body.
  bool letters = first.size() >= 2 && std::all_of(first.begin(), first.end(), text::is_ascii_upper);
  // ("CORPORATE PARENTING BOARD" is a title in capitals, not an acronym.)
  if (letters && !text::all_caps(body) && !one_of(first, words::body_heads) &&
      headed_by(body.substr(second), words::body_heads))
    return second;
  // "Rez TSC": an acronym head after a name.
  bool acronym = words == 2 && one_of(next, words::body_heads) &&
                 std::all_of(next.begin(), next.end(), text::is_ascii_upper);
  if (words < 3 && !acronym) return std::string_view::npos;
  bool named = text::is_ascii_upper(first[0]) && !one_of(first, words::body_qualifiers) &&
               !one_of(first, words::body_heads) &&
               text::find_any(first, ",'") == std::string_view::npos;
  return named && (acronym || one_of(next, words::body_qualifiers)) ? second
                                                                    : std::string_view::npos;
}

// Every word capitalised but the joining ones: "Board of Trustees", "Town of North Star".
bool title_cased(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = s.find(' ', i);
    std::string_view w = s.substr(i, j == std::string_view::npos ? j : j - i);
    if (!w.empty() && text::is_ascii_lower(w[0]) && !one_of(w, words::title_joiners)) return false;
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return true;
}

// The first time in a title line. A bare dotted number after a word is a version, not a
// time ("Julia 2.13"), unless the word introduces a time ("at 7.30").
std::optional<grammar::time_found> meeting_time_in(std::string_view t) {
  for (auto tm = grammar::find_time(t); tm; tm = grammar::find_time(t, tm->end)) {
    std::string_view printed = t.substr(tm->begin, tm->end - tm->begin);
    bool bare_dotted = printed.find('.') != std::string_view::npos &&
                       std::none_of(printed.begin(), printed.end(), text::is_letter);
    std::string_view before = text::trim(t.substr(0, tm->begin));
    std::string_view word = last_word(before);
    bool after_word = !word.empty() && text::is_letter(word.back());
    bool introduces = text::iequals(word, "at") || text::iequals(word, "from") ||
                      text::iequals(word, "time") || text::iequals(word, "starting");
    if (!bare_dotted || !after_word || introduces) return tm;
  }
  return std::nullopt;
}

}  // namespace

void split_organisation_from_body(header_facts& h) {
  if (h.organisation || !h.body) return;
  std::string_view body = *h.body;
  std::size_t at = body_begins(body);
  if (at == std::string_view::npos) return;
  h.organisation = std::string(text::trim(body.substr(0, at)));
  h.body = std::string(body.substr(at));
}

void read_header_line(std::string_view t, header_facts& h, bool first_line) {
  // "held at|in <venue> on <date>"
  for (std::string_view held : words::held_at_phrases) {
    std::size_t at = text::find_word(t, held);
    if (at == std::string_view::npos || h.venue) continue;
    std::size_t from = at + held.size();
    auto d = grammar::find_date(t, from);
    std::size_t end = d ? d->begin : t.size();
    std::string_view v = text::trim(t.substr(from, end - from));
    if (text::iequals(last_word(v), "on")) v = drop_last_word(v);
    if (text::starts_with_word(v, "the")) v = drop_first_word(v);
    v = text::trim(v, " ,.");
    bool manner =
        text::iequals(v, "public") || text::iequals(v, "private") || text::iequals(v, "person");
    if (!v.empty() && !manner) h.venue = std::string(v);
  }
  // The date, then the time and the venue after it.
  std::size_t named_end = t.size();
  // The first full date: "Meeting #7 May 31, 2017" holds "7 May" too.
  auto d = grammar::find_date(t);
  while (d && !(d->value.day && d->value.year)) d = grammar::find_date(t, d->begin + 1);
  // "Date: Tuesday 10th September": no year printed, but the weekday fixes one.
  std::optional<int> inferred_year;
  if (!d && !h.date)
    for (auto w = grammar::find_date(t); w && !inferred_year;
         w = grammar::find_date(t, w->begin + 1))
      if ((inferred_year = year_of_weekday(w->value, latest_inferred_year))) {
        d = w;
        d->value.year = *inferred_year;
        h.year_from_weekday = true;
      }
  if (d && !h.date) {
    h.date = ymd{d->value.year, d->value.month, d->value.day};
    named_end = std::min(named_end, d->begin);
    std::string_view after = after_separators(t.substr(d->end));
    if (text::starts_with_word(after, "at") || text::starts_with_word(after, "from"))
      after = drop_first_word(after);
    if (auto range = grammar::match_time_range(after)) {
      h.start = range->start;
      h.end = range->end;
      after = after.substr(range->length);
    }
    // "… 16th October, 2024 7.00 pm – Marlhaven Borough Council": an organisation's name
    // after the date is who met, not where.
    if (auto v = venue_after(after); v && headed_by(*v, words::organisation_heads)) {
      if (!h.organisation) {
        h.organisation = *v;
        h.organisation_by_head = true;
      }
    } else if (!h.venue) {
      h.venue = v;
    }
  }
  // Running text ("… Julia 2.13's collections …") gives no meeting time: title lines are short.
  constexpr std::size_t title_line_words = 16;
  if (!h.start && text::word_count(t) <= title_line_words) {
    if (auto tm = meeting_time_in(t)) {
      std::size_t begin = tm->begin;
      // Read a range from where the time began, or from the number before a dash.
      if (auto range = grammar::match_time_range(t.substr(begin))) {
        h.start = range->start;
        h.end = range->end;
      } else {
        h.start = tm->value;
      }
      named_end = std::min(named_end, begin);
    }
  }
  // Names: organisation and body from the phrases before any date.
  for_each_phrase(t.substr(0, named_end), [&](std::string_view phrase) {
    if (all_filler(text::trim(phrase))) return;
    std::string_view name = strip_filler(phrase);
    if (name.empty() || text::word_count(name) > 12 || ends_sentence(name)) return;
    if (!text::is_letter(name[0])) return;  // "(October, 2020)" names nobody
    if (headed_by(name, words::body_heads)) {
      // "NHS … Integrated Care Board" above "QUALITY COMMITTEE": the first line names the
      // organisation, the next the body of it that met.
      // (The same body named again, "Core Team" after "Lanternfish Core Team", is no other.)
      bool other_body = h.body && !text::iequals(text::trim(last_word(*h.body), ".,:;"),
                                                 text::trim(last_word(name), ".,:;"));
      if (other_body && h.body_on_first_line && !h.organisation && !first_line) {
        h.organisation = std::move(h.body);
        h.body_on_first_line = false;
        h.body = std::string(name);
        return;
      }
      if (!h.body) {
        h.body = std::string(name);
        h.body_on_first_line = first_line;
      }
      return;
    }
    // A name is capitalised: "Collaborative redesign of the collections library" is not one.
    if (!title_cased(name)) return;
    if (headed_by(name, words::organisation_heads) || (first_line && !h.organisation)) {
      bool better = !h.organisation ||
                    (!h.organisation_by_head && headed_by(name, words::organisation_heads));
      if (better) {
        h.organisation = std::string(name);
        h.organisation_by_head = headed_by(name, words::organisation_heads);
      }
      return;
    }
    if (!h.venue && h.date && looks_like_venue(name)) h.venue = std::string(text::trim(name, "*_"));
  });
}

std::optional<std::string> address_venue(std::string_view first_line,
                                         std::span<const std::string_view> more_lines) {
  constexpr std::size_t max_address_lines = 4;
  if (more_lines.empty() || more_lines.size() > max_address_lines) return std::nullopt;
  if (!looks_like_venue(first_line) || grammar::find_date(first_line)) return std::nullopt;
  bool addressed = false;
  for (auto line : more_lines) {
    if (grammar::find_date(line)) return std::nullopt;
    addressed = addressed || street_line(line) || ends_with_postcode(line);
  }
  if (!addressed) return std::nullopt;
  std::string venue(text::trim(first_line, " ,"));
  for (auto line : more_lines) venue += ", " + std::string(text::trim(line, " ,"));
  return venue;
}

}  // namespace minutes::parser
