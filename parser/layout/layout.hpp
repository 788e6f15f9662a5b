// Layout stage: recognises the structure of the minutes from the normalised lines — blocks
// (headings, paragraphs, bullets, tables), labels ("Resolved:", "Present:"), clause labels,
// and the division into a preamble and agenda items. Extraction reads only this.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/item.hpp"
#include "parser/ingest/source_text.hpp"
#include "parser/words/labels.hpp"

namespace minutes::parser {

struct layout_block {
  model::block_kind kind = model::block_kind::paragraph;  // shape of the text
  std::size_t first_line = 0;                             // 0-based index of the block's first line
  std::size_t last_line = 0;  // 0-based index of its last line (inclusive)
  int level = 0;              // heading level or bullet depth
  std::string text;           // lines joined by spaces (table rows by '\n', cells by '\t')
  struct joined_line {
    std::uint32_t offset;  // where the line's text begins in `text`
    std::uint32_t line;    // its 0-based line in the source
  };
  std::vector<joined_line> joined;  // every line after the first that was joined into `text`
  std::optional<keywords::label_role> label;  // the label the block opens with, if any
  std::size_t label_length = 0;               // bytes of `text` taken by the label
  std::string clause;               // clause label as printed without brackets ("ii"), if any
  std::size_t clause_length = 0;    // bytes of `text` taken by the clause label
  bool numbered_paragraph = false;  // the "clause" is a paragraph number ("21.2"), not (ii)
  std::string number;               // agenda number of a numbered heading ("17.1"), if any
  bool standalone = false;          // a short line with blank lines around it (heading-like)

  // Line (0-based, in the source) holding byte `offset` of `text`.
  std::size_t line_at(std::size_t offset) const {
    // The joins are in order of offset: a search, as a paragraph may join many thousand lines.
    auto after = std::upper_bound(joined.begin(), joined.end(), offset,
                                  [](std::size_t o, const auto& j) { return o < j.offset; });
    return after == joined.begin() ? first_line : std::prev(after)->line;
  }

  // The text after any label or clause label.
  std::string_view body() const {
    return std::string_view(text).substr(label ? label_length : clause_length);
  }
};

struct item_range {
  std::size_t heading = 0;            // index of the heading block (== begin when none)
  std::size_t begin = 0;              // first block of the item (its heading)
  std::size_t end = 0;                // one past its last block
  std::optional<std::string> number;  // as printed
  std::string title;                  // heading text without the number
  bool single_export = false;         // an "Agenda item" export: one item, fields below apply
  std::vector<std::string> presenters;
  std::optional<std::string> purpose;
};

struct layout {
  std::vector<layout_block> blocks;       // every non-blank, non-markup line is in one block
  std::size_t preamble_end = 0;           // blocks [0, preamble_end) precede the first item
  std::vector<item_range> items;          // in document order
  std::vector<std::size_t> markup_lines;  // lines consumed as markup (<AI1>, page furniture)
  // Front matter of a Markdown file ("---" YAML or "+++" TOML): key and value, unquoted.
  std::vector<std::pair<std::string, std::string>> front_matter;
};

// Runs the layout stage over the ingested text.
layout lay_out(const source_text& src);

// Internal steps, exposed for tests.
// Fills out.blocks, out.markup_lines and out.front_matter.
void build_blocks(const source_text& src, layout& out);
void find_items(const source_text& src, layout& out);

}  // namespace minutes::parser
