// Rendered-line writer (see line_writer.hpp). Whitespace is collapsed as text arrives, so a
// line is built in one pass over its text.
#include "parser/readers/markup/line_writer.hpp"

#include <algorithm>

#include "parser/words/labels.hpp"

namespace minutes::parser::markup {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// True when `s` holds a character other than whitespace or a no-break space.
bool visible(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_ascii_space(s[i])) continue;
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      ++i;
      continue;
    }
    return true;
  }
  return false;
}

// A label is a few words: a longer bold run ending with a colon is emphasis.
constexpr std::size_t label_max_bytes = 40;
constexpr std::size_t label_max_words = 4;

// A speaker in scribe notes ("Yuki: implementers asked …", "@kofi: +1"): a name of a few
// capitalised words (or a handle) and a colon.
bool speaker(std::string_view s) {
  constexpr std::size_t speaker_max_words = 3;
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > label_max_bytes ||
      colon + 1 >= s.size() || s[colon + 1] != ' ')
    return false;
  std::size_t words = 0;
  for (std::size_t i = 0; i < colon;) {
    char c = s[i];
    if (!((c >= 'A' && c <= 'Z') || c == '@' || static_cast<unsigned char>(c) >= 0xC0))
      return false;
    if (++words > speaker_max_words) return false;
    while (i < colon && s[i] != ' ') {
      char d = s[i++];
      if (d == '.' || d == ',' || d == ';' || d == '(' || d == ')') return false;
    }
    while (i < colon && s[i] == ' ') ++i;
  }
  return words > 0;
}

}  // namespace

void line_writer::open() {
  if (open_) return;
  line_ = marker_set_ ? marker_ : prefix_;
  marker_set_ = false;
  content_begin_ = line_.size();
  open_ = true;
  space_pending_ = gap_pending_ = false;
  tabs_pending_ = 0;
  pieces_.clear();
}

void line_writer::text(std::string_view s, std::size_t first_line, std::size_t last_line) {
  if (!visible(s)) {
    text(s);
    return;
  }
  std::size_t offset = mark();
  text(s);
  pieces_.push_back({offset, first_line, last_line});
}

void line_writer::text(std::string_view s) {
  if (!collapse_) {
    if (s.empty()) return;
    open();
    if (gap_pending_ && line_.size() > content_begin_) line_.push_back('\t');
    gap_pending_ = false;
    line_ += s;
    return;
  }
  for (char c : s) {
    if (is_ascii_space(c)) {
      space_pending_ = true;
      tabs_pending_ += c == '\t';
      continue;
    }
    open();
    // Word-saved pages push a right-margin column ("Noted", "Clerk") out with runs of tabs:
    // a column gap, as in a table row, not a space.
    if (tabs_pending_ >= 2) gap_pending_ = true;
    if (line_.size() > content_begin_ && (gap_pending_ || space_pending_))
      line_.push_back(gap_pending_ ? '\t' : ' ');
    gap_pending_ = space_pending_ = false;
    tabs_pending_ = 0;
    line_.push_back(c);
  }
}

void line_writer::gap() {
  if (open_) gap_pending_ = true;
}

void line_writer::end_line() {
  if (!open_) return;
  open_ = false;
  std::string_view content = std::string_view(line_).substr(content_begin_);
  if (!visible(content)) return;
  while (!line_.empty() && is_ascii_space(line_.back())) line_.pop_back();
  rendered_line r;
  r.text = std::move(line_);
  line_.clear();
  if (!pieces_.empty()) {
    std::size_t first = pieces_.front().first, last = pieces_.front().last;
    for (const auto& p : pieces_) {
      first = std::min(first, p.first);
      last = std::max(last, p.last);
    }
    r.byte_begin = src_.original_begin(first);
    r.byte_end = src_.original_end(last);
  } else if (!lines_.empty()) {
    r.byte_begin = r.byte_end = lines_.back().byte_end;
  }
  if (blank_pending_ && !lines_.empty() && !lines_.back().text.empty()) {
    rendered_line blank;
    blank.byte_begin = blank.byte_end = lines_.back().byte_end;
    lines_.push_back(std::move(blank));
  }
  blank_pending_ = false;
  lines_.push_back(std::move(r));
}

std::string_view line_writer::text_since(std::size_t mark) const {
  if (!open_ || mark > line_.size() - content_begin_) return {};
  return std::string_view(line_).substr(content_begin_ + mark);
}

void line_writer::break_at(std::size_t mark) {
  if (!open_ || mark == 0 || mark > line_.size() - content_begin_) return;
  if (!visible(std::string_view(line_).substr(content_begin_, mark))) return;
  std::string tail = line_.substr(content_begin_ + mark);
  line_.resize(content_begin_ + mark);
  // "@mvoss · **Notes:** …": a separator left before the label goes with it.
  while (line_.size() > content_begin_ && is_ascii_space(line_.back())) line_.pop_back();
  for (std::string_view sep :
       {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "|", "-", ";", ","}) {
    if (line_.size() > content_begin_ + sep.size() && std::string_view(line_).ends_with(sep) &&
        is_ascii_space(line_[line_.size() - sep.size() - 1])) {
      line_.resize(line_.size() - sep.size());
      break;
    }
  }
  // Text placed before the mark stays with the head, the rest goes with the tail.
  std::vector<piece> tail_pieces;
  std::erase_if(pieces_, [&](const piece& p) {
    if (p.offset < mark) return false;
    tail_pieces.push_back(p);
    return true;
  });
  const bool space = space_pending_, gap = gap_pending_;
  end_line();
  open();
  std::size_t lead = 0;
  while (lead < tail.size() && is_ascii_space(tail[lead])) ++lead;
  line_ += std::string_view(tail).substr(lead);
  for (auto& p : tail_pieces) p.offset = p.offset >= mark + lead ? p.offset - mark - lead : 0;
  pieces_ = std::move(tail_pieces);
  space_pending_ = space;
  gap_pending_ = gap;
}

std::vector<rendered_line> line_writer::take_lines() {
  end_line();
  return std::move(lines_);
}

bool typed_as_own_line(std::string_view s) {
  static constexpr std::string_view glyphs[] = {
      "\xE2\x80\xA2", "\xC2\xB7",     "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x97\x8F",
      "\xE2\x80\xA3", "\xE2\x88\x99", "\xE2\x96\xA0", "\xE2\x9E\xA2", "\xE2\x96\xBA"};
  for (auto g : glyphs)
    if (s.starts_with(g)) return true;
  // A label with its colon, or in capitals ("RESOLVED that"): "agreed that" at the start of
  // a wrapped line is prose.
  if (auto label = keywords::match_label(s)) {
    std::size_t word = 0;
    while (word < s.size() && (s[word] == '*' || s[word] == '_')) ++word;
    if (label->colon || (word < s.size() && s[word] >= 'A' && s[word] <= 'Z' &&
                         (word + 1 >= s.size() || (s[word + 1] >= 'A' && s[word + 1] <= 'Z'))))
      return true;
  }
  return speaker(s);
}

bool bold_label(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  if (s.size() < 2 || s.size() > label_max_bytes || s.back() != ':') return false;
  std::size_t words = 1;
  for (char c : s) words += c == ' ';
  return words <= label_max_words;
}

}  // namespace minutes::parser::markup
