// Names in running text (see names.hpp).
#include "parser/extract/names.hpp"

#include <array>

#include "parser/grammar/name_list.hpp"
#include "parser/grammar/person_name.hpp"
#include "parser/text.hpp"
#include "parser/words/attendance_words.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {
namespace {

// A list names at most this many words back from a phrase: "County Councillor Jean-Luc
// van der Berg" is six.
constexpr int name_max_tokens = 7;

bool in(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && !text::is_space(s[j]) && s[j] != ',' && s[j] != ';') ++j;
  return s.substr(i, j - i);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && text::is_space(s[i])) ++i;
  return i;
}

found_name from_listed(const grammar::listed_name& n, std::size_t offset) {
  found_name f;
  f.honorific = n.honorific;
  f.name = n.name;
  f.note = n.note;
  f.begin = n.begin + offset;
  f.end = n.end + offset;
  return f;
}

bool all_upper(std::string_view w) {
  for (char c : w)
    if (!text::is_ascii_upper(c)) return false;
  return true;
}

}  // namespace

bool plausible_person(std::string_view name) {
  name = text::trim(name);
  if (name.empty()) return false;
  if (name[0] == '@') return name.size() > 1;
  std::size_t words = 0;
  std::string_view last;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = name.find(' ', i);
    std::string_view w = text::trim(
        name.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i), ".,");
    if (!w.empty()) {
      if (words == 0 && w.size() > 1 && keywords::is_function_word(w)) return false;
      if (keywords::is_organisation_word(w)) return false;
      last = w;
      for (char c : w)
        if (text::is_digit(c)) return false;
      ++words;
    }
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  // "Deputy Clerk", "Recreation Coordinator": a job, not a person.
  if (keywords::is_role_word(last)) return false;
  if (words == 1) {
    std::string_view w = text::trim(name, ".");
    if (keywords::is_role_word(w) || keywords::is_group_word(w) || keywords::is_lone_word(w))
      return false;
    if (w.size() == 1) return false;                 // "I", or an initial alone
    if (all_upper(w) && w.size() > 3) return false;  // an acronym: "LINX", "NHS"
  }
  return true;
}

std::optional<found_name> name_starting_at(std::string_view text, std::size_t begin) {
  auto m = grammar::match_person_name(text.substr(begin));
  if (!m || !plausible_person(m->name)) return std::nullopt;
  found_name f;
  f.honorific = m->honorific;
  f.name = m->name;
  f.note = m->note;
  f.begin = begin;
  f.end = begin + m->length;
  return f;
}

std::optional<found_name> name_ending_at(std::string_view text, std::size_t end) {
  while (end > 0 && text::is_space(text[end - 1])) --end;
  // Walk back over capitalised tokens (and particles) to the earliest possible start.
  std::array<std::size_t, name_max_tokens> starts{};
  int count = 0;
  std::size_t pos = end;
  while (pos > 0 && count < name_max_tokens) {
    std::size_t token_end = pos;
    std::size_t token_start = token_end;
    while (token_start > 0 && !text::is_space(text[token_start - 1])) --token_start;
    std::string_view token = text.substr(token_start, token_end - token_start);
    if (token.empty()) break;
    char last = token.back();
    if (token_end != end && (last == ',' || last == ';' || last == ':')) break;
    char first = token[0];
    bool capital =
        text::is_ascii_upper(first) || static_cast<unsigned char>(first) >= 0x80 || first == '@';
    if (!capital && !in(token, words::name_particles)) break;
    starts[static_cast<std::size_t>(count++)] = token_start;
    pos = token_start;
    while (pos > 0 && text::is_space(text[pos - 1])) --pos;
  }
  // The longest name that ends exactly at `end`.
  for (int k = count - 1; k >= 0; --k) {
    std::size_t begin = starts[static_cast<std::size_t>(k)];
    auto m = grammar::match_person_name(text.substr(begin, end - begin));
    if (!m || begin + m->length != end || !plausible_person(m->name)) continue;
    found_name f;
    f.honorific = m->honorific;
    f.name = m->name;
    f.note = m->note;
    f.begin = begin;
    f.end = end;
    return f;
  }
  return std::nullopt;
}

std::size_t read_name_list(std::string_view text, std::size_t begin, std::vector<found_name>& out) {
  out.clear();
  std::vector<grammar::listed_name> listed;
  std::size_t pos = begin;
  while (pos < text.size()) {
    pos = skip_spaces(text, pos);
    if (pos >= text.size()) break;
    if (text[pos] == ',' || text[pos] == ';' || text[pos] == '&') {
      ++pos;
      continue;
    }
    std::string_view word = word_at(text, pos);
    if (!out.empty() && (text::iequals(word, "and") || text::iequals(word, "also"))) {
      pos += word.size();
      // "from Cllr P Holt and from Mrs Janet Penrose": the list's preposition said again.
      std::size_t next = skip_spaces(text, pos);
      if (text::iequals(word, "and") && text::iequals(word_at(text, next), "from")) pos = next + 4;
      continue;
    }
    if (in(word, words::list_role_words) && text::is_ascii_lower(word[0])) {
      pos += word.size();
      continue;
    }
    std::size_t used = grammar::match_name_list(text.substr(pos), listed);
    if (used == 0) break;
    std::size_t stop = pos + used;
    bool cut = false;
    for (const auto& n : listed) {
      if (!plausible_person(n.name)) {
        stop = pos + n.begin;
        cut = true;
        break;
      }
      out.push_back(from_listed(n, pos));
    }
    pos = stop;
    if (cut) break;
  }
  return pos;
}

}  // namespace minutes::parser
