// Labels and keyword lookups (layout stage; see labels.hpp). The words are data in
// label_words.hpp and the other *_words.hpp files beside it; this file holds the rules.
#include "parser/words/labels.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "parser/phrase_set.hpp"
#include "parser/text.hpp"
#include "parser/word_set.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/label_words.hpp"
#include "parser/words/meeting_words.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser::keywords {
namespace {

using R = label_role;

// Labels that stand as a heading on their own line without a colon ("PRESENT").
bool may_stand_alone(R role) {
  return role == R::present || role == R::apologies || role == R::absent || role == R::resolved ||
         role == R::actions || role == R::minutes_body || role == R::trailer;
}

// The word tables, for constant-time lookup.
const text::word_set organisation_words{words::organisation_words};
const text::word_set body_words{words::body_words};
const text::word_set role_words{words::role_words};
const text::word_set group_words{words::group_words};
const text::word_set lone_words{words::lone_words};
const text::word_set function_words{words::function_words};
const text::word_set minutes_filler_words{words::minutes_filler_words};

// match_label compares every line with the labels: a line can only match the labels that
// begin with its first byte (lower-cased; the table is lowercase), so they are indexed by it.
constexpr bool starts_lowercase(std::string_view w) {
  return !w.empty() && w[0] != ' ' && !(w[0] >= 'A' && w[0] <= 'Z');
}
static_assert(std::ranges::all_of(words::label_table,
                                  [](const label_word& l) { return starts_lowercase(l.words); }));
using label_list = std::vector<const label_word*>;  // in table order
const std::array<label_list, 256> labels_by_first_byte = [] {
  std::array<label_list, 256> index;
  for (const auto& l : words::label_table)
    index[static_cast<unsigned char>(l.words[0])].push_back(&l);
  return index;
}();
const text::word_set attendance_qualifiers{words::attendance_qualifiers};

}  // namespace

std::span<const label_word> labels() {
  return words::label_table;
}

namespace {

// "Committee present:", "Trustees absent:", "Board members in attendance:": a short
// qualifier before a word of attendance; or a line of its own made of such words, "TSC
// Voting Members not in attendance".
std::optional<label_match> qualified_attendance_label(std::string_view line, std::size_t lead) {
  constexpr std::size_t qualifier_max_words = 4;
  std::size_t colon = line.find(':');
  bool labelled = colon != std::string_view::npos && colon < 40;
  std::string_view head = text::trim(labelled ? line.substr(0, colon) : line, "*_ ");
  std::optional<R> role;
  std::size_t status_words = 1;
  for (const auto& e : words::attendance_status_endings) {
    if (head.size() > e.words.size() &&
        text::iequals(head.substr(head.size() - e.words.size()), e.words) &&
        head[head.size() - e.words.size() - 1] == ' ') {
      role = e.role;
      status_words = text::word_count(e.words);
      break;
    }
  }
  // The word of attendance ends the head; only then is the rest of it read.
  if (!role || text::find_any(head, ".,;") != std::string_view::npos) return std::nullopt;
  std::size_t words = text::word_count(head);
  if (words <= status_words || words - status_words > qualifier_max_words) return std::nullopt;
  if (!labelled) {
    // Standing alone, every qualifier is a group word or a body's acronym ("TSC Voting Members")
    // — in a line of capitals every word looks like an acronym ("WELCOME AND APOLOGIES").
    bool capitals = text::all_caps(head);
    std::size_t n = 0;
    for (std::size_t i = 0; i < head.size() && n < words - status_words; ++n) {
      std::size_t sp = head.find(' ', i);
      std::string_view w = head.substr(i, sp - i);
      bool known = group_words.contains(w) || attendance_qualifiers.contains(w) ||
                   (w.size() > 1 && !capitals && text::all_caps(w));
      if (!known) return std::nullopt;
      i = sp + 1;
    }
    return label_match{*role, lead + line.size(), false};
  }
  std::size_t j = colon + 1;
  while (j < line.size() && (line[j] == '*' || line[j] == '_' || text::is_space(line[j]))) ++j;
  return label_match{*role, lead + j, true};
}

}  // namespace

std::optional<label_match> match_label(std::string_view full) {
  // Emphasis around a label is Markdown's way of printing one: "**Present (16):**".
  std::size_t lead = 0;
  while (lead < full.size() && (full[lead] == '*' || full[lead] == '_')) ++lead;
  std::string_view line = full.substr(lead);
  static const label_list no_labels;
  const label_list& candidates =
      line.empty() ? no_labels
                   : labels_by_first_byte[static_cast<unsigned char>(text::lower(line[0]))];
  for (const label_word* entry : candidates) {
    const label_word& l = *entry;
    std::string_view w = l.words;
    // The second byte rules out most candidates before the loop below.
    if (w.size() >= 2 && w[1] != ' ' && (line.size() < 2 || text::lower(line[1]) != w[1])) continue;
    // Compare word by word so that "Apologies  for absence" matches too.
    std::size_t i = 0, k = 0;
    while (k < w.size() && i < line.size()) {
      if (w[k] == ' ') {
        if (!text::is_space(line[i])) break;
        while (i < line.size() && text::is_space(line[i])) ++i;
        ++k;
        continue;
      }
      if (text::lower(line[i]) != w[k]) break;
      ++i;
      ++k;
    }
    if (k != w.size()) continue;
    if (i < line.size() && text::is_word_char(line[i])) continue;
    // The separator: ":" or a dash, or the end of the line, or "RESOLVED that". A count or
    // a qualifier may come first: "Present (16):", "Guests for the packaging topic:".
    std::size_t j = i;
    while (j < line.size() && text::is_space(line[j])) ++j;
    if (j < line.size() && line[j] == '(') {
      std::size_t close = line.find(')', j);
      if (close != std::string_view::npos && close - j < 30) j = close + 1;
    } else if (may_stand_alone(l.role) && l.role != R::resolved && l.role != R::minutes_body) {
      std::size_t colon = line.find(':', j);
      if (colon != std::string_view::npos && colon - j < 40 &&
          text::word_count(line.substr(j, colon - j)) <= 5 &&
          text::find_any(line.substr(j, colon - j), ".,;") == std::string_view::npos)
        j = colon;
    }
    while (j < line.size() && (line[j] == '*' || line[j] == '_')) ++j;
    bool colon = false;
    bool leader = line.compare(j, 2, "..") == 0;  // "Secretary ....... Ewan": a table row
    if (!leader && j < line.size() && (line[j] == ':' || line[j] == '-' || line[j] == '.')) {
      colon = true;
      ++j;
      while (j < line.size() && (line[j] == '*' || line[j] == '_')) ++j;
    } else if (line.compare(j, 3, "\xE2\x80\x93") == 0 || line.compare(j, 3, "\xE2\x80\x94") == 0) {
      colon = true;
      j += 3;
    }
    while (j < line.size() && text::is_space(line[j])) ++j;
    bool at_end = j == line.size();
    if (!colon && !at_end) {
      // "RESOLVED that …" / "RESOLVED, that": resolutions open without a colon.
      std::string_view rest = line.substr(j);
      if (l.role != R::resolved ||
          !(text::starts_with_word(rest, "that") || (rest.size() > 1 && rest[0] == ',') ||
            text::all_caps(line.substr(0, i)))) {
        continue;
      }
      if (rest[0] == ',') ++j;
      while (j < line.size() && text::is_space(line[j])) ++j;
    }
    if (!colon && at_end && !may_stand_alone(l.role)) continue;
    return label_match{l.role, lead + j, colon};
  }
  return qualified_attendance_label(line, lead);
}

bool is_organisation_word(std::string_view word) {
  return organisation_words.contains(word);
}
bool is_body_word(std::string_view word) {
  return body_words.contains(word);
}
bool is_role_word(std::string_view word) {
  return role_words.contains(word);
}
bool is_group_word(std::string_view word) {
  return group_words.contains(word);
}
bool is_lone_word(std::string_view word) {
  return lone_words.contains(word);
}
bool is_function_word(std::string_view word) {
  return function_words.contains(word);
}

bool is_minutes_filler(std::string_view word) {
  return minutes_filler_words.contains(word);
}

bool is_title_phrase(std::string_view heading) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < heading.size();) {
    while (i < heading.size() && !text::is_letter(heading[i])) ++i;
    std::size_t j = i;
    while (j < heading.size() && (text::is_letter(heading[j]) || heading[j] == '\'')) ++j;
    if (j > i) {
      std::string_view w = heading.substr(i, j - i);
      if (!is_minutes_filler(w) && !is_body_word(w)) return false;
      ++words;
    }
    i = j;
  }
  return words > 0;
}

bool is_attendance_title(std::string_view title) {
  static const text::phrase_set titles{words::attendance_titles};
  return titles.find_first(title).has_value();
}

bool is_next_meeting_title(std::string_view title) {
  static const text::phrase_set titles{words::next_meeting_titles};
  return titles.find_first(title).has_value();
}

namespace {

// Every name of the nickname sets, and the sets each is in: same_given_name runs for many
// pairs of people, and walking every set for each pair was a hot spot.
const std::vector<std::string_view> nickname_names = [] {
  std::vector<std::string_view> names;
  for (const auto& set : words::nicknames)
    for (auto n : set.names)
      if (!n.empty()) names.push_back(n);
  return names;
}();
const text::word_set nickname_set{nickname_names};
const std::vector<std::vector<std::size_t>> nickname_sets_by_slot = [] {
  std::vector<std::vector<std::size_t>> sets(nickname_set.slot_count());
  for (std::size_t k = 0; k < std::size(words::nicknames); ++k)
    for (auto n : words::nicknames[k].names)
      if (!n.empty()) sets[nickname_set.slot_of(n)].push_back(k);
  return sets;
}();

}  // namespace

bool same_given_name(std::string_view a, std::string_view b) {
  if (text::iequals(a, b)) return true;
  std::size_t slot_a = nickname_set.slot_of(a);
  if (slot_a == text::word_set::npos) return false;
  std::size_t slot_b = nickname_set.slot_of(b);
  if (slot_b == text::word_set::npos) return false;
  for (std::size_t set : nickname_sets_by_slot[slot_a])
    for (std::size_t other : nickname_sets_by_slot[slot_b])
      if (set == other) return true;
  return false;
}

}  // namespace minutes::parser::keywords
