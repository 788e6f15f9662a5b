// Front matter (layout stage): the "---" (YAML) or "+++" (TOML) block at the top of a
// Markdown file becomes one table block of keys and values, before block building reads the
// lines after it.
#include "parser/layout/blocks_internal.hpp"
#include "parser/text.hpp"

namespace minutes::parser {

// A Markdown file's front matter, between "---" (YAML) or "+++" (TOML) lines at the top,
// becomes one table block of keys and values. Returns the first line after it.
std::size_t read_front_matter(const source_text& src, layout& out) {
  constexpr std::size_t front_matter_max_lines = 200;  // a longer block is not front matter
  std::size_t first = 0;
  while (first < src.lines.size() && src.blank(first)) ++first;
  if (first >= src.lines.size()) return 0;
  std::string_view fence = src.line(first);
  if (fence != "---" && fence != "+++") return 0;
  std::size_t close = first + 1;
  while (close < src.lines.size() && close - first < front_matter_max_lines &&
         src.line(close) != fence)
    ++close;
  if (close >= src.lines.size() || src.line(close) != fence) return 0;
  layout_block table;
  table.kind = model::block_kind::table;
  table.first_line = first;
  table.last_line = close;
  for (std::size_t i = first + 1; i < close; ++i) {
    std::string_view l = src.line(i);
    std::size_t sep = l.find_first_of(fence == "---" ? ":" : "=");
    if (sep == std::string_view::npos) continue;
    std::string_view key = text::trim(l.substr(0, sep));
    std::string_view value = text::trim(text::trim(l.substr(sep + 1)), "\"'");
    if (!table.text.empty()) {
      table.text.push_back('\n');
      table.joined.push_back(
          {static_cast<std::uint32_t>(table.text.size()), static_cast<std::uint32_t>(i)});
    }
    table.text.append(key).push_back('\t');
    table.text.append(value);
    out.front_matter.emplace_back(std::string(key), std::string(value));
  }
  out.markup_lines.push_back(first);
  out.markup_lines.push_back(close);
  if (!table.text.empty()) out.blocks.push_back(std::move(table));
  return close + 1;
}

}  // namespace minutes::parser
