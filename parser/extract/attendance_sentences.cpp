// Attendance sentences (extract stage): in the preamble or an attendance item, "apologies
// were received from Councillors A, B and C, Full Name", "Also present were F and G", "A and
// B were absent"; anywhere, "Sheen arrived at 7:32 p.m.". Apologies told in any other item
// belong to some other meeting.
#include "parser/extract/attendance_internal.hpp"
#include "parser/extract/cues.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"

namespace minutes::parser {
namespace {

using model::attendance_status;

// "Apologies from Cllr Holt for the meeting of the Task Group …", "… for the Housing Task
// Group meeting on 23 October", "… for the May meeting": apologies for another meeting.
// "Apologies for the meeting were received from …" are this meeting's.
bool for_another_meeting(std::string_view s) {
  if (text::has_word(s, "meeting of the") || text::has_word(s, "for that meeting")) return true;
  constexpr std::size_t name_max_words = 8;
  for (std::size_t at = text::find_word(s, "for the"); at != std::string_view::npos;
       at = text::find_word(s, "for the", at + 1)) {
    // Within the few words a meeting's name takes: a long sentence is not read to its end
    // once per "for the".
    constexpr std::size_t name_max_bytes = 120;
    std::string_view rest = s.substr(at + 7, name_max_bytes);
    std::size_t meeting = text::find_word(rest, "meeting");
    if (meeting == std::string_view::npos) continue;
    std::size_t words_between = text::word_count(rest.substr(0, meeting));
    std::string_view after = text::trim(rest.substr(meeting + 7));
    if ((words_between > 0 && words_between <= name_max_words) ||
        (words_between == 0 &&
         (text::starts_with_word(after, "on") || text::starts_with_word(after, "of"))))
      return true;
  }
  return false;
}

// "apologies (for absence) were received from A, B and C"
void apologies_from(extract_context& cx, const layout_block& b, const sentence& s) {
  std::string_view t = std::string_view(b.text).substr(0, s.end);
  if (for_another_meeting(t.substr(s.begin))) return;
  std::size_t at = std::string_view::npos;
  for (std::string_view word : words::apology_words)
    if (at = text::find_word(t, word, s.begin); at != std::string_view::npos) break;
  if (at == std::string_view::npos) return;
  std::vector<found_name> names;
  std::size_t from = text::find_word(t, "from", at);
  if (from != std::string_view::npos) {
    read_name_list(t, from + 4, names);
    for (const auto& n : names)
      record_attendance(cx, n, attendance_status::apologies, {&b, n.begin, n.end});
    return;
  }
  // "A and B sent (their) apologies"
  for (std::string_view verb : words::apology_verbs) {
    std::size_t v = text::find_word(t, verb, s.begin);
    if (v == std::string_view::npos || v > at) continue;
    read_name_list(t, s.begin, names);
    for (const auto& n : names)
      if (n.end <= v) record_attendance(cx, n, attendance_status::apologies, {&b, n.begin, n.end});
    return;
  }
}

// "Board members present were supervisors A, B, and C, clerks D and E", "Also present were
// F and G", "In attendance were …", "A, B and C were absent".
void presence_in(extract_context& cx, const layout_block& b, const sentence& s) {
  std::string_view t = std::string_view(b.text).substr(0, s.end);
  std::vector<found_name> names;
  for (auto [phrase, status] : words::presence_before_names) {
    std::size_t at = text::find_word(t, phrase, s.begin);
    if (at == std::string_view::npos) continue;
    read_name_list(t, at + phrase.size(), names);
    for (const auto& n : names) record_attendance(cx, n, status, {&b, n.begin, n.end});
    return;
  }
  for (auto [phrase, status] : words::presence_after_names) {
    std::size_t at = text::find_word(t, phrase, s.begin);
    if (at == std::string_view::npos) continue;
    // The names open the phrase's clause: "Joy had sent her apologies; Oskar did not attend".
    std::size_t clause = t.rfind(';', at);
    clause = clause == std::string_view::npos || clause < s.begin ? s.begin : clause + 1;
    read_name_list(t, clause, names);
    for (const auto& n : names)
      if (n.end <= at) record_attendance(cx, n, status, {&b, n.begin, n.end});
    return;
  }
}

}  // namespace

// "Sheen arrived at 7:32 p.m.": a member who came late was present, in whichever item the
// minutes say so. The names open the sentence; in a roll call they follow its lists
// ("Absent: Ferri. Sheen arrived at …").
void arrivals_in(extract_context& cx, const layout_block& b, const sentence& s) {
  std::string_view t = std::string_view(b.text).substr(0, s.end);
  for (auto phrase : words::arrival_phrases) {
    std::size_t at = text::find_word(t, phrase, s.begin);
    if (at == std::string_view::npos) continue;
    std::vector<found_name> names;
    read_name_list(t, s.begin, names);
    for (const auto& n : names)
      if (n.end <= at) record_attendance(cx, n, attendance_status::present, {&b, n.begin, n.end});
    return;
  }
}

void attendance_sentences(extract_context& cx, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    const layout_block& b = cx.lay.blocks[k];
    if (b.label) continue;  // labelled lists are rosters
    std::span<const sentence> sentences = cx.sentences.of(k);
    std::span<const cue_mask> cues = cx.sentences.cues_of(k);
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (!(cues[i] & presence_cues)) continue;
      apologies_from(cx, b, sentences[i]);
      presence_in(cx, b, sentences[i]);
    }
  }
}

}  // namespace minutes::parser
