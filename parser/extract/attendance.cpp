// Attendance (extract stage): who was present, sent apologies or was absent.
//  - Rosters: a label ("Present:", "Apologies:", "In attendance") and the list or table
//    after it, with group headings ("Members", "Other Attendees") and affiliation lines.
//  - Attendance sentences in the preamble or an attendance item ("apologies were received
//    from Councillors A, B and C, Full Name"). Apologies told in any other item belong to
//    some other meeting.
//  - Substitutions anywhere: "X was attending on behalf of Y", "in the absence of Y, X …".
//  - Names with an honorific anywhere are recorded as references, to lend full forms.
// This file records an entry and runs the parts in order: attendance_rosters.cpp,
// attendance_sentences.cpp, attendance_substitutions.cpp and attendance_references.cpp
// (attendance_internal.hpp declares what they share).
#include "parser/extract/attendance_internal.hpp"
#include "parser/extract/families.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"

namespace minutes::parser {
namespace {

using model::attendance_status;

}  // namespace

// ---- Recording ----------------------------------------------------------------------------

people_registry::handle record_attendance(extract_context& cx, const found_name& n,
                                          attendance_status status, const entry_place& at,
                                          std::string_view group, std::string_view affiliation) {
  auto who = cx.people.mention(n.honorific, n.name, mention_kind::listed);
  cx.people.note_status(who, status);
  pending_attendance p;
  p.who = who;
  p.record.status = status;
  if (!group.empty()) p.record.group = std::string(group);
  if (!affiliation.empty()) {
    p.record.affiliation = std::string(affiliation);
    cx.people.set_affiliation(who, affiliation);
  }
  if (!n.note.empty()) {
    std::string_view note = n.note;
    std::size_t space = note.rfind(' ');
    std::string_view last = space == std::string_view::npos ? note : note.substr(space + 1);
    if (keywords::is_role_word(text::trim(note)) || keywords::is_role_word(last) ||
        text::has_word(note, "chair")) {
      p.record.role = std::string(note);
      cx.people.add_role(who, note);
    } else if (text::has_word(note, "remote") || text::has_word(note, "online") ||
               text::has_word(note, "virtual") || text::has_word(note, "zoom")) {
      p.record.remote = true;
    }
  }
  p.record.where = cx.span_of(*at.block, at.begin, at.end);
  cx.attendance.push_back(std::move(p));
  return who;
}

void extract_attendance(extract_context& cx) {
  for (const auto& scope : attendance_scopes(cx)) {
    read_rosters(cx, scope);
    attendance_sentences(cx, scope.begin, scope.end);
  }
  for (std::size_t k = 0; k < cx.lay.blocks.size(); ++k) {
    const layout_block& b = cx.lay.blocks[k];
    cue_mask cues = cx.sentences.block_cues_of(k);
    if (cues & substitution_cues) read_substitutions(cx, b);
    record_name_references(cx, k);
    if (!(cues & arrival_cues)) continue;
    for (const auto& s : cx.sentences.of(k)) arrivals_in(cx, b, s);
  }
}

}  // namespace minutes::parser
