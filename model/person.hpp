// Person: one real person named in the minutes, with every form the document uses for them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace minutes::model {

struct person {
  std::string id;                        // "P1", "P2", … in order of first mention
  std::string name;                      // fullest form the document gives, without honorific
  std::optional<std::string> honorific;  // e.g. "County Councillor", "Dr"
  std::optional<std::string> given;      // given name when printed
  std::optional<std::string> family;     // family name when printed
  std::vector<std::string> aliases;      // other forms seen: "CC Kay", "Jenny Donnelly", "JS"
  std::optional<std::string>
      affiliation;                 // organisation or service, e.g. "Permanence Service, LCC"
  std::vector<std::string> roles;  // e.g. "Chair", "Clerk", "Lead Officer"
};

}  // namespace minutes::model
