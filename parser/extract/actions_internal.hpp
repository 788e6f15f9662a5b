// Actions, internal (extract stage): the action finder that the parts of the actions family
// share. Its members are defined by where actions come from: actions.cpp records an action
// and reads resolution clauses, actions_lines.cpp reads action lines, duty lists and action
// logs, actions_narrative.cpp reads running text. No other file includes this one.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/extract/action_log.hpp"
#include "parser/extract/commitments.hpp"
#include "parser/extract/context.hpp"
#include "parser/extract/sentences.hpp"

namespace minutes::parser {

struct action_finder;

// Rows of an action log become actions of the item their reference names.
struct log_actions : log_row_sink {
  action_finder& finder;
  const layout_block& table;
  explicit log_actions(action_finder& f, const layout_block& t) : finder(f), table(t) {}
  void add(const log_row& row) override;
};

struct action_finder {
  extract_context& cx;
  std::vector<commitment> found;
  // The commitments of each sentence of the block being read (narrative), kept between
  // blocks so that their storage is reused.
  std::vector<std::vector<commitment>> found_by_sentence;
  std::string_view previous_sentence;  // for "that" and "this" at the end of an action

  // ---- Recording and clauses (actions.cpp) ----
  // Records commitment `c` of `s` (which starts at `offset` in block `b`) as an action of
  // `item`, unless an owner is a pronoun or unknown initials, or the work is reported done.
  void add(const commitment& c, std::string_view s, const layout_block& b, std::size_t offset,
           std::optional<std::string> item, model::action_origin origin,
           std::optional<std::string> resolution = std::nullopt,
           std::optional<model::span> where = std::nullopt);
  void clauses();
  static bool abstract_noun(std::string_view name);
  bool known_owner(const commitment& c) const;

  // ---- Action lines, duty lists and action logs (actions_lines.cpp) ----
  void line(std::string_view s, const layout_block& b, std::size_t offset,
            std::optional<std::string> item);
  void add_details(std::size_t k, std::size_t end, pending_action& a) const;
  bool marked_done(std::size_t k, std::size_t end) const;
  std::size_t owner_in_label(const layout_block& b) const;
  static std::string_view checkbox(std::string_view s, bool& done);
  void action_lines(const item_range& range, const std::optional<std::string>& item);
  void duty_lists(const item_range& range, const std::optional<std::string>& item);
  void action_logs();
  std::optional<std::string> item_numbered(std::string_view number) const;

  // ---- Running text (actions_narrative.cpp) ----
  void margin_owner(const layout_block& b, const sentence& s,
                    const std::optional<std::string>& item);
  void add_whole(const owner_ref& owner, std::string_view body, const layout_block& b,
                 const std::optional<std::string>& item);
  std::size_t people_named(std::string_view t) const;
  static bool resolve_pronouns(commitment& c, const std::optional<owner_ref>& subject);
  void narrative(const item_range& range, const std::optional<std::string>& item);
  void trailing_owner(const layout_block& b, std::span<const sentence> sentences,
                      const std::optional<std::string>& item);
  bool tagged_owners(const layout_block& b, std::span<const sentence> sentences, std::size_t j,
                     const std::optional<std::string>& item);
};

}  // namespace minutes::parser
