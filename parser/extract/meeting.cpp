// Meeting facts (extract stage): organisation, body, title, date, times and venue from the
// title block, and the next meeting from its item or the sentence that fixes it.
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "parser/extract/families.hpp"
#include "parser/extract/header.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/grammar/clock_time.hpp"
#include "parser/grammar/date.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/phrase_set.hpp"
#include "parser/text.hpp"
#include "parser/words/meeting_words.hpp"

namespace minutes::parser {
namespace {

// The title block is at most this many blocks long; past it the minutes proper begin.
constexpr std::size_t header_max_blocks = 14;

bool ends_title_block(const layout_block& b) {
  using keywords::label_role;
  return b.label && (*b.label == label_role::present || *b.label == label_role::apologies ||
                     *b.label == label_role::absent || *b.label == label_role::resolved ||
                     *b.label == label_role::actions);
}

// The lines from block `k` on, when they are a place and its street address (see
// address_venue): the lines of one block, or one-line blocks with no blank line between.
// `last` is set to the address's last block.
std::optional<std::string> address_at(const std::vector<layout_block>& blocks, std::size_t k,
                                      std::size_t& last) {
  constexpr std::size_t max_lines = 5;
  const layout_block& b = blocks[k];
  if (b.kind != model::block_kind::paragraph || b.label) return std::nullopt;
  std::string_view t = b.text;
  std::vector<std::string_view> lines;
  std::size_t from = 0;
  for (const auto& j : b.joined) {
    lines.push_back(text::trim(t.substr(from, j.offset - from)));
    from = j.offset;
  }
  lines.push_back(text::trim(t.substr(from)));
  last = k;
  for (std::size_t n = k + 1; b.joined.empty() && n < blocks.size() && lines.size() < max_lines;
       ++n) {
    const layout_block& next = blocks[n];
    bool adjacent = next.first_line == blocks[n - 1].last_line + 1 && next.joined.empty();
    if (!adjacent || next.kind != model::block_kind::paragraph || next.label) break;
    lines.push_back(text::trim(next.text));
    last = n;
  }
  return address_venue(lines.front(), std::span(lines).subspan(1));
}

void header_facts_of(extract_context& cx) {
  auto& m = cx.doc.meeting;
  const auto& blocks = cx.lay.blocks;
  std::size_t end = std::min(cx.lay.preamble_end, header_max_blocks);
  header_facts h;
  // Front matter first: a title and a date given as data are the surest facts.
  for (const auto& [key, value] : cx.lay.front_matter) {
    if (text::iequals(key, "organisation") || text::iequals(key, "organization") ||
        text::iequals(key, "org") || text::iequals(key, "group")) {
      h.organisation = value;
      h.organisation_by_head = true;
    } else if (text::iequals(key, "body") || text::iequals(key, "committee")) {
      h.body = value;
    } else if (text::iequals(key, "title")) {
      m.title = value;
      read_header_line(value, h, true);
    } else if (text::iequals(key, "date") || text::iequals(key, "time") ||
               text::iequals(key, "location") || text::iequals(key, "venue")) {
      if (text::iequals(key, "location") || text::iequals(key, "venue")) {
        if (!h.venue) h.venue = value;
      } else {
        read_header_line(value, h, false);
      }
    }
  }
  std::size_t last = 0;
  bool date_labelled = h.date.has_value();  // front matter's date is data: it stays
  for (std::size_t k = 0; k < end && !ends_title_block(blocks[k]); ++k) {
    const layout_block& b = blocks[k];
    if (b.kind == model::block_kind::table) continue;
    std::string_view t = text::trim(b.text, "*_ ");
    if (!m.title) m.title = std::string(t);
    using keywords::label_role;
    if (b.label == label_role::venue) {
      if (!h.venue) h.venue = venue_after(b.body());
    } else if (b.label == label_role::date || b.label == label_role::time) {
      // "When: Tuesday 11 February 2025": a labelled date outranks one found in passing
      // ("Previous notes: 2025-01-28").
      if (b.label == label_role::date && !date_labelled) h.date.reset();
      date_labelled = date_labelled || b.label == label_role::date;
      read_header_line(b.body(), h, false);
    } else if (std::size_t through = k; !h.venue && (h.venue = address_at(blocks, k, through))) {
      k = through;
    } else if (!b.label) {
      bool first = cx.lay.front_matter.empty() ? k == 0 : false;
      read_header_line(t, h, first);
    } else {
      continue;
    }
    last = k;
  }
  split_organisation_from_body(h);
  m.organisation = h.organisation;
  m.body = h.body;
  if (h.body && h.organisation && text::iequals(*h.body, *h.organisation)) m.body.reset();
  m.venue = h.venue;
  if (h.date) {
    m.date = iso_date(*h.date);
    cx.meeting_date = *h.date;
  }
  if (h.start) m.start_time = iso_time(*h.start);
  if (h.end) m.end_time = iso_time(*h.end);
  if (!blocks.empty() && end > 0)
    m.where = cx.src.span_of(blocks[0].first_line, blocks[last].last_line);
  if (h.date && h.year_from_weekday)
    cx.doc.diagnostics.push_back(
        {model::severity::info, "meeting.year-from-weekday",
         "the meeting's date has no year; " + std::to_string(h.date->year) +
             " is the latest year in which it falls on the weekday printed",
         m.where});
}

// The opening phrases, then the closing ones: found in one pass over each block rather than
// one text::find_word scan per phrase, since every block is searched.
const text::phrase_set time_phrases = [] {
  std::vector<std::string_view> phrases(std::begin(words::opening_phrases),
                                        std::end(words::opening_phrases));
  phrases.insert(phrases.end(), std::begin(words::closing_phrases),
                 std::end(words::closing_phrases));
  return text::phrase_set(phrases);
}();

// The time printed right after the phrase found at `at` in `text`.
std::optional<std::string> time_after(std::string_view text, std::size_t at,
                                      std::string_view phrase) {
  if (auto tm = grammar::match_time(text::trim(text.substr(at + phrase.size()))))
    return iso_time(tm->value);
  return std::nullopt;
}

// "called the meeting to order at 7:02 p.m.", "the meeting closed at 8.15 pm": the first
// phrase in table order, at its first occurrence in the block, that a time follows.
void narrative_times(extract_context& cx) {
  auto& m = cx.doc.meeting;
  constexpr std::size_t openings = std::size(words::opening_phrases);
  for (std::size_t k = 0; k < cx.lay.blocks.size(); ++k) {
    if (m.start_time && m.end_time) return;
    if (!(cx.sentences.block_cues_of(k) & time_cues)) continue;
    const layout_block& b = cx.lay.blocks[k];
    text::phrase_set::positions at = time_phrases.find_each(b.text);
    for (std::size_t k = 0; k < time_phrases.size(); ++k) {
      auto& time = k < openings ? m.start_time : m.end_time;
      if (!time && at[k] != std::string_view::npos)
        time = time_after(b.text, at[k], time_phrases[k]);
    }
  }
}

// "The meeting took place virtually, via UberConference, at 6:00pm on Wednesday, November
// 30, 2016": a sentence near the start that says when and where the meeting was held fills
// what the title block left out.
void narrative_place_and_date(extract_context& cx) {
  auto& m = cx.doc.meeting;
  if (m.date && m.start_time && m.venue) return;
  constexpr std::size_t opening_blocks = 40;
  const auto& blocks = cx.lay.blocks;
  for (std::size_t k = 0; k < std::min(blocks.size(), opening_blocks); ++k) {
    std::string_view text = blocks[k].text;
    for (const auto& s : cx.sentences.of(k)) {
      std::string_view t = text.substr(s.begin, s.end - s.begin);
      bool says_held = text::has_word(t, "meeting") || text::has_word(t, "board") ||
                       text::has_word(t, "committee");
      std::size_t at = std::string_view::npos;
      for (auto h : words::held_phrases)
        if (at == std::string_view::npos) at = text::find_word(t, h);
      if (!says_held || at == std::string_view::npos) continue;
      std::string_view rest = t.substr(at);
      if (auto d = grammar::find_date(rest); d && !m.date && d->value.day && d->value.year) {
        ymd date{d->value.year, d->value.month, d->value.day};
        m.date = iso_date(date);
        cx.meeting_date = date;
      }
      if (auto tm = grammar::find_time(rest); tm && !m.start_time && tm->begin >= 3 &&
                                              text::iequals(rest.substr(tm->begin - 3, 3), "at "))
        m.start_time = iso_time(tm->value);
      if (std::size_t via = text::find_word(rest, "via");
          via != std::string_view::npos && !m.venue) {
        std::string_view place = text::trim(rest.substr(via + 3));
        place = place.substr(0, text::find_any(place, ",;("));
        for (std::string_view stop : words::venue_stops) place = place.substr(0, place.find(stop));
        place = text::trim(place, " .");
        if (!place.empty() && text::is_ascii_upper(place[0]) && text::word_count(place) <= 4)
          m.venue = std::string(place);
      }
      // "… at 7.30pm on the 12th February 2020 at the Reading Room, Pentref."
      for (std::size_t at = text::find_word(rest, "at"); at != std::string_view::npos && !m.venue;
           at = text::find_word(rest, "at", at + 1)) {
        std::string_view place = text::trim(rest.substr(at + 2));
        if (text::starts_with_word(place, "the")) place = text::trim(place.substr(3));
        place = text::trim(place, " .");
        constexpr std::size_t venue_max_words = 10;
        if (!place.empty() && text::is_ascii_upper(place[0]) && !grammar::match_time(place) &&
            !grammar::find_date(place) && text::word_count(place) <= venue_max_words)
          m.venue = std::string(place);
      }
      return;
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

// "next meeting", "next regular meeting", "next members' meeting", "Next call": where the
// phrase starts, or npos.
std::size_t next_meeting_phrase(std::string_view t) {
  constexpr int words_between = 2;
  for (std::size_t at = text::find_word(t, "next"); at != std::string_view::npos;
       at = text::find_word(t, "next", at + 1)) {
    std::size_t i = at + 4;
    for (int n = 0; n <= words_between && i < t.size(); ++n) {
      while (i < t.size() && text::is_space(t[i])) ++i;
      std::size_t j = i;
      while (j < t.size() && (text::is_word_char(t[j]) || t[j] == '\'')) ++j;
      std::string_view w = t.substr(i, j - i);
      for (auto g : words::gathering_words)
        if (text::iequals(w, g)) return at;
      i = j;
    }
  }
  return std::string_view::npos;
}

void next_meeting(extract_context& cx) {
  const auto& blocks = cx.lay.blocks;
  // An item about the next meeting: its first date.
  for (const auto& item : cx.lay.items) {
    if (!keywords::is_next_meeting_title(item.title)) continue;
    for (std::size_t k = item.heading + 1; k < item.end; ++k)
      if (next_from(cx, blocks[k], 0, blocks[k].text.size())) return;
  }
  // A sub-heading about it inside an item ("a. Next meetings or events"): the first date
  // below it, before the next heading.
  constexpr std::size_t subheading_max_words = 8;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const layout_block& h = blocks[k];
    bool subheading = h.kind == model::block_kind::heading ||
                      (!h.clause.empty() && text::word_count(h.body()) <= subheading_max_words &&
                       !ends_sentence(h.body()));
    if (!subheading || !keywords::is_next_meeting_title(h.body())) continue;
    for (std::size_t n = k + 1; n < blocks.size() && blocks[n].kind != model::block_kind::heading;
         ++n)
      if (next_from(cx, blocks[n], 0, blocks[n].text.size())) return;
  }
  // A "Next meeting:" label, or a sentence that speaks of the next meeting.
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const layout_block& b = blocks[k];
    if (b.label == keywords::label_role::next_meeting &&
        next_from(cx, b, b.label_length, b.text.size()))
      return;
    for (const auto& s : cx.sentences.of(k)) {
      std::string_view t = std::string_view(b.text).substr(s.begin, s.end - s.begin);
      std::size_t at = next_meeting_phrase(t);
      if (at == std::string_view::npos) continue;
      if (text::has_word(t, "previous") || text::has_word(t, "last")) continue;
      if (next_from(cx, b, s.begin + at, s.end)) return;
    }
  }
}

}  // namespace

void extract_meeting(extract_context& cx) {
  header_facts_of(cx);
  narrative_times(cx);
  narrative_place_and_date(cx);
  next_meeting(cx);
}

}  // namespace minutes::parser
