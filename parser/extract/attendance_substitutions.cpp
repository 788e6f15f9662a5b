// Substitutions of the attendance family (extract stage), anywhere in the minutes: "X was
// attending on behalf of Y" (X present, for Y), "In the absence of Y, X presented …" (Y
// absent, X present).
#include "parser/extract/attendance_internal.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"

namespace minutes::parser {

using model::attendance_status;

void read_substitutions(extract_context& cx, const layout_block& b) {
  std::string_view t = b.text;
  // Most blocks have none of the key words: one scan each rules them out.
  bool may_substitute = t.find("behalf") != std::string_view::npos ||
                        t.find("substitut") != std::string_view::npos ||
                        t.find("deputis") != std::string_view::npos;
  bool may_be_absent = t.find("bsence") != std::string_view::npos;
  if (!may_substitute && !may_be_absent) return;
  for (auto phrase : words::on_behalf_phrases) {
    for (std::size_t at = text::find_word(t, phrase); at != std::string_view::npos;
         at = text::find_word(t, phrase, at + phrase.size())) {
      // "on behalf of" alone only counts after a verb of attending.
      if (phrase == "on behalf of") continue;
      auto sub = name_ending_at(t, at);
      std::size_t after = at + phrase.size();
      while (after < t.size() && text::is_space(t[after])) ++after;
      auto absent = name_starting_at(t, after);
      if (!sub || !absent) continue;
      auto who =
          record_attendance(cx, *sub, attendance_status::present, {&b, sub->begin, absent->end});
      cx.attendance.back().behalf_of =
          cx.people.mention(absent->honorific, absent->name, mention_kind::reference);
      (void)who;
    }
  }
  // "In the absence of Y, X presented …"
  for (std::size_t at = text::find_word(t, "in the absence of"); at != std::string_view::npos;
       at = text::find_word(t, "in the absence of", at + 1)) {
    std::size_t after = at + 17;
    while (after < t.size() && text::is_space(t[after])) ++after;
    auto absent = name_starting_at(t, after);
    if (!absent) continue;
    std::size_t comma = t.find(',', absent->end);
    if (comma == std::string_view::npos || comma > absent->end + 80) continue;
    // Skip the absent person's affiliation: "Andreas Feldhaar, Permanence Service, LCC, Y …".
    std::size_t next = comma + 1;
    while (next < t.size() && text::is_space(t[next])) ++next;
    auto present = name_starting_at(t, next);
    if (!present) continue;
    record_attendance(cx, *absent, attendance_status::absent, {&b, absent->begin, absent->end});
    record_attendance(cx, *present, attendance_status::present, {&b, present->begin, present->end});
  }
}

}  // namespace minutes::parser
