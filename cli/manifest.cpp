// The batch manifest (see manifest.hpp). Format, one record per line, fields separated by a
// tab, with \\, \t, \n and \r escaped in each field:
//   minutes-manifest 1                                  (first line)
//   +  path  size  sha256  tool  schema  json  md  rows  html  (a converted input)
//   -  path                                             (a forgotten input)
#include "cli/manifest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>

#include "cli/batch_state.hpp"
#include "cli/files.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view header = "minutes-manifest 1\n";
constexpr std::size_t converted_fields = 10;  // "+" and the nine of manifest_entry

void append_field(std::string& out, std::string_view field) {
  out += '\t';
  for (char c : field) {
    const char* escape = c == '\\'   ? "\\\\"
                         : c == '\t' ? "\\t"
                         : c == '\n' ? "\\n"
                         : c == '\r' ? "\\r"
                                     : nullptr;
    if (escape)
      out += escape;
    else
      out += c;
  }
}

// Splits one line (without its newline) into unescaped fields.
std::vector<std::string> split_fields(std::string_view line) {
  std::vector<std::string> fields(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\t') {
      fields.emplace_back();
    } else if (c == '\\' && i + 1 < line.size()) {
      char e = line[++i];
      fields.back() += e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

std::string line_of(const manifest_entry& e) {
  std::string line = "+";
  append_field(line, e.path);
  append_field(line, std::to_string(e.size));
  for (std::string_view f :
       {e.sha256, e.tool_version, e.schema_version, e.json, e.md, e.rows, e.html})
    append_field(line, f);
  line += '\n';
  return line;
}

// True when fields `f` are a whole "+" line; its size is put in `size`.
bool converted_line(const std::vector<std::string>& f, std::uintmax_t& size) {
  if (f.size() != converted_fields || f[0] != "+" || f[1].empty() || f[3].size() != 64)
    return false;
  auto [end, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), size);
  return ec == std::errc() && end == f[2].data() + f[2].size();
}

// The entry fields `f` of a whole "+" line hold.
owned_manifest_entry owned_of(std::vector<std::string>& f, std::uintmax_t size) {
  return {std::move(f[1]), size,
          std::move(f[3]), std::move(f[4]),
          std::move(f[5]), std::move(f[6]),
          std::move(f[7]), std::move(f[8]),
          std::move(f[9])};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// A digest written as 64 lowercase hex digits, as its 32 bytes; false when it is not one.
bool digest_of(std::string_view hex, std::array<unsigned char, 32>& digest) {
  if (hex.size() != 2 * digest.size()) return false;
  for (std::size_t i = 0; i < digest.size(); ++i) {
    int high = hex_value(hex[2 * i]), low = hex_value(hex[2 * i + 1]);
    if (high < 0 || low < 0) return false;
    digest[i] = static_cast<unsigned char>(high << 4 | low);
  }
  return true;
}

// The output names as a loaded entry keeps them, each followed by '\0'. The usual ones — the
// rows named after the input's path, the Markdown and the page after the JSON — are one byte:
// most of what a re-run of a large batch holds would otherwise be these names.
constexpr char usual_name = '\x01';

std::string_view stem_of(std::string_view name) {
  return name.substr(0, name.rfind('.'));
}

std::string usual_output(std::size_t field, std::string_view path, std::string_view json) {
  if (field == 8) return batch_state::rows_name(path).generic_string();
  if (json.empty() || field == 6) return {};
  return std::string(stem_of(json)) + (field == 7 ? ".md" : ".html");
}

std::string packed_outputs(const std::vector<std::string>& f) {
  std::string packed;
  for (std::size_t k = 6; k < converted_fields; ++k) {
    if (!f[k].empty() && f[k] == usual_output(k, f[1], f[6]))
      packed += usual_name;
    else
      packed += f[k];
    packed += '\0';
  }
  return packed;
}

std::string hex_of(const std::array<unsigned char, 32>& digest) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * digest.size());
  for (unsigned char b : digest) {
    hex += digits[b >> 4];
    hex += digits[b & 0xF];
  }
  return hex;
}

}  // namespace

std::string manifest::load() {
  std::ifstream in(file_, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) return {};
  if (line + '\n' != header)
    return file_.string() + " is not a minutes manifest; every input is converted again";
  auto path_of = [this](std::size_t n) { return entries_[n].path; };
  // Read line by line: a manifest of many thousand inputs is never held whole.
  while (std::getline(in, line)) {
    if (in.eof()) break;  // no newline: the last line was cut short by a kill
    auto f = split_fields(line);
    constexpr std::size_t none = std::size_t(-1);
    const std::size_t at = f.size() > 1 ? index_.find(f[1], path_of).value_or(none) : none;
    if (f[0] == "-" && f.size() == 2) {
      if (at != none && entries_[at].live) --live_;
      if (at != none) entries_[at].live = false;
      continue;
    }
    stored_entry e;
    if (!converted_line(f, e.size) || !digest_of(f[3], e.sha256)) continue;  // damaged
    e.versions = versions_of(f[4], f[5]);
    e.outputs = characters_.keep(packed_outputs(f));
    if (at != none) {
      // A later line for the same input replaces the earlier.
      e.path = entries_[at].path;
      if (!entries_[at].live) ++live_;
      entries_[at] = e;
    } else {
      e.path = characters_.keep(f[1]);
      entries_.push_back(e);
      index_.add(entries_.size() - 1, path_of);
      ++live_;
    }
  }
  return {};
}

std::uint32_t manifest::versions_of(std::string_view tool, std::string_view schema) {
  for (std::size_t v = 0; v < versions_.size(); ++v)
    if (versions_[v].first == tool && versions_[v].second == schema)
      return static_cast<std::uint32_t>(v);
  versions_.emplace_back(tool, schema);
  return static_cast<std::uint32_t>(versions_.size() - 1);
}

owned_manifest_entry manifest::owned(const stored_entry& e) const {
  owned_manifest_entry o;
  o.path = e.path;
  o.size = e.size;
  o.sha256 = hex_of(e.sha256);
  o.tool_version = versions_[e.versions].first;
  o.schema_version = versions_[e.versions].second;
  std::string* names[] = {&o.json, &o.md, &o.rows, &o.html};
  std::string_view rest = e.outputs;
  for (std::size_t k = 0; k < 4; ++k) {
    std::string_view name = rest.substr(0, rest.find('\0'));
    rest.remove_prefix(name.size() + 1);
    *names[k] = name == std::string_view(&usual_name, 1) ? usual_output(6 + k, o.path, o.json)
                                                         : std::string(name);
  }
  return o;
}

std::optional<owned_manifest_entry> manifest::find(std::string_view path) const {
  auto at = index_.find(path, [this](std::size_t n) { return entries_[n].path; });
  if (!at || !entries_[*at].live) return std::nullopt;
  return owned(entries_[*at]);
}

void manifest::each(const entry_sink& each) const {
  for (const stored_entry& e : entries_)
    if (e.live) each(owned(e).view());
}

std::string manifest::rewrite(const std::function<void(const entry_sink&)>& each,
                              const fs::path& temp_dir) {
  close();
  atomic_output out(file_, temp_dir);
  if (!out.error().empty()) return out.error();
  out.stream() << header;
  std::uint64_t size = header.size();
  each([&](const manifest_entry& e) {
    std::string line = line_of(e);
    out.stream() << line;
    size += line.size();
  });
  auto err = out.commit();
  if (read_fd_ >= 0) ::close(read_fd_);  // it read the file just replaced
  read_fd_ = -1;
  if (!err.empty()) return err;
  fd_ = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) return "cannot open " + file_.string() + ": " + std::strerror(errno);
  end_ = size;
  return {};
}

std::string manifest::record(const manifest_entry& e, std::uint64_t& at) {
  return append(line_of(e), &at);
}

std::optional<owned_manifest_entry> manifest::recorded_at(std::uint64_t at) {
  if (read_fd_ < 0) read_fd_ = ::open(file_.c_str(), O_RDONLY | O_CLOEXEC);
  if (read_fd_ < 0) return std::nullopt;
  std::string line;
  char chunk[4096];
  for (std::uint64_t from = at;;) {
    ssize_t n = ::pread(read_fd_, chunk, sizeof chunk, static_cast<off_t>(from));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::nullopt;  // no newline: not a whole line
    std::string_view got(chunk, static_cast<std::size_t>(n));
    std::size_t newline = got.find('\n');
    line.append(got.substr(0, newline));
    if (newline != std::string_view::npos) break;
    from += static_cast<std::uint64_t>(n);
  }
  auto f = split_fields(line);
  std::uintmax_t size = 0;
  if (!converted_line(f, size)) return std::nullopt;
  return owned_of(f, size);
}

std::string manifest::forget(std::string_view path) {
  std::string line = "-";
  append_field(line, path);
  return append(line + '\n');
}

std::string manifest::append(const std::string& line, std::uint64_t* at) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (fd_ < 0) return "the manifest " + file_.string() + " is not open";
  if (at) *at = end_;
  for (std::size_t done = 0; done < line.size();) {
    ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      end_ += done;  // a part written stays in the file; later lines start after it
      return "cannot write " + file_.string() + ": " + std::strerror(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  end_ += line.size();
  return {};
}

void manifest::close() {
  if (fd_ >= 0) ::close(fd_);
  if (read_fd_ >= 0) ::close(read_fd_);
  fd_ = read_fd_ = -1;
}

}  // namespace minutes::cli
