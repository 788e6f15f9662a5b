// HTML rendering (see render.hpp). The tree is walked without recursion (pages nest deeper
// than any stack allows), each element entered and left once, so the walk is linear in the
// size of the page. Element line numbers come from libxml2; a text node's line is the line
// of the element before it plus the line breaks read since, because libxml2 stamps text
// nodes with the line where it finished reading them.
#include "parser/readers/html/render.hpp"

#include <cstdlib>
#include <vector>

#include "parser/readers/html/elements.hpp"

namespace minutes::parser::html {
namespace {

using markup::line_writer;

// libxml2 keeps line numbers in 16 bits: beyond this a node's line is not known.
constexpr long line_number_limit = 65535;

std::size_t count_newlines(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view content_of(const xmlNode* n) {
  return n->content ? std::string_view(reinterpret_cast<const char*>(n->content)) : "";
}

// Word's "downlevel-revealed" conditional comments (<![if !supportLists]>, <![endif]>)
// reach the tree as text; they are markup, not minutes text.
std::string without_conditionals(std::string_view s) {
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t open = s.find("<![", pos);
    if (open == std::string_view::npos) {
      out += s.substr(pos);
      break;
    }
    std::size_t close = s.find("]>", open);
    out += s.substr(pos, open - pos);
    if (close == std::string_view::npos) break;
    pos = close + 2;
  }
  return out;
}

// No-break spaces as plain spaces: a list label's padding ("1.&nbsp;&nbsp;&nbsp;") is not a
// column gap.
std::string nbsp_as_spaces(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// ---- The walk ---------------------------------------------------------------------------

class renderer {
 public:
  renderer(std::size_t first_line, line_writer& out, bool has_main)
      : base_(first_line), cursor_(first_line), out_(out), has_main_(has_main) {}

  void run(xmlNode* root) {
    xmlNode* n = root;
    while (n != nullptr) {
      bool down = enter(n);
      if (down && n->children != nullptr) {
        n = n->children;
        continue;
      }
      if (down) leave(n);
      while (n != root && n->next == nullptr) {
        n = n->parent;
        leave(n);
      }
      if (n == root) break;
      n = n->next;
    }
  }

 private:
  bool enter(xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      put_text(content_of(n));
      return false;
    }
    if (n->type == XML_COMMENT_NODE) cursor_ += count_newlines(content_of(n));
    if (n->type != XML_ELEMENT_NODE) return false;
    long line = xmlGetLineNo(n);
    if (line > 0 && line < line_number_limit) cursor_ = base_ + static_cast<std::size_t>(line) - 1;
    element_info e = classify(n);
    // Word's <o:p> reaches the tree as a <p> inside the paragraph: it is inline.
    if (e.kind == element_kind::paragraph && paragraph_depth_ > 0) e.kind = element_kind::inline_;
    // A paragraph in a list item is a line of the item, with no blank line around it.
    if (e.kind == element_kind::paragraph && e.level == 0 && list_depth_ > 0) e.level = -1;
    if (!open(n, e)) return false;
    open_.push_back(e);
    return true;
  }

  // Starts element `n` of kind `e`; false when its content is not rendered.
  bool open(xmlNode* n, const element_info& e) {
    switch (e.kind) {
      case element_kind::skip:
        return false;
      case element_kind::chrome:
        if (main_depth_ == 0 && (has_main_ || is_chrome(n))) return false;
        boundary(false);
        return true;
      case element_kind::heading:
        boundary(true);
        if (cell_depth_ == 0) out_.set_marker(quotes() + std::string(e.level, '#') + " ");
        return true;
      case element_kind::paragraph:
        ++paragraph_depth_;
        boundary(e.level == 0);
        // A Word list paragraph (level > 0): a line of a list, indented by its level.
        if (e.level > 0 && cell_depth_ == 0) out_.set_marker(quotes() + indent(e.level - 1));
        return true;
      case element_kind::block:
        boundary(false);
        if (e.content_root) ++main_depth_;
        return true;
      case element_kind::quote:
        boundary(true);
        ++quote_depth_;
        update_prefix();
        return true;
      case element_kind::pre:
        boundary(true);
        if (raw_depth_++ == 0 && cell_depth_ == 0) out_.collapse_whitespace(false);
        return true;
      case element_kind::list:
        boundary(list_depth_ == 0);
        ++list_depth_;
        update_prefix();
        numbers_.push_back(ordered_start(n));
        return true;
      case element_kind::item:
        boundary(false);
        // An item of an outer ordered list keeps its number ("3. Apologies"): there it is
        // the agenda item's number. Nested lists are details of an item: "- ".
        if (cell_depth_ == 0) {
          std::string marker = quotes() + indent(list_depth_ - 1);
          if (list_depth_ == 1 && !numbers_.empty() && numbers_.back() > 0)
            marker += std::to_string(numbers_.back()++) + ". ";
          else
            marker += "- ";
          out_.set_marker(marker);
        }
        return true;
      case element_kind::table:
        layout_tables_.push_back(lays_out_page(n));
        // A table inside a cell lays out the page: its rows are lines of their own.
        if (cell_depth_ > 0)
          out_.end_line();
        else
          boundary(true);
        saved_cells_.push_back(cell_depth_);
        cell_depth_ = 0;
        return true;
      case element_kind::row:
        if (cell_depth_ == 0) out_.end_line();
        if (cell_depth_ == 0 && laying_out()) out_.separate();
        row_cells_.push_back(0);
        return true;
      case element_kind::cell:
        return open_cell(n);
      case element_kind::line_break:
        if (cell_depth_ > 0)
          out_.text(" ");
        else
          out_.end_line();
        return false;
      case element_kind::rule:
        boundary(true);
        return false;
      case element_kind::checkbox:
        if (out_.marker_pending()) out_.extend_marker(e.level > 0 ? "[x] " : "[ ] ");
        return false;
      case element_kind::tab:
        out_.gap();
        return false;
      case element_kind::list_label:
        ++label_depth_;
        return true;
      case element_kind::inline_:
        if (name_is(n, "b") || name_is(n, "strong")) bold_marks_.push_back(out_.mark());
        return true;
    }
    return true;
  }

  void leave(xmlNode* n) {
    if (open_.empty()) return;
    element_info e = open_.back();
    open_.pop_back();
    switch (e.kind) {
      case element_kind::chrome:
      case element_kind::block:
        boundary(false);
        if (e.content_root) --main_depth_;
        break;
      case element_kind::heading:
        boundary(true);
        out_.clear_marker();
        break;
      case element_kind::paragraph:
        --paragraph_depth_;
        boundary(e.level == 0);
        out_.clear_marker();
        break;
      case element_kind::quote:
        --quote_depth_;
        update_prefix();
        boundary(true);
        break;
      case element_kind::pre:
        boundary(true);
        if (--raw_depth_ == 0 && cell_depth_ == 0) out_.collapse_whitespace(true);
        break;
      case element_kind::list:
        --list_depth_;
        if (!numbers_.empty()) numbers_.pop_back();
        update_prefix();
        boundary(list_depth_ == 0);
        break;
      case element_kind::item:
        boundary(false);
        out_.clear_marker();
        break;
      case element_kind::table:
        if (!layout_tables_.empty()) layout_tables_.pop_back();
        cell_depth_ = saved_cells_.empty() ? 0 : saved_cells_.back();
        if (!saved_cells_.empty()) saved_cells_.pop_back();
        if (cell_depth_ > 0)
          out_.end_line();
        else
          boundary(true);
        break;
      case element_kind::row:
        if (!row_cells_.empty()) row_cells_.pop_back();
        join_label_ = false;
        if (cell_depth_ == 0) out_.end_line();
        break;
      case element_kind::cell:
        leave_cell();
        break;
      case element_kind::list_label:
        --label_depth_;
        break;
      case element_kind::inline_:
        if ((name_is(n, "b") || name_is(n, "strong")) && !bold_marks_.empty()) {
          // "… circulated. <b>Moved:</b> Ann": a bold label inside a line starts a field.
          std::size_t mark = bold_marks_.back();
          bold_marks_.pop_back();
          if (cell_depth_ == 0 && markup::bold_label(out_.text_since(mark))) out_.break_at(mark);
        }
        break;
      default:
        break;
    }
  }

  // Places the text of a text node, which begins on line cursor_.
  void put_text(std::string_view s) {
    if (join_label_ && s.find_first_not_of(" \t\r\n") != std::string_view::npos)
      join_label_ = false;
    const std::size_t line = cursor_;
    cursor_ += count_newlines(s);
    if (raw_depth_ > 0 && cell_depth_ == 0) {  // preformatted: its lines are lines
      std::size_t l = line;
      for (std::size_t pos = 0; pos <= s.size(); ++l) {
        std::size_t nl = s.find('\n', pos);
        std::string_view piece = s.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
        if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
        out_.text(piece, l, l);
        if (nl == std::string_view::npos) break;
        out_.end_line();
        pos = nl + 1;
      }
      return;
    }
    std::string cleaned;
    if (s.find("<![") != std::string_view::npos) s = cleaned = without_conditionals(s);
    if (label_depth_ > 0) s = cleaned = nbsp_as_spaces(s);
    // A source line that was typed as a line of its own ("ACTION: …") stays one.
    std::size_t piece_begin = 0, piece_line = line, breaks = 0;
    for (std::size_t nl = s.find('\n'); cell_depth_ == 0 && nl != std::string_view::npos;
         nl = s.find('\n', nl + 1)) {
      ++breaks;
      if (!typed_as_own_line(line + breaks)) continue;
      put_piece(s.substr(piece_begin, nl - piece_begin), piece_line);
      out_.end_line();
      piece_begin = nl + 1;
      piece_line = line + breaks;
    }
    put_piece(s.substr(piece_begin), piece_line);
  }

  // True when source line `line` (0-based), its leading tags aside, was typed as a line of
  // its own (see markup::typed_as_own_line).
  bool typed_as_own_line(std::size_t line) const {
    const markup::source_lines& src = out_.source();
    if (line >= src.line_count()) return false;
    std::string_view t = src.line_text(line);
    for (std::size_t i = 0; i < t.size();) {
      if (is_space(t[i])) {
        ++i;
      } else if (t[i] == '<') {
        std::size_t close = t.find('>', i);
        if (close == std::string_view::npos) return false;
        i = close + 1;
      } else {
        return markup::typed_as_own_line(t.substr(i));
      }
    }
    return false;
  }

  // Places text beginning on source line `line`.
  void put_piece(std::string_view s, std::size_t line) {
    std::size_t first = s.find_first_not_of(" \t\n\r\f");
    if (first == std::string_view::npos) {
      out_.text(s);
      return;
    }
    std::size_t last = s.size();
    while (last > first && is_space(s[last - 1])) --last;
    std::size_t first_line = line + count_newlines(s.substr(0, first));
    std::size_t last_line = first_line + count_newlines(s.substr(first, last - first));
    out_.text(s, first_line, last_line);
  }

  // A table that lays out the page (lays_out_page): its cells are blocks, and a cell that only
  // labels its row ("26.") starts the line of the next cell's first block, a tab between.
  bool laying_out() const { return !layout_tables_.empty() && layout_tables_.back(); }

  bool open_cell(xmlNode* n) {
    bool first = !row_cells_.empty() && row_cells_.back()++ == 0;
    bool inline_cell = !laying_out() || (first && labels_row(n));
    if (!laying_out() && !first) out_.gap();
    if (laying_out() && !inline_cell) boundary(false);
    if (inline_cell) ++cell_depth_;
    inline_cells_.push_back(inline_cell);
    return true;
  }

  void leave_cell() {
    bool inline_cell = inline_cells_.empty() || inline_cells_.back();
    if (!inline_cells_.empty()) inline_cells_.pop_back();
    if (inline_cell && cell_depth_ > 0) --cell_depth_;
    if (!laying_out()) return;
    if (inline_cell) {
      out_.gap();
      join_label_ = true;
    } else {
      boundary(false);
    }
  }

  void boundary(bool blank) {
    if (join_label_) return;  // the row's label waits for the text it labels
    if (cell_depth_ > 0) {
      out_.text(" ");
      return;
    }
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
    int capped = levels < 0 ? 0 : std::min(levels, static_cast<int>(markup::max_rendered_depth));
    return std::string(2 * static_cast<std::size_t>(capped), ' ');
  }
  void update_prefix() { out_.set_prefix(quotes() + indent(list_depth_)); }

  std::size_t base_, cursor_;
  line_writer& out_;
  bool has_main_;
  int main_depth_ = 0, quote_depth_ = 0, list_depth_ = 0, raw_depth_ = 0, label_depth_ = 0;
  // Per open list: the next item's number for an <ol>, 0 for a <ul>.
  std::vector<long> numbers_;

  // The first number of an <ol> (its start attribute, else 1); 0 for other lists.
  static long ordered_start(const xmlNode* n) {
    if (xmlStrcasecmp(n->name, BAD_CAST "ol") != 0) return 0;
    long start = 1;
    if (xmlChar* value = xmlGetProp(n, BAD_CAST "start")) {
      char* end = nullptr;
      long v = std::strtol(reinterpret_cast<const char*>(value), &end, 10);
      if (end && *end == '\0' && v >= 0 && v < 100000) start = v;
      xmlFree(value);
    }
    return start == 0 ? 1 : start;
  }
  int cell_depth_ = 0, paragraph_depth_ = 0;
  std::vector<element_info> open_;       // the elements entered and not yet left, as rendered
  std::vector<int> saved_cells_;         // cell depth outside each open table
  std::vector<int> row_cells_;           // cells seen in each open row
  std::vector<bool> layout_tables_;      // per open table: it lays out the page
  std::vector<bool> inline_cells_;       // per open cell: its text flows on one line
  bool join_label_ = false;              // a row's label cell waits for the next text
  std::vector<std::size_t> bold_marks_;  // where each open bold run began in the line
};

}  // namespace

// ---- Public API -------------------------------------------------------------------------

void render(xmlDoc* doc, std::size_t first_line, line_writer& out) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return;
  bool was_collapsing = out.collapsing();
  out.collapse_whitespace(true);
  renderer(first_line, out, has_main_content(root)).run(root);
  out.end_line();
  out.collapse_whitespace(was_collapsing);
}

}  // namespace minutes::parser::html
