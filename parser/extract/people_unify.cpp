// Unifying people (extract stage): once the rule families have run, `finish` joins the
// mentions that mean one real person — by full name, by a single word (a family name, a
// given name, a handle), by initials — unless their statuses or honorifics conflict, then
// names and numbers the people. Mentions are grouped by union-find; candidates are found
// through a family-name index, so a 10,000-name list stays linear.
#include <algorithm>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "parser/extract/people.hpp"
#include "parser/extract/people_internal.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

// Honorifics of office (Councillor, Trustee, Mayor) name the same role across a document;
// courtesy titles (Mr, Dr) do not.
bool office_honorific(std::string_view h) {
  std::string_view t = text::trim(h, ".");
  if (t.empty()) return false;
  for (auto c : words::courtesy_titles)
    if (text::iequals(t, c)) return false;
  return true;
}

bool is_initial(const std::string& t) {
  return t.size() == 1;
}

// "JS", "HP", "ABC": initials standing for a whole name.
bool is_initials(const std::vector<std::string>& tokens) {
  if (tokens.size() != 1) return false;
  const std::string& t = tokens[0];
  if (t.size() < 2 || t.size() > 3) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return text::is_ascii_upper(c); });
}

// Mentions by a word of their name: (the word's hash ignoring ASCII case, the mention),
// sorted. A look-up is a binary search for the hash; the caller compares the words. One
// allocation, and integers to sort.
using mentions_by_word = std::vector<std::pair<std::uint64_t, std::size_t>>;

// The mentions whose word may be `word` (the same hash).
std::span<const std::pair<std::uint64_t, std::size_t>> mentions_of(const mentions_by_word& index,
                                                                   std::string_view word) {
  std::uint64_t h = text::case_blind_hash(word);
  auto [first, last] =
      std::equal_range(index.begin(), index.end(), std::pair<std::uint64_t, std::size_t>{h, 0},
                       [](const auto& a, const auto& b) { return a.first < b.first; });
  return {first, last};
}

bool given_compatible(const std::string& a, const std::string& b) {
  if (is_initial(a) || is_initial(b)) return text::lower(a[0]) == text::lower(b[0]);
  return keywords::same_given_name(a, b);
}

}  // namespace

std::size_t people_registry::root(std::size_t i) {
  while (entries_[i].parent != i) {
    entries_[i].parent = entries_[entries_[i].parent].parent;
    i = entries_[i].parent;
  }
  return i;
}

// Two groups may be one person unless the minutes give them different statuses, or one is
// known only by an office honorific the other never carries.
bool people_registry::compatible(std::size_t a, std::size_t b) {
  const entry& ga = entries_[root(a)];
  const entry& gb = entries_[root(b)];
  unsigned sa = ga.group_statuses, sb = gb.group_statuses;
  if (sa && sb && sa != sb) return false;
  // "City Attorney Treadwell" is the "Monica Treadwell, City Attorney" of the list.
  auto holds_office = [](const entry& office, const entry& listed) {
    return !office.group_office_title.empty() &&
           text::iequals(text::trim(office.group_office_title, ". "),
                         text::trim(listed.group_affiliation, ". "));
  };
  if (ga.group_office && !gb.group_office && !holds_office(ga, gb)) {
    if (gb.group_any_honorific) return false;
    if (entries_[b].kind == mention_kind::listed) return false;
  }
  // "J. Howell" fits Jane Howell and Joseph Howell, who are still two people.
  if (!ga.group_given.empty() && !gb.group_given.empty() &&
      !keywords::same_given_name(ga.group_given, gb.group_given))
    return false;
  return true;
}

// Each group's root learns what its mentions say together; unite keeps it so.
void people_registry::gather_groups() {
  for (auto& e : entries_) {
    e.group_statuses = 0;
    e.group_office = e.group_any_honorific = false;
    e.group_given.clear();
    e.group_office_title.clear();
    e.group_affiliation.clear();
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    entry& g = entries_[root(i)];
    g.group_statuses |= entries_[i].statuses;
    g.group_office = g.group_office || office_honorific(entries_[i].honorific);
    g.group_any_honorific = g.group_any_honorific || !entries_[i].honorific.empty();
    const auto& tokens = entries_[i].tokens;
    if (g.group_given.empty() && tokens.size() >= 2 && !is_initial(tokens[0]))
      g.group_given = tokens[0];
    if (g.group_office_title.empty() && office_honorific(entries_[i].honorific))
      g.group_office_title = entries_[i].honorific;
    if (g.group_affiliation.empty()) g.group_affiliation = entries_[i].affiliation;
  }
}

void people_registry::unite(std::size_t a, std::size_t b) {
  a = root(a);
  b = root(b);
  if (a == b) return;
  entry& keep = entries_[std::min(a, b)];
  const entry& gone = entries_[std::max(a, b)];
  keep.group_statuses |= gone.group_statuses;
  keep.group_office = keep.group_office || gone.group_office;
  keep.group_any_honorific = keep.group_any_honorific || gone.group_any_honorific;
  if (keep.group_given.empty()) keep.group_given = gone.group_given;
  if (keep.group_office_title.empty()) keep.group_office_title = gone.group_office_title;
  if (keep.group_affiliation.empty()) keep.group_affiliation = gone.group_affiliation;
  entries_[std::max(a, b)].parent = std::min(a, b);
}

void people_registry::merge_full_names() {
  // Mentions of one family name, one representative per spelling of the whole name (and per
  // group of conflicting statuses): the same name repeated a thousand times costs a
  // lookup each, and only distinct spellings are compared in pairs.
  std::unordered_map<std::string, std::vector<std::size_t>> by_family;
  std::unordered_map<std::string, std::vector<std::size_t>> spellings;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].tokens.size() < 2) continue;
    auto& reps = spellings[text::to_lower(entries_[i].name)];
    auto same = std::find_if(reps.begin(), reps.end(), [&](std::size_t r) {
      return root(r) == root(i) || compatible(root(r), root(i));
    });
    if (same != reps.end()) {
      unite(*same, i);
      continue;
    }
    reps.push_back(i);
    by_family[text::to_lower(entries_[i].tokens.back())].push_back(i);
  }
  for (auto& [family, group] : by_family) {
    for (std::size_t x = 0; x < group.size(); ++x) {
      for (std::size_t y = 0; y < x; ++y) {
        std::size_t a = group[x], b = group[y];
        if (root(a) == root(b)) continue;
        if (!given_compatible(entries_[a].tokens[0], entries_[b].tokens[0])) continue;
        if (compatible(root(a), root(b))) unite(a, b);
      }
    }
  }
}

void people_registry::merge_single_tokens() {
  // The same single word is one person ("@mvoss" in the list, as an owner, as a host), so
  // its mentions go together before they look for a full name.
  std::unordered_map<std::string, std::size_t> first_of;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const entry& e = entries_[i];
    if (e.tokens.size() != 1 || is_initials(e.tokens)) continue;
    auto [it, fresh] = first_of.emplace(text::to_lower(e.tokens[0]), i);
    if (!fresh && root(it->second) != root(i) && compatible(root(it->second), root(i)))
      unite(it->second, i);
  }
  // The mentions a single word may join, by their family name, their given name as written,
  // and their one word: each word looks at its own candidates, not at every mention (a long
  // document names hundreds of people thousands of times).
  mentions_by_word by_family, by_word;
  // Given names, each spelling once: a word is compared with each, not with every mention.
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_given;
  for (std::size_t j = 0; j < entries_.size(); ++j) {
    const auto& tokens = entries_[j].tokens;
    if (tokens.size() >= 2) {
      by_family.emplace_back(text::case_blind_hash(tokens.back()), j);
      by_given[tokens[0]].push_back(j);
    } else if (tokens.size() == 1) {
      by_word.emplace_back(text::case_blind_hash(tokens[0]), j);
    }
  }
  std::sort(by_family.begin(), by_family.end());
  std::sort(by_word.begin(), by_word.end());
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const entry& e = entries_[i];
    if (e.tokens.size() != 1 || is_initials(e.tokens) || root(i) != i) continue;
    const std::string& token = e.tokens[0];
    bool surname_only = office_honorific(e.honorific) || !e.honorific.empty();
    // The group, other than i's own, that every candidate that `matches` is in, if one.
    auto unique_root = [&](std::span<const std::pair<std::uint64_t, std::size_t>> candidates,
                           auto&& matches) -> std::optional<std::size_t> {
      std::optional<std::size_t> found;
      for (const auto& candidate : candidates) {
        std::size_t j = candidate.second;
        if (root(j) == root(i) || !matches(entries_[j])) continue;
        if (found && root(*found) != root(j)) return std::nullopt;
        found = j;
      }
      return found;
    };
    // Full names whose given name fits the word: the same, a nickname of it ("Bob",
    // "Robert"), or begun by it ("Chris", "Christine").
    mentions_by_word given_fits;  // found by given name: the hashes are not read
    for (const auto& [given, mentions] : by_given) {
      if (surname_only) break;  // a surname with an honorific ("Cllr Kay") is no given name
      bool prefix =
          token.size() >= 3 && given.size() > token.size() && text::istarts_with(given, token);
      if (keywords::same_given_name(given, token) || prefix)
        for (std::size_t j : mentions) given_fits.emplace_back(0, j);
    }
    // People the minutes list or quote come first; names seen only in passing ("Approve
    // Brin opening …" at the start of a sentence) only when nobody listed fits.
    bool merged = false;
    for (bool listed_only : {true, false}) {
      if (merged) break;
      auto real = [&](const entry& o) { return !listed_only || o.kind != mention_kind::reference; };
      auto family_match = unique_root(mentions_of(by_family, token), [&](const entry& o) {
        return real(o) && text::iequals(o.tokens.back(), token);
      });
      if (family_match && compatible(root(i), root(*family_match))) {
        unite(i, *family_match);
        merged = true;
        break;
      }
      if (surname_only) continue;
      auto given_match = unique_root(given_fits, real);
      if (given_match && compatible(root(i), root(*given_match))) {
        unite(i, *given_match);
        merged = true;
        break;
      }
    }
    if (merged) continue;
    // The same single word twice is one person ("Kay" … "Kay").
    auto same = unique_root(mentions_of(by_word, token),
                            [&](const entry& o) { return text::iequals(o.tokens[0], token); });
    if (same && compatible(root(i), root(*same))) unite(i, *same);
  }
}

void people_registry::merge_initials() {
  // Initials → the full names they abbreviate, whole ("JAS") or outer ("JS").
  std::unordered_map<std::string, std::vector<std::size_t>> by_initials;
  for (std::size_t j = 0; j < entries_.size(); ++j) {
    // Initials a roster gave someone ("Beatrice Nwosu-Clarke … BNC"): theirs as written.
    if (is_initials(entries_[j].tokens) && root(j) != j) {
      by_initials[entries_[j].tokens[0]].push_back(j);
      continue;
    }
    if (entries_[j].tokens.size() < 2) continue;
    std::string mine = initials_of(entries_[j].tokens);
    std::string outer{mine.front(), mine.back()};
    if (outer != mine) by_initials[outer].push_back(j);
    by_initials[std::move(mine)].push_back(j);
  }
  // One candidate per group: a name mentioned a thousand times is one comparison, not a
  // thousand for every mention of its initials. Groups only ever join, so a dropped
  // candidate's group stays its kept one's.
  for (auto& [letters, candidates] : by_initials) {
    if (candidates.size() < 2) continue;
    std::unordered_set<std::size_t> groups;
    std::erase_if(candidates, [&](std::size_t j) { return !groups.insert(root(j)).second; });
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (!is_initials(entries_[i].tokens)) continue;
    auto it = by_initials.find(entries_[i].tokens[0]);
    if (it == by_initials.end()) continue;
    std::optional<std::size_t> found;
    bool ambiguous = false;
    for (std::size_t j : it->second) {
      if (root(j) == root(i)) continue;
      if (found && root(*found) != root(j)) ambiguous = true;
      found = j;
    }
    if (found && !ambiguous && compatible(root(i), root(*found))) unite(i, *found);
  }
}

void people_registry::finish(std::vector<model::person>& people) {
  gather_groups();
  merge_full_names();
  merge_single_tokens();
  merge_initials();
  person_of_root_.assign(entries_.size(), static_cast<std::size_t>(-1));
  finished_.clear();
  // A group's name: the first listed form, else the form with most tokens.
  std::vector<std::size_t> best(entries_.size(), static_cast<std::size_t>(-1));
  std::vector<bool> real(entries_.size(), false);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t r = root(i);
    real[r] = real[r] || entries_[i].kind != mention_kind::reference;
    std::size_t& b = best[r];
    if (b == static_cast<std::size_t>(-1)) {
      b = i;
      continue;
    }
    const entry& e = entries_[i];
    const entry& cur = entries_[b];
    bool listed_wins = e.kind == mention_kind::listed && cur.kind != mention_kind::listed;
    bool longer = e.tokens.size() > cur.tokens.size() &&
                  (cur.kind != mention_kind::listed || cur.tokens.size() < 2);
    if (listed_wins && e.tokens.size() >= cur.tokens.size())
      b = i;
    else if (longer)
      b = i;
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    std::size_t r = root(i);
    if (!real[r]) continue;
    if (person_of_root_[r] == static_cast<std::size_t>(-1)) {
      person_of_root_[r] = finished_.size();
      model::person p;
      p.id = "P" + std::to_string(finished_.size() + 1);
      const entry& b = entries_[best[r]];
      p.name = b.name;
      if (b.tokens.size() >= 2) {
        p.given = b.tokens.front();
        p.family = b.tokens.back();
      } else if (!is_initials(b.tokens) && !b.tokens.empty()) {
        p.family = b.tokens.front();
      }
      finished_.push_back(std::move(p));
    }
    model::person& p = finished_[person_of_root_[r]];
    const entry& e = entries_[i];
    if (!e.honorific.empty() && (!p.honorific || p.honorific->size() < e.honorific.size()))
      p.honorific = e.honorific;
    std::string form = e.honorific.empty() ? e.name : e.honorific + " " + e.name;
    if (form != p.name && std::find(p.aliases.begin(), p.aliases.end(), form) == p.aliases.end())
      p.aliases.push_back(form);
    if (!p.affiliation && !e.affiliation.empty()) p.affiliation = e.affiliation;
    for (const auto& role : e.roles)
      if (std::find(p.roles.begin(), p.roles.end(), role) == p.roles.end()) p.roles.push_back(role);
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    entries_[i].person = person_of_root_[root(i)];
    entries_[i].resolved = entries_[best[root(i)]].name;
  }
  people = finished_;
}

}  // namespace minutes::parser
