// The document body (see document.hpp). Run content becomes text as Word prints it:
// <w:t> text, <w:tab/> a tab, <w:br/> and <w:cr/> a new line; inserted text (<w:ins>) is
// kept and deleted text (<w:del>, <w:delText>) dropped; fields show their result, not
// their instructions; notes, comments, drawings and hidden runs are not minutes text.
// Unknown wrappers (hyperlinks, smart tags, content controls) are read through.
#include "parser/readers/docx/document.hpp"

#include <pugixml.hpp>

#include "parser/readers/docx/styles.hpp"
#include "parser/readers/docx/xml.hpp"

namespace minutes::parser::docx {
namespace {

// ---- Limits -----------------------------------------------------------------------------

// Nesting deeper than this (tables in tables, wrappers in wrappers) is not a document a
// person wrote; deeper content is skipped with a diagnostic instead of overflowing the stack.
constexpr int max_depth = 100;
// Space above or below a paragraph from this many twips (6 pt) on reads as a gap.
constexpr int gap_twips = 120;

// ---- Helpers ----------------------------------------------------------------------------

// Elements whose content is never printed text of the minutes.
bool skipped(std::string_view name) {
  static constexpr std::string_view names[] = {"pPr",
                                               "rPr",
                                               "del",
                                               "moveFrom",
                                               "delText",
                                               "instrText",
                                               "fldData",
                                               "drawing",
                                               "pict",
                                               "object",
                                               "AlternateContent",
                                               "footnoteReference",
                                               "endnoteReference",
                                               "commentReference",
                                               "annotationRef",
                                               "sectPr",
                                               "tblPr",
                                               "trPr",
                                               "tcPr",
                                               "tblGrid",
                                               "bookmarkStart",
                                               "bookmarkEnd",
                                               "commentRangeStart",
                                               "commentRangeEnd"};
  for (auto n : names)
    if (n == name) return true;
  return false;
}

std::string style_of(const pugi::xml_node& ppr) {
  return attr(child(ppr, "pStyle"), "val").value();
}

// ---- Reader -----------------------------------------------------------------------------

class body_reader {
 public:
  body_reader(const style_sheet& styles, numbering& lists, std::vector<model::diagnostic>& d)
      : styles_(styles), lists_(lists), diagnostics_(d) {}

  std::vector<body_block> run(const pugi::xml_node& body) {
    blocks(body, 0);
    return std::move(out_);
  }

 private:
  bool too_deep(int depth) {
    if (depth <= max_depth) return false;
    if (!warned_) {
      warned_ = true;
      diagnostics_.push_back(
          {model::severity::warning,
           "reader.docx-too-deep",
           "content nested more than " + std::to_string(max_depth) + " levels deep was skipped",
           {}});
    }
    return true;
  }

  // Block-level content: paragraphs, tables, and wrappers around them.
  void blocks(const pugi::xml_node& parent, int depth) {
    if (too_deep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view name = local_name(n);
      if (name == "p") {
        paragraph(n, depth);
      } else if (name == "tbl") {
        table(n, depth + 1);
      } else if (!skipped(name)) {
        blocks(n, depth + 1);  // sdt, sdtContent, customXml, ins …
      }
    }
  }

  // Appends the printed text of inline content under `parent` to lines.back().
  void inlines(const pugi::xml_node& parent, std::vector<std::string>& lines, int depth) {
    if (too_deep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view name = local_name(n);
      if (skipped(name)) continue;
      if (name == "r") {
        if (on(child(child(n, "rPr"), "vanish"))) continue;  // hidden text
        run(n, lines);
      } else if (name == "p") {
        ++paragraphs_;  // a paragraph inside inline content (text box fallbacks)
        if (!lines.back().empty()) lines.back().push_back(' ');
        inlines(n, lines, depth + 1);
      } else {
        inlines(n, lines, depth + 1);  // ins, moveTo, hyperlink, smartTag, fldSimple, sdt …
      }
    }
  }

  void run(const pugi::xml_node& r, std::vector<std::string>& lines) {
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view name = local_name(c);
      if (name == "t") {
        lines.back() += c.text().get();
      } else if (name == "tab" || name == "ptab") {
        lines.back().push_back('\t');
      } else if (name == "br" || name == "cr") {
        lines.emplace_back();
      } else if (name == "noBreakHyphen") {
        lines.back().push_back('-');
      }
    }
  }

  // The text lines of paragraph `p`, and its properties.
  std::vector<std::string> paragraph_text(const pugi::xml_node& p, int depth) {
    std::vector<std::string> lines(1);
    inlines(p, lines, depth + 1);
    return lines;
  }

  void paragraph(const pugi::xml_node& p, int depth) {
    int index = paragraphs_++;
    pugi::xml_node ppr = child(p, "pPr");
    paragraph_props props = styles_.resolve(ppr);
    body_block b;
    b.paragraph = index;
    b.lines = paragraph_text(p, depth);
    b.heading = props.heading;
    if (!props.num_id.empty() && !b.empty()) {
      if (auto label = lists_.next(props.num_id, props.ilvl)) {
        b.label = label->text;
        b.list_level = props.ilvl;
      }
    }
    std::string style = style_of(ppr);
    bool contextual = (props.contextual || prev_.contextual) && have_prev_ && style == prev_style_;
    b.space_before =
        after_table_ || (!contextual && have_prev_ &&
                         (prev_.space_after >= gap_twips || props.space_before >= gap_twips));
    after_table_ = false;
    prev_ = props;
    prev_style_ = std::move(style);
    have_prev_ = true;
    out_.push_back(std::move(b));
  }

  // The text of one cell: its paragraphs joined with "; ", nested tables flattened.
  void cell_text(const pugi::xml_node& tc, std::string& out, int depth) {
    if (too_deep(depth)) return;
    for (pugi::xml_node n = tc.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view name = local_name(n);
      if (skipped(name)) continue;
      if (name == "p") {
        ++paragraphs_;
        paragraph_props props = styles_.resolve(child(n, "pPr"));
        std::vector<std::string> lines = paragraph_text(n, depth);
        std::string text;
        for (const auto& l : lines) {
          if (!text.empty() && !l.empty()) text.push_back(' ');
          text += l;
        }
        for (char& c : text)
          if (c == '\t') c = ' ';
        if (text.find_first_not_of(' ') == std::string::npos) continue;
        if (!props.num_id.empty())
          if (auto label = lists_.next(props.num_id, props.ilvl)) text = label->text + " " + text;
        if (!out.empty()) out += "; ";
        out += text;
      } else {
        cell_text(n, out, depth + 1);  // nested tables, rows, cells, wrappers
      }
    }
  }

  void row(const pugi::xml_node& tr, int depth) {
    body_block b;
    b.row = true;
    b.paragraph = paragraphs_;
    std::string line;
    bool any = false, first = true;
    for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
      std::string_view name = local_name(tc);
      if (name != "tc" && name != "sdt" && name != "customXml") continue;
      std::string cell;
      cell_text(tc, cell, depth + 1);
      if (!first) line.push_back('\t');
      first = false;
      any = any || !cell.empty();
      line += cell;
    }
    if (!any) return;
    b.lines.push_back(std::move(line));
    b.space_before = table_start_;
    table_start_ = false;
    out_.push_back(std::move(b));
  }

  void table(const pugi::xml_node& tbl, int depth) {
    if (too_deep(depth)) return;
    table_start_ = true;
    rows(tbl, depth);
    after_table_ = true;
    have_prev_ = false;
  }

  void rows(const pugi::xml_node& parent, int depth) {
    if (too_deep(depth)) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      std::string_view name = local_name(n);
      if (name == "tr")
        row(n, depth + 1);
      else if (name == "sdt" || name == "sdtContent" || name == "customXml")
        rows(n, depth + 1);
    }
  }

  const style_sheet& styles_;
  numbering& lists_;
  std::vector<model::diagnostic>& diagnostics_;
  std::vector<body_block> out_;
  int paragraphs_ = 0;
  paragraph_props prev_;
  std::string prev_style_;
  bool have_prev_ = false;
  bool after_table_ = false;
  bool table_start_ = false;
  bool warned_ = false;
};

}  // namespace

std::vector<body_block> read_body(const package& parts,
                                  std::vector<model::diagnostic>& diagnostics) {
  pugi::xml_document styles_xml, numbering_xml, document_xml;
  style_sheet styles;
  numbering lists;
  if (!parts.styles.empty() &&
      styles_xml.load_buffer(parts.styles.data(), parts.styles.size(), xml_parse_flags))
    styles = style_sheet(styles_xml);
  if (!parts.numbering.empty() &&
      numbering_xml.load_buffer(parts.numbering.data(), parts.numbering.size(), xml_parse_flags))
    lists = numbering(numbering_xml);
  pugi::xml_parse_result parsed =
      document_xml.load_buffer(parts.document.data(), parts.document.size(), xml_parse_flags);
  if (!parsed) {
    diagnostics.push_back({model::severity::error,
                           "reader.docx-bad-xml",
                           std::string("word/document.xml is not well-formed XML (") +
                               parsed.description() + " at byte " + std::to_string(parsed.offset) +
                               "); the text before it is kept",
                           {}});
  }
  pugi::xml_node body = child(document_xml.document_element(), "body");
  if (!body) return {};
  return body_reader(styles, lists, diagnostics).run(body);
}

}  // namespace minutes::parser::docx
