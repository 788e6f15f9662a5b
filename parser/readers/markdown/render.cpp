// Markdown rendering (see render.hpp). md4c calls back for each block, span and run of
// text; the renderer keeps the nesting it needs (quotes, lists, tables, bold runs) and hands
// text to the line writer with its place in the source: md4c's text pointers point into the
// document, so each piece of text knows its source line.
#include "parser/readers/markdown/render.hpp"
#include "parser/text.hpp"

#include <libxml/HTMLparser.h>
#include <md4c.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parser/readers/html/render.hpp"

namespace minutes::parser::markdown {
namespace {

using markup::line_writer;
using markup::source_lines;

// ---- Helpers ----------------------------------------------------------------------------

// The text of a character reference ("&amp;", "&#8217;", "&#x2019;"), or the reference as
// written when it names nothing.
std::string decode_entity(std::string_view ref) {
  std::string out;
  if (ref.size() < 3 || ref.front() != '&' || ref.back() != ';') return std::string(ref);
  std::string_view body = ref.substr(1, ref.size() - 2);
  if (body.front() == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    char32_t cp = 0;
    for (char c : body.substr(hex ? 2 : 1)) {
      int digit = c >= '0' && c <= '9'          ? c - '0'
                  : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                : -1;
      if (digit < 0) return std::string(ref);
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      if (cp > 0x10FFFF) cp = 0x110000;  // stays out of range however many digits follow
    }
    text::append_utf8(out, cp == 0 ? 0xFFFD : cp);
    return out;
  }
  std::string name(body);
  const htmlEntityDesc* e = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (e == nullptr) return std::string(ref);
  text::append_utf8(out, e->value);
  return out;
}

bool is_br_tag(std::string_view tag) {
  if (tag.size() < 4 || tag[0] != '<' || (tag[1] != 'b' && tag[1] != 'B') ||
      (tag[2] != 'r' && tag[2] != 'R'))
    return false;
  char c = tag[3];
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n';
}

// ---- Rendering --------------------------------------------------------------------------

class md_renderer {
 public:
  md_renderer(const source_lines& src, line_writer& out) : src_(src), out_(out) {}

  // Renders `body`, a part of src_.text().
  bool run(std::string_view body) {
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* self) {
      return static_cast<md_renderer*>(self)->enter_block(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void*, void* self) {
      return static_cast<md_renderer*>(self)->leave_block(t);
    };
    parser.enter_span = [](MD_SPANTYPE t, void*, void* self) {
      return static_cast<md_renderer*>(self)->enter_span(t);
    };
    parser.leave_span = [](MD_SPANTYPE t, void*, void* self) {
      return static_cast<md_renderer*>(self)->leave_span(t);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* self) {
      return static_cast<md_renderer*>(self)->text(t, std::string_view(s, n));
    };
    return md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, this) == 0;
  }

 private:
  int enter_block(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_QUOTE:
        block_break(true);
        ++quote_depth_;
        update_prefix();
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        block_break(list_depth_ == 0);
        ++list_depth_;
        update_prefix();
        if (type == MD_BLOCK_OL) {
          auto* ol = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
          numbers_.push_back({ol->start, ol->mark_delimiter});
        } else {
          numbers_.push_back({0, 0});
        }
        break;
      case MD_BLOCK_LI: {
        out_.end_line();
        // An item of an outer ordered list keeps the number its author typed ("3.
        // Apologies"): there it is the agenda item's number. Nested lists are details: "- ".
        std::string marker = quotes() + indent(list_depth_ - 1);
        if (list_number& n = numbers_.back(); n.delimiter != 0 && list_depth_ == 1)
          marker += std::to_string(n.next++) + n.delimiter + " ";
        else
          marker += "- ";
        auto* li = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        if (li->is_task) marker += li->task_mark == ' ' ? "[ ] " : "[x] ";
        out_.set_marker(marker);
        break;
      }
      case MD_BLOCK_H: {
        block_break(true);
        unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        out_.set_marker(quotes() + std::string(level, '#') + " ");
        break;
      }
      case MD_BLOCK_P:
        // The first paragraph of a list item goes on the item's line.
        if (!out_.marker_pending()) block_break(list_depth_ == 0);
        break;
      case MD_BLOCK_CODE:
      case MD_BLOCK_TABLE:
      case MD_BLOCK_HR:
        block_break(list_depth_ == 0);
        in_code_ = type == MD_BLOCK_CODE;
        in_table_ = type == MD_BLOCK_TABLE;
        break;
      case MD_BLOCK_HTML:
        block_break(list_depth_ == 0);
        in_html_ = true;
        html_.clear();
        break;
      case MD_BLOCK_TR:
        out_.end_line();
        cells_ = 0;
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        if (cells_++ > 0) out_.gap();
        break;
      default:
        break;
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_QUOTE:
        --quote_depth_;
        update_prefix();
        block_break(true);
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        --list_depth_;
        numbers_.pop_back();
        update_prefix();
        block_break(list_depth_ == 0);
        break;
      case MD_BLOCK_LI:
        out_.end_line();
        out_.clear_marker();
        break;
      case MD_BLOCK_H:
        block_break(true);
        out_.clear_marker();
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_CODE:
      case MD_BLOCK_TABLE:
        block_break(list_depth_ == 0);
        in_code_ = in_table_ = false;
        break;
      case MD_BLOCK_HTML:
        in_html_ = false;
        html::render_fragment(html_, html_line_, out_);
        block_break(list_depth_ == 0);
        break;
      case MD_BLOCK_TR:
        out_.end_line();
        break;
      default:
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) ++image_depth_;
    if (type == MD_SPAN_STRONG) strong_marks_.push_back(out_.mark());
    return 0;
  }

  int leave_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) --image_depth_;
    if (type == MD_SPAN_STRONG && !strong_marks_.empty()) {
      // "… circulated. **Moved:** Mei-Lin Zhou": a bold label inside a line starts a field.
      std::size_t mark = strong_marks_.back();
      strong_marks_.pop_back();
      if (!in_table_ && markup::bold_label(out_.text_since(mark))) out_.break_at(mark);
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, std::string_view s) {
    if (image_depth_ > 0) return 0;
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_LATEXMATH:
        put(s, s);
        break;
      case MD_TEXT_NULLCHAR:
        out_.text("\xEF\xBF\xBD");
        break;
      case MD_TEXT_BR:
        line_break();
        break;
      case MD_TEXT_SOFTBR:
        if (!in_table_ && markup::typed_as_own_line(next_line_start()))
          line_break();
        else
          out_.text(" ");
        break;
      case MD_TEXT_ENTITY:
        put(decode_entity(s), s);
        break;
      case MD_TEXT_CODE:
        if (!in_code_) {
          put(s, s);
          break;
        }
        for (std::size_t pos = 0; pos < s.size();) {
          std::size_t nl = s.find('\n', pos);
          if (nl == std::string_view::npos) nl = s.size();
          put(s.substr(pos, nl - pos), s.substr(pos, nl - pos));
          if (nl < s.size()) out_.end_line();
          pos = nl + 1;
        }
        break;
      case MD_TEXT_HTML:
        if (in_html_) {
          if (html_.empty()) html_line_ = position_line(s);
          html_ += s;
        } else if (is_br_tag(s)) {
          line_break();
        }
        break;
    }
    return 0;
  }

  // Appends `shown`, placed where `source` stands in the text (when it is in the text).
  void put(std::string_view shown, std::string_view source) {
    std::string_view all = src_.text();
    if (source.data() >= all.data() && source.data() + source.size() <= all.data() + all.size() &&
        !source.empty()) {
      std::size_t begin = static_cast<std::size_t>(source.data() - all.data());
      last_end_ = begin + source.size();
      out_.text(shown, src_.line_at(begin), src_.line_at(last_end_ - 1));
    } else {
      out_.text(shown);
    }
  }

  std::size_t position_line(std::string_view s) const {
    std::string_view all = src_.text();
    if (s.data() < all.data() || s.data() >= all.data() + all.size())
      return src_.line_at(last_end_);
    return src_.line_at(static_cast<std::size_t>(s.data() - all.data()));
  }

  // The next source line after the text rendered last, without container marks.
  std::string_view next_line_start() const {
    std::string_view all = src_.text();
    std::size_t nl = all.find('\n', last_end_);
    if (nl == std::string_view::npos) return {};
    std::string_view rest = all.substr(nl + 1);
    std::size_t i = 0;
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t' || rest[i] == '>')) ++i;
    std::size_t end = rest.find('\n', i);
    return rest.substr(i, end == std::string_view::npos ? end : end - i);
  }

  void line_break() {
    if (in_table_)
      out_.text(" ");
    else
      out_.end_line();
  }

  void block_break(bool blank) {
    out_.end_line();
    if (blank) out_.separate();
  }

  std::string quotes() const {
    std::string q;
    for (int i = 0; i < quote_depth_ && i < static_cast<int>(markup::max_rendered_depth); ++i)
      q += "> ";
    return q;
  }
  static std::string indent(int levels) {
    return std::string(2 * static_cast<std::size_t>(
                               std::clamp(levels, 0, static_cast<int>(markup::max_rendered_depth))),
                       ' ');
  }
  void update_prefix() { out_.set_prefix(quotes() + indent(list_depth_)); }

  const source_lines& src_;
  line_writer& out_;
  int quote_depth_ = 0, list_depth_ = 0, image_depth_ = 0;
  struct list_number {
    unsigned next;   // the next item's number
    char delimiter;  // '.' or ')' for an ordered list; 0 for a bullet list
  };
  std::vector<list_number> numbers_;
  bool in_code_ = false, in_table_ = false, in_html_ = false;
  int cells_ = 0;
  std::vector<std::size_t> strong_marks_;  // where each open bold run began in the line
  std::string html_;                       // the raw HTML block being read
  std::size_t html_line_ = 0;              // the line it starts on
  std::size_t last_end_ = 0;               // end of the last text placed, in src_.text()
};

}  // namespace

bool render(const source_lines& src, std::string_view body, line_writer& out) {
  return md_renderer(src, out).run(body);
}

}  // namespace minutes::parser::markdown
