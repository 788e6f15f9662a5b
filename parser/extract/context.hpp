// Extraction context (extract stage): what every rule family reads and writes — the source,
// its layout, the document being built, the people registry — and the helpers that turn
// positions in block text into spans. Records that name people keep registry handles until
// `finish` resolves them to person ids.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "parser/extract/dates.hpp"
#include "parser/extract/people.hpp"
#include "parser/extract/sentences.hpp"
#include "parser/layout/layout.hpp"

namespace minutes::parser {

struct pending_attendance {
  model::attendance record;                          // person and name filled by finish
  people_registry::handle who;                       // the person's mention
  std::optional<people_registry::handle> behalf_of;  // the person substituted for
};

struct pending_owner {
  std::string as_written;                      // the owner as printed
  std::optional<people_registry::handle> who;  // when the owner is a person
};

struct pending_action {
  model::action record;  // owners filled by finish
  std::vector<pending_owner> owners;
};

struct pending_motion {
  model::motion record;  // mover and seconder filled by finish
  std::optional<people_registry::handle> mover, seconder;
};

struct extract_context {
  const source_text& src;
  const layout& lay;
  model::document& doc;
  people_registry people;
  std::vector<pending_attendance> attendance;
  std::vector<pending_action> actions;
  std::vector<pending_motion> motions;
  // Blocks read as labelled resolutions ("Resolved:" and its clauses): their commitments are
  // taken from the clauses, not again from the narrative.
  std::vector<bool> in_resolution_block;
  // The sentences of every block, split once before the families run.
  block_sentences sentences;

  // Span of block `b` as a whole, or of bytes [begin, end) of its text.
  model::span span_of(const layout_block& b) const {
    return src.span_of(b.first_line, b.last_line);
  }
  model::span span_of(const layout_block& b, std::size_t begin, std::size_t end) const {
    return src.span_of(b.line_at(begin), b.line_at(end > begin ? end - 1 : begin));
  }
  // Item id ("I3") of the item holding block `k`, or nullopt in the preamble.
  std::optional<std::string> item_of_block(std::size_t k) const;
  // Index into lay.items of the item holding block `k`.
  std::optional<std::size_t> item_index_of_block(std::size_t k) const;
  // The meeting's date and the next meeting's, once the meeting family has found them.
  std::optional<ymd> meeting_date;
  std::optional<ymd> next_meeting_date;
};

}  // namespace minutes::parser
