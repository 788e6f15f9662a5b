// Line shapes (see line_shape.hpp). Each test looks at one line only.
#include "parser/layout/line_shape.hpp"

#include <algorithm>

#include "parser/grammar/honorific.hpp"
#include "parser/text.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser {
namespace {
// A heading longer than this is a sentence that happens to lack a full stop.
constexpr std::size_t heading_max_words = 18;
constexpr std::size_t heading_max_bytes = 140;
// A title that a number announces on the line above can be a whole objective statement.
constexpr std::size_t title_max_words = 35;
}  // namespace

bool is_markup_line(std::string_view line) {
  if (line.size() < 3 || line.front() != '<' || line.back() != '>') return false;
  std::size_t i = 1;
  if (line[i] == '/') ++i;
  if (i >= line.size() - 1 || !text::is_letter(line[i])) return false;
  for (++i; i < line.size() - 1; ++i)
    if (!text::is_word_char(line[i])) return false;
  return true;
}

bool is_page_furniture(std::string_view line) {
  std::string_view s = text::trim(line);
  // Every shape below ends in its page number or in "-": most lines are out at one byte.
  if (s.empty() || !(text::is_digit(s.back()) || s.back() == '-')) return false;
  // A running header or footer ending in the page number: "Town of X - Minutes <gap> Page 1
  // of 3", "Planning Committee 12.09.2024 Page 3 of 14".
  constexpr std::size_t running_title_max_words = 14;
  if (std::size_t page = text::find_word(s, "page");
      page != std::string_view::npos && page > 0 &&
      text::word_count(s) <= running_title_max_words && is_page_furniture(s.substr(page)))
    return true;
  auto digits = [](std::string_view d) {
    if (d.empty() || d.size() > 4) return false;
    for (char c : d)
      if (!text::is_digit(c)) return false;
    return true;
  };
  if (text::starts_with_word(s, "page")) {
    std::string_view rest = text::trim(s.substr(4));
    std::size_t sp = rest.find(' ');
    if (sp == std::string_view::npos) return digits(rest);
    std::string_view tail = text::trim(rest.substr(sp));
    return digits(rest.substr(0, sp)) && text::starts_with_word(tail, "of") &&
           digits(text::trim(tail.substr(2)));
  }
  if (s.size() >= 3 && s.front() == '-' && s.back() == '-')
    return digits(text::trim(s.substr(1, s.size() - 2)));
  return false;
}

bool is_rule_line(std::string_view line) {
  std::string_view s = text::trim(line);
  if (s.size() < 3) return false;
  char c = s[0];
  if (c != '-' && c != '=' && c != '_' && c != '*' && c != '~') return false;
  for (char d : s)
    if (d != c && d != ' ') return false;
  return true;
}

int markdown_heading_level(std::string_view line, std::size_t& title_offset) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == '#') ++n;
  if (n == 0 || n > 6 || n >= line.size() || line[n] != ' ') return 0;
  title_offset = n + 1;
  return static_cast<int>(n);
}

bool is_pipe_row(std::string_view line) {
  return line.size() >= 2 && line.front() == '|' && line.find('|', 1) != std::string_view::npos;
}

bool is_pipe_rule(std::string_view line) {
  if (!is_pipe_row(line)) return false;
  for (char c : line)
    if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') return false;
  return true;
}

bool ends_sentence(std::string_view line) {
  std::string_view s = text::trim(line, "\"')");
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == '!' || c == ';' || c == ',';
}

bool opens_with_titled_subject(std::string_view s) {
  auto title = grammar::match_honorific(s);
  if (!title) return false;
  std::size_t i = title->length;
  while (i < s.size() && text::is_ascii_upper(s[i])) {  // the name's words
    while (i < s.size() && !text::is_space(s[i])) ++i;
    while (i < s.size() && text::is_space(s[i])) ++i;
  }
  return i > title->length && i < s.size() && text::is_ascii_lower(s[i]);
}

bool heading_like(std::string_view line) {
  std::string_view s = text::trim(line);
  if (s.empty() || s.size() > heading_max_bytes) return false;
  if (text::word_count(s) > heading_max_words) return false;
  if (ends_sentence(s) || s.back() == ':' || opens_with_titled_subject(s)) return false;
  char first = s.front();
  return text::is_ascii_upper(first) || text::is_digit(first) ||
         static_cast<unsigned char>(first) >= 0x80 || first == '"' || first == '\'';
}

}  // namespace minutes::parser

namespace minutes::parser {

namespace {

// "Council Discussion on Cold Weather Events": every word capitalised but the small ones.
bool in_title_case(std::string_view s) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = std::min(s.find(' ', i), s.size());
    std::string_view w = s.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    ++words;
    if (text::is_ascii_upper(w[0]) || text::is_digit(w[0])) continue;
    bool small =
        std::any_of(std::begin(words::title_small_words), std::end(words::title_small_words),
                    [&](std::string_view x) { return w == x; });
    if (!small) return false;
  }
  return words > 0;
}

// "3. Council Discussion on Cold Weather Events. Moved by Rosenblatt to …": a title in title
// case ending at a full stop, then sentences of text.
std::optional<title_and_text> title_then_sentence(std::string_view t) {
  constexpr std::size_t title_min_words = 3, title_max_words = 20;
  std::size_t at = t.find(". ");
  if (at == std::string_view::npos || at == 0) return std::nullopt;
  std::string_view head = t.substr(0, at), rest = text::trim(t.substr(at + 2));
  std::size_t n = text::word_count(head);
  if (n < title_min_words || n > title_max_words || !in_title_case(head)) return std::nullopt;
  constexpr std::size_t running_min_words = 6;
  bool running =
      ends_sentence(rest) || rest.back() == ':' || text::word_count(rest) >= running_min_words;
  if (rest.empty() || !text::is_ascii_upper(rest[0]) || !running ||
      in_title_case(text::trim(rest, " .:")))
    return std::nullopt;
  return title_and_text{at, at + 2, true};
}

}  // namespace

std::optional<title_and_text> split_title_from_text(std::string_view t) {
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", ": "}) {
    std::size_t at = t.find(dash);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view head = t.substr(0, at), rest = t.substr(at + dash.size());
    std::size_t lower = 0;
    for (std::size_t i = 0; i < rest.size(); ++i)
      if ((i == 0 || rest[i - 1] == ' ') && text::is_ascii_lower(rest[i])) ++lower;
    constexpr std::size_t title_max_words = 8;
    constexpr std::size_t running_min_words = 6;
    std::string_view bare = text::trim(rest, " .");
    bool nothing = text::iequals(bare, "none") || text::iequals(bare, "nil") ||
                   text::iequals(bare, "n/a") || text::iequals(bare, "no report");
    // "ROLL CALL: Present: Tarbet, …": a run-in title in capitals before ordinary text.
    bool run_in = dash == ": " && text::all_caps(head) && !text::all_caps(rest);
    bool certain = text::trim(rest).ends_with('.') || text::trim(rest).ends_with('!') ||
                   opens_with_titled_subject(rest) || nothing || run_in;
    bool running = certain || ends_sentence(rest) ||
                   (lower >= 2 && text::word_count(rest) >= running_min_words);
    if (text::word_count(head) <= title_max_words && running)
      return title_and_text{at, at + dash.size(), certain};
  }
  return title_then_sentence(t);
}

bool title_like(std::string_view line) {
  std::string_view s = text::trim(line);
  if (s.find('\t') != std::string_view::npos) return false;  // a table row, not a title
  if (s.empty() || text::word_count(s) > title_max_words || ends_sentence(s)) return false;
  char first = s.front();
  return text::is_ascii_upper(first) || text::is_digit(first) ||
         static_cast<unsigned char>(first) >= 0x80 || first == '"' || first == '\'';
}
}  // namespace minutes::parser
