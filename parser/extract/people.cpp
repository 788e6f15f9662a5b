// People registry (see people.hpp): recording mentions, and once they are unified,
// answering who a mention is. Mentions are few (hundreds at most in real minutes).
// people_unify.cpp unifies them into people (people_internal.hpp declares what the two
// share).
#include "parser/extract/people.hpp"

#include "parser/extract/people_internal.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

bool begins_family_name(std::string_view token) {
  for (std::string_view p : words::family_name_prefixes)
    if (token == p) return true;
  return false;
}

std::vector<std::string> tokens_of(std::string_view name) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ') ++j;
    if (j > i) {
      std::string t(name.substr(i, j - i));
      if (t.size() == 2 && t[1] == '.') t.pop_back();  // initial "O."
      out.push_back(std::move(t));
    }
    i = j;
  }
  // "Eithne Uí Mhurchú" is Eithne of the family Uí Mhurchú, as "Cllr Uí Mhurchú" says: the
  // prefixes go with the token after them into one family name. A first token is a prefix only
  // when only the family name follows it.
  for (std::size_t k = out.size(); k-- > 1;)
    if (begins_family_name(out[k - 1]) && (k - 1 > 0 || k + 1 == out.size())) {
      out[k - 1] += " " + out[k];
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
    }
  return out;
}

}  // namespace

// "Jane Anne Smith" → "JAS".
std::string initials_of(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) out.push_back(text::is_ascii_lower(t[0]) ? t[0] - 32 : t[0]);
  return out;
}

people_registry::handle people_registry::mention(std::string_view honorific, std::string_view name,
                                                 mention_kind kind) {
  // A title of office before the name is not part of it: "President Lorna Valdez", "Mayor
  // Pro Tem Luis Ortega" (the honorific took "Mayor").
  while (true) {
    std::size_t sp = name.find(' ');
    if (sp == std::string_view::npos || !keywords::is_role_word(name.substr(0, sp))) break;
    name = name.substr(sp + 1);
  }
  entry e;
  e.honorific = std::string(honorific);
  e.name = std::string(name);
  e.tokens = tokens_of(name);
  e.kind = kind;
  e.parent = entries_.size();
  known_words_.insert(e.name);
  known_words_.insert(e.tokens.begin(), e.tokens.end());
  for (const auto& t : e.tokens)  // "Uí Mhurchú": each word of a family name is known too
    if (t.find(' ') != std::string::npos)
      text::for_each_word(t, [&](std::string_view w) { known_words_.insert(std::string(w)); });
  if (e.tokens.size() >= 2) {
    std::string mine = initials_of(e.tokens);
    known_initials_.insert(std::string{mine.front(), mine.back()});
    known_initials_.insert(std::move(mine));
  }
  entries_.push_back(std::move(e));
  return entries_.size() - 1;
}

void people_registry::add_alias(handle h, std::string_view alias) {
  handle a = mention({}, alias, mention_kind::reference);
  entries_[a].parent = root(h);
}

void people_registry::set_affiliation(handle h, std::string_view affiliation) {
  if (entries_[h].affiliation.empty()) entries_[h].affiliation = std::string(affiliation);
}

void people_registry::add_role(handle h, std::string_view role) {
  entries_[h].roles.emplace_back(role);
}

void people_registry::note_status(handle h, model::attendance_status status) {
  entries_[h].statuses |= 1u << static_cast<unsigned>(status);
}

bool people_registry::knows(std::string_view word) const {
  return known_words_.count(std::string(word)) > 0;
}

bool people_registry::knows_initials(std::string_view initials) const {
  return known_initials_.count(std::string(initials)) > 0;
}

const std::string& people_registry::id_of(handle h) const {
  static const std::string none;
  std::size_t p = entries_[h].person;
  return p < finished_.size() ? finished_[p].id : none;
}

const std::string& people_registry::name_of(handle h) const {
  std::size_t p = entries_[h].person;
  return p < finished_.size() ? finished_[p].name : entries_[h].resolved;
}

std::optional<people_registry::handle> people_registry::by_role(std::string_view role) const {
  // "Head of Planning" names whoever is listed as "Head of Planning and Regulatory Services".
  // "Clerk" names whoever is the "Town Clerk".
  auto holds = [&](std::string_view title) {
    if (title.size() < role.size()) return false;
    if (title.size() > role.size() && text::iequals(title.substr(title.size() - role.size()), role))
      return title[title.size() - role.size() - 1] == ' ';
    if (!text::istarts_with(title, role)) return false;
    if (title.size() == role.size()) return true;
    char next = title[role.size()];
    return next == ' ' || next == ',' || next == '(' || next == ';';
  };
  // The role exactly ("Chair"), and only if nobody holds it so, a title ending or
  // starting with it ("Town Clerk" for "Clerk"; not "Vice Chair" when there is a Chair).
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const entry& e = entries_[i];
    bool exact = text::iequals(e.affiliation, role);
    for (const auto& r : e.roles) exact = exact || text::iequals(r, role);
    if (exact && e.person < finished_.size()) {
      std::optional<handle> other;
      for (std::size_t j = 0; j < entries_.size(); ++j) {
        const entry& o = entries_[j];
        bool same = text::iequals(o.affiliation, role);
        for (const auto& r : o.roles) same = same || text::iequals(r, role);
        if (same && o.person != e.person) other = j;
      }
      if (!other) return i;
      return std::nullopt;
    }
  }
  std::optional<handle> found;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const entry& e = entries_[i];
    bool match = holds(e.affiliation);
    for (const auto& r : e.roles) match = match || holds(r);
    if (!match || e.person >= finished_.size()) continue;
    if (found && entries_[*found].person != e.person) return std::nullopt;
    found = i;
  }
  return found;
}

}  // namespace minutes::parser
