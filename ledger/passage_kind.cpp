// What a later passage says about an action (see passage_kind.hpp).
#include "ledger/passage_kind.hpp"

#include <vector>

#include "parser/words/followup_words.hpp"

namespace minutes::ledger {
namespace {

namespace text = parser::text;

// The past tense and participle of `verb`: irregular ones from the table, else -ed ("obtain"
// → "obtained", "circulate" → "circulated", "tidy" → "tidied", "plan" → "planned").
std::vector<std::string> past_forms(const std::string& verb) {
  for (const auto& v : parser::words::irregular_verbs)
    if (v.base == verb) return {std::string(v.past), std::string(v.participle)};
  if (verb.size() < 2) return {};
  if (verb.back() == 'e') return {verb + "d"};
  char before = verb[verb.size() - 2];
  bool vowel_before = std::string_view("aeiou").find(before) != std::string_view::npos;
  if (verb.back() == 'y' && !vowel_before) return {verb.substr(0, verb.size() - 1) + "ied"};
  return {verb + "ed", verb + verb.back() + "ed"};
}

// The verbs of an action: its first word and each first word after "and" ("order the trees
// and arrange …"), and the participles it holds ("… for them to be planted").
std::vector<std::string> verbs_of(std::string_view action) {
  std::vector<std::string> verbs;
  bool next_is_verb = true;
  each_word(action, [&](std::string_view word) {
    std::string w = text::to_lower(word);
    if (next_is_verb) {
      for (auto& form : past_forms(w)) verbs.push_back(std::move(form));
    } else if (w.size() > 4 && w.ends_with("ed")) {
      verbs.push_back(w);
    }
    next_is_verb = w == "and";
  });
  return verbs;
}

// A negation among the three words before `at`: "not published", "hasn't been published",
// "has still not been published", "never sent".
bool negated(std::string_view s, std::size_t at) {
  constexpr int window = 3;
  std::size_t end = at;
  for (int n = 0; n < window; ++n) {
    while (end > 0 && !text::is_word_char(s[end - 1]) && s[end - 1] != '\'') --end;
    std::size_t begin = end;
    while (begin > 0 && (text::is_word_char(s[begin - 1]) || s[begin - 1] == '\'')) --begin;
    if (begin == end) break;
    std::string_view w = s.substr(begin, end - begin);
    if (text::iequals(w, "not") || text::iequals(w, "never") || text::iequals(w, "no") ||
        w.ends_with("n't") || w.ends_with("n\xE2\x80\x99t"))
      return true;
    end = begin;
  }
  return false;
}

// "the Clerk wrote to the District Council" for "write to the District Council": one of the
// action's verbs in the past, not negated.
bool reports_own_verb(std::string_view s, std::string_view action) {
  for (const auto& form : verbs_of(action)) {
    for (std::size_t at = text::find_word(s, form); at != std::string_view::npos;
         at = text::find_word(s, form, at + 1))
      if (!negated(s, at)) return true;
  }
  return false;
}

// "had cleared", "were put up", "has written": an auxiliary and a participle.
bool perfect_or_passive(std::string_view s) {
  for (std::string_view aux : parser::words::followup_perfect) {
    for (std::size_t at = text::find_word(s, aux); at != std::string_view::npos;
         at = text::find_word(s, aux, at + 1)) {
      std::size_t begin = at + aux.size() + 1;
      if (begin >= s.size()) break;
      std::size_t end = begin;
      while (end < s.size() && text::is_word_char(s[end])) ++end;
      std::string word = text::to_lower(s.substr(begin, end - begin));
      if (mentions(word, parser::words::followup_saying)) continue;
      if (word.size() > 3 && word.ends_with("ed")) return true;
      for (const auto& v : parser::words::irregular_verbs)
        if (word == v.participle) return true;
    }
  }
  return false;
}

}  // namespace

// A participle with its agent, the auxiliary left out as notes do: "– circulated by Mrs
// Penrose on 8 March", "installed by the contractor".
bool agentive_passive(std::string_view s) {
  for (std::size_t at = text::find_word(s, "by"); at != std::string_view::npos;
       at = text::find_word(s, "by", at + 1)) {
    std::size_t end = at;
    while (end > 0 && text::is_space(s[end - 1])) --end;
    std::size_t begin = end;
    while (begin > 0 && text::is_word_char(s[begin - 1])) --begin;
    std::string word = text::to_lower(s.substr(begin, end - begin));
    if (word.empty() || mentions(word, parser::words::followup_saying)) continue;
    bool participle = word.size() > 3 && word.ends_with("ed");
    for (const auto& v : parser::words::irregular_verbs)
      participle = participle || word == v.participle;
    std::size_t agent = at + 2;
    while (agent < s.size() && text::is_space(s[agent])) ++agent;
    if (participle && agent < s.size() &&
        (text::is_ascii_upper(s[agent]) || text::starts_with_word(s.substr(agent), "the")))
      return true;
  }
  return false;
}

// "report on the costs …", "present options …": work that a report given completes.
bool reporting_task(std::string_view action) {
  std::string_view first = action.substr(0, action.find(' '));
  return mentions(first, parser::words::reporting_tasks);
}

// What a later passage says about the action: dropped, done, reported (progress), or
// mentioned (named with nothing new, which changes nothing).
std::string kind_of(std::string_view s, std::string_view action) {
  if (mentions(s, parser::words::followup_dropped)) return "dropped";
  if (mentions(s, parser::words::followup_no_news)) return "mentioned";
  // A reporting task's verb is a verb of saying: "reported that the costs are still awaited"
  // is progress, so what is pending is asked first.
  bool reporting = reporting_task(action);
  if (!reporting && reports_own_verb(s, action)) return "done";
  if (mentions(s, parser::words::followup_pending)) return "reported";
  if (reporting && (reports_own_verb(s, action) || mentions(s, parser::words::report_given)))
    return "done";
  if (perfect_or_passive(s) || agentive_passive(s) || mentions(s, parser::words::followup_done))
    return "done";
  return "reported";
}

// An action-log row speaks in its last column: "Complete", "Open", "Closed – not required".
std::string kind_of_row(std::string_view row, std::string_view action) {
  std::string_view status = text::trim(row.substr(row.rfind('\t') + 1));
  if (text::find_word(status, "open") != std::string_view::npos ||
      text::find_word(status, "new") != std::string_view::npos)
    return mentions(status, parser::words::followup_pending) ? "reported" : "mentioned";
  return kind_of(status, action);
}

}  // namespace minutes::ledger
