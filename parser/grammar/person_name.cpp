// Instantiates the person_name grammar and implements its accessor and the helpers that
// split a name into given and family names.
#include "parser/grammar/person_name_def.hpp"

namespace minutes::grammar {
namespace rules {
BOOST_SPIRIT_INSTANTIATE(person_name_type, iterator_type, context_type)
}  // namespace rules

rules::person_name_type const& person_name() {
  return rules::person_name;
}

namespace {
std::string_view view_of(ast::name_range range) {
  if (range.empty()) return {};
  return {range.begin(), static_cast<std::size_t>(range.size())};
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// Particles are the only tokens of a name that start in lower case.
bool is_particle(std::string_view token) {
  return !token.empty() && token.front() >= 'a' && token.front() <= 'z';
}
}  // namespace

std::optional<name_match> match_person_name(std::string_view text) {
  iterator_type first = text.data();
  iterator_type const last = text.data() + text.size();
  ast::person_name parsed;
  if (!x3::parse(first, last, person_name(), parsed)) return std::nullopt;
  return name_match{view_of(parsed.honorific), parsed.plural, view_of(parsed.name),
                    trimmed(view_of(parsed.note)), static_cast<std::size_t>(first - text.data())};
}

std::size_t name_token_count(std::string_view name) {
  std::size_t count = 0;
  bool in_token = false;
  for (char c : name) {
    if (c != ' ' && !in_token) ++count;
    in_token = c != ' ';
  }
  return count;
}

std::string_view family_name(std::string_view name) {
  name = trimmed(name);
  auto start = name.rfind(' ');
  if (start == std::string_view::npos) return name;
  // Take in the particles before the last token ("van Beethoven"), never the first token.
  while (start > 0) {
    auto before = name.rfind(' ', start - 1);
    if (before == std::string_view::npos) break;
    if (!is_particle(name.substr(before + 1, start - before - 1))) break;
    start = before;
  }
  return name.substr(start + 1);
}

std::string_view given_name(std::string_view name) {
  name = trimmed(name);
  auto end = name.find(' ');
  if (end == std::string_view::npos) return {};
  return name.substr(0, end);
}

}  // namespace minutes::grammar
