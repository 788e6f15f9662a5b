// Decision language (see decisions.hpp). The verb lists are keyword families.
#include "parser/extract/decisions.hpp"

#include <array>

#include "parser/keywords.hpp"
#include "parser/text.hpp"

namespace minutes::parser {
namespace {

constexpr std::string_view decision_verbs[] = {
    "resolved", "agreed",    "decided",    "approved",    "adopted",   "accepted",    "endorsed",
    "ratified", "confirmed", "determined", "recommended", "supported", "unanimously", "voted"};

// Adverbs and auxiliaries that may stand between subject and verb.
constexpr std::string_view fillers[] = {"also",        "then", "further", "formally", "therefore",
                                        "unanimously", "duly", "had",     "has"};

constexpr std::string_view plural_bodies[] = {
    "members",   "trustees",      "directors",   "councillors", "governors",
    "attendees", "commissioners", "supervisors", "we",          "all"};

std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && !text::is_space(s[j]) && s[j] != ',') ++j;
  return s.substr(i, j - i);
}

std::size_t next_word(std::string_view s, std::size_t i) {
  while (i < s.size() && !text::is_space(s[i])) ++i;
  while (i < s.size() && text::is_space(s[i])) ++i;
  return i;
}

bool one_of(std::string_view w, const auto& table) {
  for (auto t : table)
    if (text::iequals(w, t)) return true;
  return false;
}

}  // namespace

std::size_t body_subject(std::string_view s) {
  std::string_view w = word_at(s, 0);
  if (one_of(w, plural_bodies)) return w.size();
  if (!text::iequals(w, "the")) return 0;
  // "The [Capitalised …] Board"
  std::size_t i = next_word(s, 0);
  for (int n = 0; n < 5 && i < s.size(); ++n) {
    std::string_view word = word_at(s, i);
    if (keywords::is_body_word(word) || one_of(word, plural_bodies)) return i + word.size();
    if (word.empty() ||
        !(text::is_ascii_upper(word[0]) || static_cast<unsigned char>(word[0]) >= 0x80))
      return 0;
    i = next_word(s, i);
  }
  return 0;
}

bool decision_predicate(std::string_view s, bool& noting) {
  noting = false;
  std::size_t i = 0;
  while (i < s.size() && text::is_space(s[i])) ++i;
  while (i < s.size() && one_of(word_at(s, i), fillers)) i = next_word(s, i);
  std::string_view verb = word_at(s, i);
  if (text::iequals(verb, "noted") || text::iequals(verb, "received")) {
    std::string_view rest = word_at(s, next_word(s, i));
    // "noted that …" reports a remark; "noted the report" records a decision.
    if (text::iequals(rest, "that") || text::iequals(rest, "with") || text::iequals(rest, "how") ||
        text::iequals(rest, "concerns"))
      return false;
    noting = true;
    return true;
  }
  if (text::iequals(verb, "were") || text::iequals(verb, "was")) {
    std::string_view next = word_at(s, next_word(s, i));
    return text::iequals(next, "in") && text::has_word(s.substr(0, 40), "agreement");
  }
  if (!one_of(verb, decision_verbs)) return false;
  std::string_view rest = word_at(s, next_word(s, i));
  // "agreed with the speaker" is an opinion; "approved at its meeting on …" another meeting.
  return !(text::iequals(rest, "with") || text::iequals(rest, "at"));
}

bool records_decision(std::string_view s, bool& noting) {
  noting = false;
  // "(After discussion,) it was (unanimously) agreed / resolved / decided that …"
  constexpr std::size_t lead_in_max = 40;
  if (std::size_t at = text::find_word(s, "it was");
      at != std::string_view::npos && at <= lead_in_max) {
    std::size_t i = next_word(s, next_word(s, at));
    if (text::iequals(word_at(s, i), "unanimously") || text::iequals(word_at(s, i), "therefore") ||
        text::iequals(word_at(s, i), "also"))
      i = next_word(s, i);
    std::string_view verb = word_at(s, i);
    return text::iequals(verb, "agreed") || text::iequals(verb, "resolved") ||
           text::iequals(verb, "decided") || text::iequals(verb, "approved");
  }
  if (std::size_t n = body_subject(s)) return decision_predicate(s.substr(n), noting);
  // "The report was noted", "The minutes were approved"
  std::size_t was = text::find_word(s, "was");
  std::size_t were = text::find_word(s, "were");
  std::size_t at = std::min(was, were);
  if (at == std::string_view::npos || at > 60 || !text::starts_with_word(s, "the")) return false;
  std::size_t i = next_word(s, at);
  if (text::iequals(word_at(s, i), "duly") || text::iequals(word_at(s, i), "unanimously"))
    i = next_word(s, i);
  std::string_view verb = text::trim(word_at(s, i), ".");
  if (text::iequals(verb, "noted") || text::iequals(verb, "received")) {
    noting = true;
    return true;
  }
  return text::iequals(verb, "approved") || text::iequals(verb, "adopted") ||
         text::iequals(verb, "accepted") || text::iequals(verb, "agreed") ||
         text::iequals(verb, "endorsed") || text::iequals(verb, "ratified");
}

}  // namespace minutes::parser
