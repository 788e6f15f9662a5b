// Format sniffing for the markup readers (see sniff.hpp).
#include "parser/readers/markup/sniff.hpp"

#include <algorithm>

namespace minutes::parser::markup {
namespace {

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

std::string ascii_sample(std::string_view bytes) {
  std::string out;
  bool le = bytes.starts_with("\xFF\xFE"), be = bytes.starts_with("\xFE\xFF");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (le || be) bytes.remove_prefix(2);
  // UTF-16 without a mark: ASCII text has a NUL in every other byte.
  if (!le && !be && bytes.size() >= 4) {
    le = bytes[1] == '\0' && bytes[3] == '\0' && bytes[0] != '\0';
    be = bytes[0] == '\0' && bytes[2] == '\0' && bytes[1] != '\0';
  }
  bytes = bytes.substr(0, sniff_limit);
  if (le || be) {
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
      char lo = le ? bytes[i] : bytes[i + 1], hi = le ? bytes[i + 1] : bytes[i];
      out.push_back(hi == '\0' ? ascii_lower(lo) : '?');
    }
    return out;
  }
  out.resize(bytes.size());
  std::transform(bytes.begin(), bytes.end(), out.begin(), ascii_lower);
  return out;
}

bool starts_as_html_page(std::string_view sample) {
  std::size_t i = 0;
  while (i < sample.size() && is_space(sample[i])) ++i;
  sample.remove_prefix(i);
  if (sample.starts_with("<?xml")) {
    std::size_t end = sample.find("?>");
    if (end == std::string_view::npos) return false;
    return starts_as_html_page(sample.substr(end + 2));
  }
  if (sample.starts_with("<!doctype html")) return true;
  return sample.starts_with("<html") && sample.size() > 5 &&
         (sample[5] == '>' || is_space(sample[5]));
}

bool has_extension(std::string_view path, std::initializer_list<std::string_view> extensions) {
  for (std::string_view ext : extensions) {
    if (path.size() < ext.size()) continue;
    std::string_view tail = path.substr(path.size() - ext.size());
    bool same = true;
    for (std::size_t i = 0; i < ext.size() && same; ++i) same = ascii_lower(tail[i]) == ext[i];
    if (same) return true;
  }
  return false;
}

}  // namespace minutes::parser::markup
