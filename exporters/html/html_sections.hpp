// The sections of the facts pane of an HTML page (exporters stage), in the order the page
// shows them. Each appends one <section> whose facts link to their source lines.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "model/document.hpp"

namespace minutes::exporters::html {

// What every section reads: the document, how many source lines the page shows (links stop
// there), and the items by id, for the "item 3" each decision names.
struct page_context {
  const model::document& doc;
  std::size_t lines = 0;
  std::unordered_map<std::string_view, const model::item*> items;
};

// The name a person knows the meeting by: its body, else its title, else the file's name.
std::string_view heading_of(const model::document& d);

// Opens a section with its id and heading (and the number of its facts, when given); closes it.
void open_section(std::string& out, std::string_view id, std::string_view heading,
                  std::optional<std::size_t> count = std::nullopt);
void close_section(std::string& out);

// Meeting: organisation, body, date, time, venue and the next meeting.
void append_meeting(std::string& out, const page_context& cx);
// Attendance: present, substitutes, apologies and absent, each person with their line.
void append_attendance(std::string& out, const page_context& cx);
// Items: every agenda item with its number, title and presenters.
void append_items(std::string& out, const page_context& cx);
// Resolutions and motions.
void append_resolutions(std::string& out, const page_context& cx);
void append_motions(std::string& out, const page_context& cx);
// Actions: owners, what, due date, where it came from.
void append_actions(std::string& out, const page_context& cx);
// Diagnostics: the parser's doubts.
void append_diagnostics(std::string& out, const page_context& cx);

}  // namespace minutes::exporters::html
