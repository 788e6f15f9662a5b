// Action words (extract stage): the column headers of action logs, the statuses and notes
// that report work done, and the titles of items that list duties. Data only; action_log.cpp,
// actions.cpp and actions_lines.cpp hold the rules.
#pragma once

#include <string_view>

namespace minutes::parser::words {

// Header words of an action log's reference column: "Ref | Action | Owner | Due | Status".
inline constexpr std::string_view log_ref_headers[] = {"ref", "reference", "minute", "item",
                                                       "no",  "no.",       "#"};

// Header words of an action log's action column: "Action", "Task".
inline constexpr std::string_view log_action_headers[] = {"action", "actions", "task", "what",
                                                          "action point"};

// Header words of an action log's owner column: "Owner", "By whom".
inline constexpr std::string_view log_owner_headers[] = {
    "owner", "owners", "lead", "who", "responsible", "by whom", "assigned to", "action by"};

// Header words of an action log's due-date column: "Due", "Deadline".
inline constexpr std::string_view log_due_headers[] = {"due",  "due date", "deadline",   "by when",
                                                       "date", "when",     "target date"};

// Header words of an action log's status column: "Status", "RAG".
inline constexpr std::string_view log_status_headers[] = {"status", "progress", "update", "rag"};

// Statuses of action-log rows that report finished work: "Complete", "Closed".
inline constexpr std::string_view finished_statuses[] = {"complete", "completed", "closed",
                                                         "done",     "finished",  "superseded"};

// Words that mark a task finished after a dash, colon or "action": "— done", "(done)".
inline constexpr std::string_view done_words[] = {"done", "completed", "complete", "finished"};

// Whole notes under a bulleted action that report it done: "  - Action complete".
inline constexpr std::string_view done_notes[] = {
    "action complete", "action completed", "complete", "completed", "done", "action done"};

// Words of an item's title that make it a list of duties: "Review of duties", "Tasks".
inline constexpr std::string_view duty_titles[] = {
    "duties", "tasks", "assignments", "action items", "actions", "to do", "action points"};

}  // namespace minutes::parser::words
