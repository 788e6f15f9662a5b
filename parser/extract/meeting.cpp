// Meeting facts (extract stage): organisation, body, title, date, times and venue from the
// title block, and the next meeting from its item or the sentence that fixes it.
#include <array>

#include "parser/extract/families.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/grammar/clock_time.hpp"
#include "parser/grammar/date.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"

namespace minutes::parser {
namespace {

// The title block is at most this many blocks long; past it the minutes proper begin.
constexpr std::size_t header_max_blocks = 12;

// Last word of an organisation's name.
constexpr std::array<std::string_view, 20> organisation_endings{
    "council",     "trust",     "foundation", "society", "association", "authority",   "university",
    "college",     "ltd",       "limited",    "inc",     "plc",         "cic",         "llc",
    "corporation", "institute", "club",       "company", "district",    "co-operative"};

std::string_view last_word(std::string_view s) {
  s = text::trim(s, ".,;:");
  std::size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

bool names_organisation(std::string_view line) {
  if (!heading_like(line) || text::word_count(line) > 8) return false;
  std::string_view w = last_word(line);
  for (auto e : organisation_endings)
    if (text::iequals(w, e)) return true;
  return false;
}

bool names_body(std::string_view line) {
  if (!heading_like(line) || text::word_count(line) > 10) return false;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t j = line.find(' ', i);
    std::string_view w =
        line.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    if (keywords::is_body_word(text::trim(w, ".,:;")) &&
        !text::iequals(text::trim(w, ".,:;"), "council") &&
        !text::iequals(text::trim(w, ".,:;"), "meeting"))
      return true;
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return false;
}

// The venue after the date and time: "… at 6.00 pm in Savoy Suite 2, County Hall".
std::optional<std::string> venue_after(std::string_view s) {
  s = text::trim(s, ",");
  for (std::string_view lead : {"in ", "at ", "held at ", "held in ", "via ", "by "}) {
    if (text::istarts_with(s, lead)) {
      std::string_view v = text::trim(s.substr(lead.size()), ".,;");
      if (grammar::match_time(v)) return std::nullopt;
      if (!v.empty()) return std::string(v);
    }
  }
  return std::nullopt;
}

void header_facts(extract_context& cx) {
  auto& m = cx.doc.meeting;
  const auto& blocks = cx.lay.blocks;
  std::size_t end = std::min(cx.lay.preamble_end, header_max_blocks);
  std::size_t last_used = 0;
  bool used = false;
  for (std::size_t k = 0; k < end; ++k) {
    const layout_block& b = blocks[k];
    if (b.label &&
        (*b.label == keywords::label_role::present || *b.label == keywords::label_role::apologies))
      break;
    std::string_view t = b.text;
    bool took = false;
    if (!m.title && k == 0) {
      m.title = std::string(t);
      took = true;
    }
    if (!m.organisation && names_organisation(t)) {
      m.organisation = std::string(text::trim(t, ".,:"));
      took = true;
    } else if (!m.body && names_body(t)) {
      m.body = std::string(text::trim(t, ".,:"));
      took = true;
    }
    if (b.label == keywords::label_role::venue && !m.venue) {
      m.venue = std::string(text::trim(b.body(), "."));
      took = true;
    }
    if (!m.date) {
      if (auto d = grammar::find_date(t)) {
        if (auto full = complete_date(d->value, std::nullopt, false)) {
          m.date = iso_date(*full);
          cx.meeting_date = *full;
          took = true;
          std::string_view rest = t.substr(d->end);
          // "at 6.00 pm", "6pm-8pm", then the venue.
          std::string_view after = text::trim(rest, ",");
          if (text::starts_with_word(after, "at")) after = text::trim(after.substr(2));
          if (text::starts_with_word(after, "from")) after = text::trim(after.substr(4));
          if (auto range = grammar::match_time_range(after)) {
            m.start_time = iso_time(range->start);
            if (range->end) m.end_time = iso_time(*range->end);
            after = after.substr(range->length);
          }
          if (!m.venue) m.venue = venue_after(text::trim(after));
        }
      }
    }
    if (!m.start_time && (b.label == keywords::label_role::time || cx.meeting_date)) {
      if (auto tm = grammar::find_time(t)) {
        m.start_time = iso_time(tm->value);
        took = true;
      }
    }
    if (took) {
      last_used = k;
      used = true;
    }
  }
  if (used) m.where = cx.src.span_of(blocks[0].first_line, blocks[last_used].last_line);
}

// "called the meeting to order at 7:02 p.m.", "the meeting closed at 8.15 pm".
void narrative_times(extract_context& cx) {
  auto& m = cx.doc.meeting;
  static constexpr std::string_view opening[] = {"to order at",          "meeting opened at",
                                                 "meeting commenced at", "meeting began at",
                                                 "meeting started at",   "opened the meeting at"};
  static constexpr std::string_view closing[] = {"meeting closed at",    "meeting ended at",
                                                 "adjourned at",         "meeting finished at",
                                                 "meeting concluded at", "closed the meeting at"};
  for (const auto& b : cx.lay.blocks) {
    for (auto phrase : opening) {
      if (m.start_time) break;
      if (auto at = text::find_word(b.text, phrase); at != std::string_view::npos)
        if (auto tm = grammar::match_time(
                text::trim(std::string_view(b.text).substr(at + phrase.size()))))
          m.start_time = iso_time(tm->value);
    }
    for (auto phrase : closing) {
      if (m.end_time) break;
      if (auto at = text::find_word(b.text, phrase); at != std::string_view::npos)
        if (auto tm = grammar::match_time(
                text::trim(std::string_view(b.text).substr(at + phrase.size()))))
          m.end_time = iso_time(tm->value);
    }
  }
}

// A date of the next meeting in `s` (the text after "next meeting"), with its time.
bool next_from(extract_context& cx, const layout_block& b, std::size_t from, std::size_t to) {
  std::string_view s = std::string_view(b.text).substr(0, to);
  auto d = grammar::find_date(s, from);
  if (!d) return false;
  // "changed from 21 July to 26 July": the later date is the meeting.
  if (auto again = grammar::find_date(s, d->end)) {
    std::string_view between = s.substr(d->end, again->begin - d->end);
    if (text::has_word(between, "to")) d = again;
  }
  auto full = complete_date(d->value, cx.meeting_date, true);
  if (!full) return false;
  model::next_meeting next;
  next.date = iso_date(*full);
  if (auto tm = grammar::find_time(s, d->end)) next.start_time = iso_time(tm->value);
  next.where = cx.span_of(b, from, to);
  cx.doc.next = next;
  cx.next_meeting_date = *full;
  return true;
}

void next_meeting(extract_context& cx) {
  const auto& blocks = cx.lay.blocks;
  // An item about the next meeting: its first date.
  for (const auto& item : cx.lay.items) {
    if (!keywords::is_next_meeting_title(item.title)) continue;
    for (std::size_t k = item.heading + 1; k < item.end; ++k)
      if (next_from(cx, blocks[k], 0, blocks[k].text.size())) return;
  }
  // A "Next meeting:" label, or a sentence that speaks of the next meeting.
  std::vector<sentence> sentences;
  for (const auto& b : blocks) {
    if (b.label == keywords::label_role::next_meeting &&
        next_from(cx, b, b.label_length, b.text.size()))
      return;
    split_sentences(b.text, sentences);
    for (const auto& s : sentences) {
      std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
      std::size_t at = text::find_word(t, "next meeting");
      if (at == std::string_view::npos) at = text::find_word(t, "next regular meeting");
      if (at == std::string_view::npos) at = text::find_word(t, "next scheduled meeting");
      if (at == std::string_view::npos) continue;
      if (text::has_word(t, "previous") || text::has_word(t, "last")) continue;
      if (next_from(cx, b, s.begin + at, s.end)) return;
    }
  }
}

}  // namespace

void extract_meeting(extract_context& cx) {
  header_facts(cx);
  narrative_times(cx);
  next_meeting(cx);
}

}  // namespace minutes::parser
