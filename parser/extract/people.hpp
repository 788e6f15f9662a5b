// People registry (extract stage): every mention of a person is recorded here, and once the
// rule families have run, `finish` unifies the mentions that mean one real person —
// "CC Kay", "County Councillor Andrea Kay", "Councillors … Kay"; "Jenny" and "Jennifer
// Donnelly"; "JS" and "Jane Smith" — and numbers the people. Two people who share a surname
// are never merged without evidence: a conflict of status or honorific keeps them apart.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/attendance.hpp"
#include "model/person.hpp"

namespace minutes::parser {

enum class mention_kind {
  listed,     // an attendance list or table: the fullest, most deliberate form
  sentence,   // an attendance sentence ("apologies were received from …")
  owner,      // the owner of an action, the mover of a motion
  reference,  // named in passing: only lends its full form to other mentions
};

class people_registry {
 public:
  using handle = std::size_t;

  // Records a mention of `name` (without honorific) and returns its handle.
  handle mention(std::string_view honorific, std::string_view name, mention_kind kind);
  // Another name the document ties to the person: a handle ("@mvoss") or initials ("GA").
  void add_alias(handle h, std::string_view alias);
  // Adds what the document prints beside a mention.
  void set_affiliation(handle h, std::string_view affiliation);
  void add_role(handle h, std::string_view role);
  void note_status(handle h, model::attendance_status status);

  // True when some mention so far has `word` as one of its name's words ("Kamala" for
  // "Kamala Iyer") or as its whole name ("JS").
  bool knows(std::string_view word) const;
  // True when `initials` ("JS", "SJO") are the initials of some name mentioned so far.
  bool knows_initials(std::string_view initials) const;

  // Unifies the mentions and fills `people` with everyone mentioned other than in passing.
  void finish(std::vector<model::person>& people);

  // After finish: the person a handle resolved to. id_of is empty for a person only
  // named in passing (an absent substitute's principal, say); name_of is always set.
  const std::string& id_of(handle h) const;
  const std::string& name_of(handle h) const;
  // After finish: the person known under a given role ("Clerk"), when exactly one.
  std::optional<handle> by_role(std::string_view role) const;

 private:
  struct entry {
    std::string honorific;
    std::string name;
    std::vector<std::string> tokens;  // name tokens, initials' dots removed
    mention_kind kind;
    std::string affiliation;
    std::vector<std::string> roles;
    unsigned statuses = 0;  // bit per attendance_status
    std::size_t parent;     // union-find link
    // At a group's root, during finish: what the group's mentions say together.
    unsigned group_statuses = 0;
    bool group_office = false;         // some mention carries an office honorific
    bool group_any_honorific = false;  // some mention carries any honorific
    std::string group_given;           // a given name printed in full, if any ("Jane")
    std::string group_office_title;    // an office honorific a mention carries ("City Attorney")
    std::string group_affiliation;     // what a list printed beside a mention
    std::size_t person = 0;  // index into the finished people list, or npos when only referenced
    std::string resolved;    // the group's name after finish
  };
  std::size_t root(std::size_t i);
  bool compatible(std::size_t a, std::size_t b);
  void unite(std::size_t a, std::size_t b);
  void gather_groups();
  void merge_full_names();
  void merge_single_tokens();
  void merge_initials();

  std::vector<entry> entries_;
  // Every name word and whole name mentioned, and their initials: knows() in constant time.
  std::unordered_set<std::string> known_words_, known_initials_;
  std::vector<model::person> finished_;
  std::vector<std::size_t> person_of_root_;
};

}  // namespace minutes::parser
