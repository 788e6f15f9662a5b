// Labels and keyword lookups (layout stage): which label opens a line, and whether a word
// belongs to a keyword family. The words themselves are data in the *_words.hpp files beside
// this one (see README.md here). Matching is ASCII case-insensitive on whole words.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace minutes::parser::keywords {

// The role a label gives the block it opens ("Resolved:", "Present:", "Actions:").
enum class label_role {
  resolved,      // a decision follows
  actions,       // commitments follow
  present,       // people present follow
  apologies,     // people who sent apologies follow
  absent,        // people absent follow
  minutes_body,  // the minutes proper start (single-item exports)
  trailer,       // closing matter: supporting documents, signatures
  purpose,       // what the item is for
  presenter,     // who presents the item
  chair,         // who chaired
  office,        // who held an office at the meeting: "Clerk:", "Secretary:", "Host:"
  scribe,        // who took the minutes
  venue,         // where the meeting was
  date,          // when the meeting was
  time,          // when it started
  moved,         // mover of a motion
  seconded,      // seconder of a motion
  vote,          // a recorded vote
  next_meeting,  // the date of the next meeting
  topic,         // the title of an item: "Topic: CI budget"
};

struct label_word {
  std::string_view words;  // lowercase, single spaces
  label_role role;
};

// Labels, longest first so that "apologies for absence" wins over "apologies".
std::span<const label_word> labels();

// Label at the start of `line`: the role and the length of the label including its
// punctuation (":", " -", " –") and following spaces. `needs_colon` rejects bare words.
struct label_match {
  label_role role;
  std::size_t length;  // bytes of label and separator
  bool colon;          // the label was followed by a separator, not just a space
};
std::optional<label_match> match_label(std::string_view line);

// Words that make a name an organisation or group rather than a person.
bool is_organisation_word(std::string_view word);
// Words that name a meeting body: Board, Committee, Panel …
bool is_body_word(std::string_view word);
// Role words: Chair, Clerk, Secretary, Treasurer …
bool is_role_word(std::string_view word);
// Plural words for groups of people: Officers, Trustees, Governors …
bool is_group_word(std::string_view word);
// Capitalised words that open sentences and are no name on their own: Should, February,
// Agreed (but "Will Bowes" is a name).
bool is_lone_word(std::string_view word);
// Capitalised words that begin sentences but never names: The, This, It, All …
bool is_function_word(std::string_view word);
// Words of the phrases that say "these are minutes" rather than who met or what about:
// "Minutes", "of the", "Regular Meeting", "held".
bool is_minutes_filler(std::string_view word);
// A heading made only of such words and words naming a body: "MINUTES OF THE BOARD
// MEETING", "Regular Meeting Minutes" — the document's title, not an agenda item.
bool is_title_phrase(std::string_view heading);
// Title words of an item that carries attendance (Apologies, Attendance, Roll call …).
bool is_attendance_title(std::string_view title);
// Title words of an item about the next meeting.
bool is_next_meeting_title(std::string_view title);
// Nickname equivalence of given names: "Jenny" and "Jennifer", "Bob" and "Robert".
bool same_given_name(std::string_view a, std::string_view b);

}  // namespace minutes::parser::keywords
