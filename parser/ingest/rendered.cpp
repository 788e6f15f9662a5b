// Rendered documents into SourceText (see rendered.hpp). Source lines are found from byte
// offsets with one index of the original's line starts, built once.
#include "parser/ingest/rendered.hpp"

#include <algorithm>

#include "parser/ingest/normalise.hpp"

namespace minutes::parser {

source_text from_rendered(std::string original, rendered_document doc, std::string format) {
  source_text out;
  out.original = std::move(original);
  out.encoding = doc.encoding;
  out.format = std::move(format);
  out.diagnostics = std::move(doc.diagnostics);
  // Starts of the original's lines, to turn a byte offset into a 1-based line.
  std::vector<std::size_t> starts{0};
  if (doc.byte_offsets_in_source) {
    for (std::size_t i = 0; i < out.original.size(); ++i)
      if (out.original[i] == '\n') starts.push_back(i + 1);
  }
  auto line_of = [&](std::size_t offset) {
    return static_cast<std::uint32_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                      starts.begin());
  };
  normalise_stats stats;
  out.lines.reserve(doc.lines.size());
  for (std::size_t n = 0; n < doc.lines.size(); ++n) {
    const rendered_line& r = doc.lines[n];
    line_info info;
    info.byte_begin = r.byte_begin;
    info.byte_end = std::max(r.byte_begin, r.byte_end);
    normalise_line(r.text, out.text, info, stats);
    out.text.push_back('\n');
    if (doc.byte_offsets_in_source) {
      info.source_line = line_of(info.byte_begin);
      info.source_end_line =
          line_of(info.byte_end > info.byte_begin ? info.byte_end - 1 : info.byte_begin);
    } else {
      info.source_line = info.source_end_line = static_cast<std::uint32_t>(n + 1);
    }
    info.page = r.page;
    info.paragraph = r.paragraph;
    out.lines.push_back(info);
  }
  return out;
}

}  // namespace minutes::parser
