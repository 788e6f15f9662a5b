// The meeting and attendance sections of an HTML page (see html_sections.hpp): the facts
// the header of the minutes states, and who attended in what capacity.
#include <array>
#include <optional>

#include "exporters/html/html_sections.hpp"
#include "exporters/html/html_text.hpp"

namespace minutes::exporters::html {
namespace {

// One row of the meeting's facts; an unknown value says so rather than leaving a gap.
void append_row(std::string& out, std::string_view label, const std::optional<std::string>& v) {
  out += "<dt>";
  out += label;
  out += "</dt><dd>";
  if (v) {
    append_text(out, *v);
  } else {
    out += "<span class=\"none\">not stated</span>";
  }
  out += "</dd>\n";
}

// "18:00", "18:00–20:15", or nothing.
std::optional<std::string> time_of(const std::optional<std::string>& start,
                                   const std::optional<std::string>& end) {
  if (!start && !end) return std::nullopt;
  return (start ? *start : std::string("?")) + (end ? "–" + *end : std::string());
}

void append_next_meeting(std::string& out, const page_context& cx) {
  const auto& next = *cx.doc.next;
  out += "<h3>Next meeting</h3>\n";
  open_fact(out, next.where, cx.lines);
  append_line_label(out, next.where);
  out += "<dl class=\"kv\">\n";
  append_row(out, "Date", next.date);
  append_row(out, "Time", next.start_time);
  append_row(out, "Venue", next.venue);
  out += "</dl>";
  close_fact(out, next.where, cx.lines);
  out += '\n';
}

// A person's line: name, role, then group, affiliation, substitution and remote attendance.
void append_attendee(std::string& out, const page_context& cx, const model::attendance& a) {
  out += "<li>";
  open_fact(out, a.where, cx.lines);
  append_line_label(out, a.where);
  out += "<span class=\"who\">";
  append_text(out, a.name);
  out += "</span>";
  if (a.role) {
    out += " <span class=\"b\">";
    append_text(out, *a.role);
    out += "</span>";
  }
  const std::array<const std::optional<std::string>*, 2> details{&a.group, &a.affiliation};
  bool any = false;
  auto separate = [&] {
    out += any ? " · " : "<span class=\"m\">";
    any = true;
  };
  for (const auto* d : details) {
    if (!*d) continue;
    separate();
    append_text(out, **d);
  }
  if (a.on_behalf_of) {
    separate();
    out += "on behalf of ";
    append_text(out, *a.on_behalf_of);
  }
  if (a.remote) {
    separate();
    out += "remote";
  }
  if (any) out += "</span>";
  close_fact(out, a.where, cx.lines);
  out += "</li>\n";
}

// The attendance records in one group: a status, and whether they substitute for someone.
struct attendance_group {
  std::string_view heading;
  model::attendance_status status;
  bool substitutes;
};

}  // namespace

void open_section(std::string& out, std::string_view id, std::string_view heading,
                  std::optional<std::size_t> count) {
  out += "<section id=\"";
  out += id;
  out += "\">\n<h2>";
  out += heading;
  if (count) {
    out += " <span class=\"n\">";
    append_number(out, *count);
    out += "</span>";
  }
  out += "</h2>\n";
}

void close_section(std::string& out) {
  out += "</section>\n";
}

void append_meeting(std::string& out, const page_context& cx) {
  const auto& m = cx.doc.meeting;
  open_section(out, "meeting", "Meeting");
  open_fact(out, m.where, cx.lines);
  append_line_label(out, m.where);
  out += "<dl class=\"kv\">\n";
  append_row(out, "Organisation", m.organisation);
  append_row(out, "Body", m.body);
  if (m.title && m.title != m.body && m.title != m.organisation) append_row(out, "Title", m.title);
  append_row(out, "Date", m.date);
  append_row(out, "Time", time_of(m.start_time, m.end_time));
  append_row(out, "Venue", m.venue);
  out += "</dl>";
  close_fact(out, m.where, cx.lines);
  out += '\n';
  if (cx.doc.next) append_next_meeting(out, cx);
  close_section(out);
}

void append_attendance(std::string& out, const page_context& cx) {
  open_section(out, "attendance", "Attendance", cx.doc.attendance.size());
  if (cx.doc.attendance.empty()) out += "<p class=\"none\">No attendance recorded.</p>\n";
  static constexpr attendance_group groups[] = {
      {"Present", model::attendance_status::present, false},
      {"Substitutes", model::attendance_status::present, true},
      {"Apologies", model::attendance_status::apologies, false},
      {"Absent", model::attendance_status::absent, false},
  };
  for (const auto& g : groups) {
    auto member = [&](const model::attendance& a) {
      return a.status == g.status && (a.status != model::attendance_status::present ||
                                      a.on_behalf_of.has_value() == g.substitutes);
    };
    std::size_t count = 0;
    for (const auto& a : cx.doc.attendance) count += member(a) ? 1 : 0;
    if (count == 0) continue;
    out += "<h3>";
    out += g.heading;
    out += " <span class=\"n\">";
    append_number(out, count);
    out += "</span></h3>\n<ul>\n";
    for (const auto& a : cx.doc.attendance)
      if (member(a)) append_attendee(out, cx, a);
    out += "</ul>\n";
  }
  close_section(out);
}

}  // namespace minutes::exporters::html
