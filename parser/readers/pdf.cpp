// PDF reader, front (see pdf.hpp), in the module libminutes_pdf.so: loading with poppler-cpp,
// the checks that refuse what cannot be read honestly (encrypted, truncated, corrupt), and the
// last step — each page's lines rendered with blank lines between blocks.
#include "parser/readers/pdf.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>

#include "parser/readers/pdf/pages.hpp"

namespace minutes::parser {
namespace {

// "%%EOF" stands within the last kilobyte of a complete file.
constexpr std::size_t trailer_window = 1024;

// poppler reports damage on stderr; the reader reports it as failures and diagnostics.
void quiet(const std::string&, void*) {}

}  // namespace

std::optional<rendered_document> render_pdf(std::string_view bytes, parse_failure& why,
                                            const parse_limits& limits) {
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    why = {failure::too_large, "the PDF is larger than 2 GiB"};
    return std::nullopt;
  }
  std::string_view tail =
      bytes.substr(bytes.size() > trailer_window ? bytes.size() - trailer_window : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    why = {failure::unreadable, "the PDF is truncated (it has no end-of-file marker)"};
    return std::nullopt;
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    why = {failure::unreadable, "the PDF is damaged and cannot be read"};
    return std::nullopt;
  }
  if (pdf->is_locked()) {
    why = {failure::unsupported_format, "the PDF is encrypted (it needs a password to open)"};
    return std::nullopt;
  }
  const int count = pdf->pages();
  if (count <= 0) {
    why = {failure::unreadable, "the PDF is damaged: it has no pages"};
    return std::nullopt;
  }
  if (count > limits.max_pages) {
    why = {failure::too_large, "the PDF has " + std::to_string(count) +
                                   " pages, over the limit of " + std::to_string(limits.max_pages) +
                                   " (--max-pages)"};
    return std::nullopt;
  }
  rendered_document doc;
  doc.byte_offsets_in_source = false;
  std::vector<std::vector<pdf::row>> pages(static_cast<std::size_t>(count));
  std::vector<double> widths(static_cast<std::size_t>(count), 0.0);
  int damaged = 0;
  for (int i = 0; i < count; ++i) {
    if (limits.out_of_time()) {
      why = {failure::out_of_time,
             "reading the PDF took longer than the time budget (stopped at page " +
                 std::to_string(i + 1) + " of " + std::to_string(count) + "; --time-budget)"};
      return std::nullopt;
    }
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      ++damaged;
      continue;
    }
    pages[static_cast<std::size_t>(i)] = pdf::page_rows(*page);
    widths[static_cast<std::size_t>(i)] = page->page_rect(poppler::crop_box).width();
  }
  if (damaged > 0)
    doc.diagnostics.push_back({model::severity::error,
                               "reader.pdf-damaged-pages",
                               std::to_string(damaged) + " page(s) of the PDF could not be read",
                               {}});
  pdf::remove_furniture(pages);
  const pdf::type_sizes type = pdf::measure_type(pages);

  std::size_t offset = 0;
  auto emit = [&](std::string text, int page) {
    rendered_line l;
    l.byte_begin = offset;
    l.byte_end = offset + text.size();
    l.page = page;
    offset = l.byte_end + 1;
    l.text = std::move(text);
    doc.lines.push_back(std::move(l));
  };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<pdf::text_line> lines = pdf::reading_order(pages[p], type, widths[p]);
    // A new page starts a new block unless a sentence plainly runs over from the page
    // before: the new page starts in lowercase, or the last line broke off after a comma, a
    // hyphen or a colon (what it announces is on the new page).
    if (!lines.empty() && !doc.lines.empty() && !pdf::starts_lowercase(lines.front().text) &&
        !pdf::runs_on(doc.lines.back().text))
      lines.front().gap_before = true;
    for (auto& line : lines) {
      if (line.gap_before && !doc.lines.empty() && !doc.lines.back().text.empty())
        emit({}, static_cast<int>(p + 1));
      if (line.heading > 0)
        line.text.insert(0, std::string(static_cast<std::size_t>(line.heading), '#') + " ");
      emit(std::move(line.text), static_cast<int>(p + 1));
    }
    pages[p].clear();
    pages[p].shrink_to_fit();
  }
  return doc;
}

}  // namespace minutes::parser
