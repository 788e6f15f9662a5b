// Block building (layout stage): groups lines into headings, paragraphs, bullets and tables.
// A line starts a new block when its shape says so (a bullet, a clause label, a label, a
// heading, a table row); otherwise it continues the paragraph above it when that paragraph
// was hard-wrapped or the line carries on a sentence.
// The block a line opens is read in blocks_openers.cpp, a Markdown file's front matter in
// blocks_front_matter.cpp (blocks_internal.hpp declares them).
#include <algorithm>

#include "parser/grammar/agenda_number.hpp"
#include "parser/grammar/clause_label.hpp"
#include "parser/grammar/honorific.hpp"
#include "parser/layout/blocks_internal.hpp"
#include "parser/layout/layout.hpp"
#include "parser/layout/line_shape.hpp"
#include "parser/text.hpp"
#include "parser/words/text_words.hpp"

namespace minutes::parser {
namespace {

// ---- Wrapping ---------------------------------------------------------------------------

// Wrap widths are estimated from line lengths: allow this much error in the estimate.
constexpr std::size_t wrap_slack = 3;
// Hard-wrapped documents put a quarter or more of their lines near one width.
struct wrap_profile {
  bool wrapped = false;
  std::size_t width = 0;
};

wrap_profile measure_wrapping(const source_text& src) {
  std::vector<std::size_t> lengths;
  for (std::size_t i = 0; i < src.lines.size(); ++i)
    if (!src.blank(i)) lengths.push_back(src.line(i).size() + src.lines[i].indent);
  if (lengths.size() < 8) return {};
  auto p90 = lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() * 9 / 10);
  std::nth_element(lengths.begin(), p90, lengths.end());
  std::size_t width = *p90;
  if (width < 40 || width > 140) return {};
  std::size_t near = std::count_if(lengths.begin(), lengths.end(), [&](std::size_t n) {
    return n + 20 >= width && n <= width + 10;
  });
  if (near * 4 < lengths.size()) return {};
  return {true, width};
}

// ---- Builder ----------------------------------------------------------------------------

// One gap and at most three words after it.
bool one_gap_with_note(std::string_view s) {
  constexpr std::size_t note_max_words = 3;
  std::size_t gap = s.find('\t');
  return gap != std::string_view::npos && s.find('\t', gap + 1) == std::string_view::npos &&
         text::word_count(s.substr(gap + 1)) <= note_max_words;
}

bool starts_lowercase(std::string_view s) {
  return !s.empty() && text::is_ascii_lower(s[0]);
}

class block_builder {
 public:
  block_builder(const source_text& src, std::vector<std::size_t>& markup, std::size_t first)
      : src_(src), markup_(markup), wrap_(measure_wrapping(src)), first_(first) {}

  // Builds the blocks of the lines from `first` on, after the blocks already in `blocks`.
  std::vector<layout_block> run(std::vector<layout_block> blocks) {
    blocks_ = std::move(blocks);
    const std::size_t n = src_.lines.size();
    for (std::size_t i = first_; i < n; ++i) {
      if (!blocks_.empty() && i <= blocks_.back().last_line && blocks_.back().first_line <= i)
        continue;  // taken already: the title line under a number standing alone
      if (src_.blank(i)) {
        if (!bridges_page_break(i)) close();
        continue;
      }
      std::string_view s = src_.line(i);
      if (is_markup_line(s) || is_page_furniture(s) || is_pipe_rule(s) || is_rule_line(s) ||
          dashed_page_number(i)) {
        markup_.push_back(i);
        continue;
      }
      shaped_line shape = shape_of_line(src_, i);
      if (open_ && under_bullet(i, shape)) {
        append(i);
        continue;
      }
      if (open_ && shape.kind == opener::none && continues(i)) {
        append(i);
        continue;
      }
      // "… closes on" / "19th April 2024. <gap> GF": the end of a sentence with its owner note.
      if (open_ && shape.kind == opener::row && one_gap_with_note(s) && continues(i)) {
        append(i);
        continue;
      }
      if (open_ && shape.kind == opener::row && blocks_.back().kind == model::block_kind::table &&
          last_ + 1 == i) {
        append_row(i);
        continue;
      }
      if (open_ && shape.kind == opener::pipe_row &&
          blocks_.back().kind == model::block_kind::table) {
        append_row(i);
        continue;
      }
      close();
      if (shape.kind != opener::bullet) stack_.clear();
      start(i, shape);
    }
    close();
    mark_standalone();
    return std::move(blocks_);
  }

 private:
  // "- PL/00219" over "  Single Storey Side Extension" and "  NO OBJECTIONS": lines right
  // under a list entry, indented past its bullet, are more of the entry.
  bool under_bullet(std::size_t i, const shaped_line& shape) const {
    const layout_block& b = blocks_.back();
    if (b.kind != model::block_kind::bullet || i != last_ + 1) return false;
    // Markup renders a list item's own lines indented under it; text, Word and PDF indent
    // separate paragraphs by habit.
    if (src_.format != "html" && src_.format != "markdown") return false;
    if (shape.kind != opener::none && shape.kind != opener::heading) return false;
    if (shape.kind == opener::heading && !shape.number.empty()) return false;
    if (is_markdown_heading(src_.line(i))) return false;
    return src_.lines[i].indent > src_.lines[b.first_line].indent;
  }

  static bool is_markdown_heading(std::string_view s) {
    std::size_t offset = 0;
    return markdown_heading_level(s, offset) > 0;
  }

  bool continues(std::size_t i) const {
    const layout_block& b = blocks_.back();
    if (b.kind != model::block_kind::paragraph && b.kind != model::block_kind::bullet) return false;
    // Only markup or page furniture (with blank lines around it) may stand between the two
    // halves of a paragraph.
    bool furniture = false;
    for (std::size_t k = last_ + 1; k < i; ++k) {
      bool markup = std::find(markup_.begin(), markup_.end(), k) != markup_.end();
      if (!src_.blank(k) && !markup) return false;
      furniture = furniture || markup;
    }
    if (i > last_ + 1 && !furniture) return false;
    if (furniture && starts_lowercase(src_.line(i))) return true;
    std::string_view prev = src_.line(last_);
    std::string_view s = src_.line(i);
    if (starts_lowercase(s)) return true;
    // A list or clause broken after a comma or a joining word goes on: "…, Y Pearmain," / "D
    // Quince (substitute), H Sandhu".
    std::string_view tail = text::trim(prev);
    if (!tail.empty() && tail.back() == ',') return true;
    // A line that ends with an honorific ("Clerk: Mrs") goes on with the name.
    std::size_t last_space = tail.rfind(' ');
    std::string_view last_word =
        last_space == std::string_view::npos ? tail : tail.substr(last_space + 1);
    std::string probe = std::string(last_word) + " Name";  // an honorific wants a name after it
    if (auto h = grammar::match_honorific(probe); h && h->length > last_word.size()) return true;
    for (auto j : words::line_end_joiners)
      if (tail.ends_with(j)) return true;
    // Word wrapping moved the next word down only when it did not fit on the line above.
    std::size_t first_word = s.find(' ');
    if (first_word == std::string_view::npos) first_word = s.size();
    return wrap_.wrapped &&
           prev.size() + src_.lines[last_].indent + 1 + first_word + wrap_slack > wrap_.width;
  }

  void start(std::size_t i, const shaped_line& shape) {
    layout_block b;
    b.first_line = b.last_line = i;
    std::string_view s = src_.line(i);
    switch (shape.kind) {
      case opener::bullet:
        b.kind = model::block_kind::bullet;
        b.level = bullet_level(i);
        break;
      case opener::heading:
        b.kind = model::block_kind::heading;
        b.level = shape.level;
        b.number = std::string(shape.number);
        if (shape.title_end) s = s.substr(0, shape.title_end);
        s = text::trim(s.substr(shape.skip), "#");
        break;
      case opener::number_only:
        if (std::size_t t = next_content_line(i);
            t != npos && title_like(src_.line(t)) &&
            shape_of_line(src_, t).kind != opener::number_only) {
          b.kind = model::block_kind::heading;
          b.level = 1;
          b.number = std::string(shape.number);
          b.last_line = t;
          for (std::size_t k = i + 1; k < t; ++k)
            if (!src_.blank(k)) markup_.push_back(k);
          s = src_.line(t);
        }
        break;
      case opener::row:
      case opener::pipe_row:
        b.kind = model::block_kind::table;
        break;
      default:
        break;
    }
    b.text = std::string(s);  // column gaps stay tabs: rosters and owner columns read them
    if (shape.kind == opener::pipe_row) b.text = pipe_cells(s);
    blocks_.push_back(std::move(b));
    last_ = blocks_.back().last_line;
    open_ = blocks_.back().kind != model::block_kind::heading;
    annotate(blocks_.back());
    if (shape.text_begin) {
      layout_block text_after;
      text_after.first_line = text_after.last_line = i;
      text_after.text = std::string(src_.line(i).substr(shape.text_begin));
      blocks_.push_back(std::move(text_after));
      open_ = true;
      annotate(blocks_.back());
    }
  }

  void append(std::size_t i) {
    layout_block& b = blocks_.back();
    std::string_view s = src_.line(i);
    if (!b.text.empty() && b.text.back() != '-') b.text.push_back(' ');
    b.joined.push_back({static_cast<std::uint32_t>(b.text.size()), static_cast<std::uint32_t>(i)});
    b.text.append(s);
    b.last_line = last_ = i;
  }

  void append_row(std::size_t i) {
    layout_block& b = blocks_.back();
    std::string_view s = src_.line(i);
    b.text.push_back('\n');
    b.joined.push_back({static_cast<std::uint32_t>(b.text.size()), static_cast<std::uint32_t>(i)});
    b.text += is_pipe_row(s) ? pipe_cells(s) : std::string(s);
    b.last_line = last_ = i;
  }

  static std::string pipe_cells(std::string_view s) {
    std::string out;
    s = text::trim(s, "|");
    std::size_t start = 0;
    while (start <= s.size()) {
      std::size_t bar = s.find('|', start);
      std::string_view cell = text::trim(s.substr(start, bar == npos ? npos : bar - start));
      if (!out.empty() || start > 0) out.push_back('\t');
      out += cell;
      if (bar == npos) break;
      start = bar + 1;
    }
    return out;
  }

  void close() { open_ = false; }

  // Labels and clause labels of the block's first line.
  // A paragraph may open with a clause label ("(ii)") or a paragraph number ("21.2"), and
  // then with a label ("RECOMMENDED that …").
  static void annotate(layout_block& b) {
    if (b.kind == model::block_kind::table) return;
    if (auto clause = grammar::match_clause_label(b.text)) {
      b.clause = std::string(clause->label);
      b.clause_length = clause->length;
    } else if (auto number = grammar::match_agenda_number(b.text);
               number && b.kind != model::block_kind::heading && number->length < b.text.size()) {
      b.clause = std::string(number->number);
      b.clause_length = number->length;
      b.numbered_paragraph = true;
    }
    std::string_view rest = std::string_view(b.text).substr(b.clause_length);
    if (auto label = keywords::match_label(rest)) {
      b.label = label->role;
      b.label_length = b.clause_length + label->length;
    }
  }

  // Nesting follows indentation and, in Word exports where every level has the same
  // indentation, the glyph: "·" then "Ø" then "▪".
  int bullet_level(std::size_t i) {
    const line_info& l = src_.lines[i];
    while (!stack_.empty() && stack_.back().indent > l.indent) stack_.pop_back();
    for (std::size_t k = 0; k < stack_.size(); ++k) {
      if (stack_[k].indent == l.indent && stack_[k].glyph == l.bullet) {
        stack_.resize(k + 1);
        return static_cast<int>(k);
      }
    }
    stack_.push_back({l.indent, l.bullet});
    return static_cast<int>(stack_.size()) - 1;
  }

  // A page break inside a paragraph: blank lines and a running header or footer, then the
  // paragraph going on in lowercase ("… Coyle that the officer / Page 3 of 14 /
  // recommendation be approved").
  bool bridges_page_break(std::size_t i) const {
    const std::size_t n = src_.lines.size();
    bool furniture = false;
    // Furniture already passed: the blank lines after a running footer.
    for (std::size_t k = i; k > 0; --k) {
      if (src_.blank(k - 1)) continue;
      furniture = std::find(markup_.begin(), markup_.end(), k - 1) != markup_.end();
      break;
    }
    for (std::size_t k = i; k < n; ++k) {
      if (src_.blank(k)) continue;
      std::string_view s = src_.line(k);
      if (is_page_furniture(s) || is_markup_line(s) || dashed_page_number(k)) {
        furniture = true;
        continue;
      }
      return furniture && starts_lowercase(s);
    }
    return false;
  }

  // "- 3 -": a page number between dashes (ingest read the first dash as a bullet).
  bool dashed_page_number(std::size_t i) const {
    if (src_.lines[i].bullet != bullet_glyph::dash) return false;
    std::string_view s = src_.line(i);
    if (s.size() < 3 || s.back() != '-') return false;
    std::string_view number = text::trim(s.substr(0, s.size() - 1));
    return !number.empty() && number.size() <= 4 &&
           std::all_of(number.begin(), number.end(), [](char c) { return text::is_digit(c); });
  }

  std::size_t next_content_line(std::size_t i) const {
    for (std::size_t k = i + 1; k < src_.lines.size(); ++k) {
      if (src_.blank(k) || is_markup_line(src_.line(k))) continue;
      return k;
    }
    return npos;
  }

  // Single short lines with blank lines around them read as headings to a person.
  void mark_standalone() {
    for (auto& b : blocks_) {
      if (b.first_line != b.last_line || b.kind != model::block_kind::paragraph) continue;
      if (b.label || !b.clause.empty() || !heading_like(b.text)) continue;
      std::size_t i = b.first_line;
      bool before = i == 0 || src_.blank(i - 1) || is_markup_line(src_.line(i - 1));
      bool after = i + 1 >= src_.lines.size() || src_.blank(i + 1) ||
                   src_.lines[i + 1].bullet != bullet_glyph::none ||
                   is_markup_line(src_.line(i + 1));
      b.standalone = before && after;
    }
  }

  struct list_level {
    std::uint16_t indent;
    bullet_glyph glyph;
  };
  static constexpr std::size_t npos = std::string_view::npos;

  const source_text& src_;
  std::vector<std::size_t>& markup_;
  wrap_profile wrap_;
  std::vector<layout_block> blocks_;
  std::vector<list_level> stack_;
  std::size_t first_ = 0;
  std::size_t last_ = 0;
  bool open_ = false;
};

}  // namespace

void build_blocks(const source_text& src, layout& out) {
  std::size_t first = read_front_matter(src, out);
  out.blocks = block_builder(src, out.markup_lines, first).run(std::move(out.blocks));
}

}  // namespace minutes::parser
