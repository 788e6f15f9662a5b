// Resolutions, motions and actions: what the meeting decided, moved and committed to.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/span.hpp"

namespace minutes::model {

struct resolution {
  std::string id;                    // "R1", …
  std::optional<std::string> item;   // id of the item it belongs to ("I3")
  std::optional<std::string> label;  // clause label as printed without brackets: "ii"
  std::string text;                  // the decision clause
  span where;                        // the clause's lines
};

enum class motion_outcome { carried, lost, withdrawn, deferred };
enum class vote_choice { for_, against, abstain };

struct vote_counts {
  std::optional<int> for_;     // votes in favour
  std::optional<int> against;  // votes against
  std::optional<int> abstain;  // abstentions
};

struct named_vote {
  std::string name;  // the voter as printed
  vote_choice vote;  // how they voted
};

struct motion {
  std::string id;                         // "M1", …
  std::optional<std::string> item;        // id of the item
  std::string text;                       // what was moved
  std::optional<std::string> mover;       // person's name
  std::optional<std::string> seconder;    // person's name
  std::optional<motion_outcome> outcome;  // null when the minutes do not say
  std::optional<vote_counts> votes;       // counts when recorded
  std::vector<named_vote> named_votes;    // recorded votes by name
  std::optional<std::string> resolution;  // id of the resolution a carried motion became
  span where;                             // the motion's lines
};

enum class action_origin { resolution, actions_line, narrative };

struct action_owner {
  std::string name;                   // as resolved: the person's name, or the owner as written
  std::optional<std::string> person;  // person id when the owner is a known person
};

struct action {
  std::string id;                                   // "A1", …
  std::optional<std::string> item;                  // id of the item it stands in
  std::vector<action_owner> owners;                 // who committed
  std::string text;                                 // what was committed, from its verb
  std::optional<std::string> due;                   // ISO date when fixed by the minutes
  action_origin origin = action_origin::narrative;  // where it was found
  std::optional<std::string> resolution;            // id of the resolution clause it came from
  span where;                                       // the sentence's lines
};

}  // namespace minutes::model
