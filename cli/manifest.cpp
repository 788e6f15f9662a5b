// The batch manifest (see manifest.hpp). Format, one record per line, fields separated by a
// tab, with \\, \t, \n and \r escaped in each field:
//   minutes-manifest 1                                  (first line)
//   +  path  size  sha256  tool  schema  json  md  rows  html  (a converted input)
//   -  path                                             (a forgotten input)
#include "cli/manifest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>

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

bool is_hex_digest(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// True when fields `f` are a whole "+" line; its size is put in `size`.
bool converted_line(const std::vector<std::string>& f, std::uintmax_t& size) {
  if (f.size() != converted_fields || f[0] != "+" || f[1].empty() || !is_hex_digest(f[3]))
    return false;
  auto [end, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), size);
  return ec == std::errc() && end == f[2].data() + f[2].size();
}

// The line of `fd` that starts at `at`, without its newline; nullopt when there is no whole
// line there.
std::optional<std::string> line_at(int fd, std::uint64_t at) {
  if (fd < 0) return std::nullopt;
  std::string line;
  char chunk[4096];
  for (std::uint64_t from = at;;) {
    ssize_t n = ::pread(fd, chunk, sizeof chunk, static_cast<off_t>(from));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::nullopt;  // no newline: not a whole line
    std::string_view got(chunk, static_cast<std::size_t>(n));
    std::size_t newline = got.find('\n');
    line.append(got.substr(0, newline));
    if (newline != std::string_view::npos) return line;
    from += static_cast<std::uint64_t>(n);
  }
}

// The entry of the "+" line of `fd` at `at`.
std::optional<owned_manifest_entry> entry_at(int fd, std::uint64_t at) {
  auto line = line_at(fd, at);
  if (!line) return std::nullopt;
  auto f = split_fields(*line);
  std::uintmax_t size = 0;
  if (!converted_line(f, size)) return std::nullopt;
  return owned_manifest_entry{std::move(f[1]), size,
                              std::move(f[3]), std::move(f[4]),
                              std::move(f[5]), std::move(f[6]),
                              std::move(f[7]), std::move(f[8]),
                              std::move(f[9])};
}

int open_to_read(const fs::path& file) {
  return ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
}

}  // namespace

std::string manifest::load() {
  std::ifstream in(file_, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) return {};
  if (line + '\n' != header)
    return file_.string() + " is not a minutes manifest; every input is converted again";
  if (read_fd_ >= 0) ::close(read_fd_);
  read_fd_ = open_to_read(file_);  // locate() reads earlier lines back
  auto hash_at = [this](std::size_t n) { return entries_[n].hash; };
  // Read line by line: a manifest of many thousand inputs is never held whole.
  for (std::uint64_t at = header.size(); std::getline(in, line); at += line.size() + 1) {
    if (in.eof()) break;  // no newline: the last line was cut short by a kill
    auto f = split_fields(line);
    std::uintmax_t size = 0;
    const bool removed = f[0] == "-" && f.size() == 2;
    if (!removed && !converted_line(f, size)) continue;  // damaged
    auto n = locate(f[1]);
    if (removed) {
      if (n && entries_[*n].live) --live_;
      if (n) entries_[*n].live = false;
    } else if (n) {
      // A later line for the same input replaces the earlier.
      if (!entries_[*n].live) ++live_;
      entries_[*n] = {at, entries_[*n].hash, true};
    } else {
      entries_.push_back({at, hash_of_name(f[1]), true});
      index_.add(entries_.size() - 1, hash_at);
      ++live_;
    }
  }
  return {};
}

std::optional<std::size_t> manifest::locate(std::string_view path,
                                            std::optional<owned_manifest_entry>* entry) const {
  const std::uint64_t hash = hash_of_name(path);
  return index_.find(hash, [&](std::size_t n) {
    if (entries_[n].hash != hash || entries_[n].at == gone) return false;
    auto e = entry_at(read_fd_, entries_[n].at);
    if (!e || e->path != path) return false;
    if (entry) *entry = std::move(e);
    return true;
  });
}

std::optional<owned_manifest_entry> manifest::find(std::string_view path, std::uint64_t* at) const {
  std::optional<owned_manifest_entry> entry;
  auto n = locate(path, &entry);
  if (!n || !entries_[*n].live) return std::nullopt;
  if (at) *at = entries_[*n].at;
  return entry;
}

void manifest::each(const entry_sink& each) const {
  for (const located_entry& e : entries_)
    if (e.live)
      if (auto entry = entry_at(read_fd_, e.at)) each(entry->view());
}

std::string manifest::compact(const fs::path& temp_dir) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  atomic_output out(file_, temp_dir);
  if (!out.error().empty()) return out.error();
  out.stream() << header;
  // Where the new file holds each entry, applied once it is in place. The entries keep their
  // numbers, so the index stays as it is.
  std::vector<std::uint64_t> moved_to(entries_.size(), gone);
  std::uint64_t size = header.size();
  for (std::size_t n = 0; n < entries_.size(); ++n) {
    if (!entries_[n].live) continue;
    auto e = entry_at(read_fd_, entries_[n].at);
    if (!e) continue;  // the file changed under us: converted again
    std::string line = line_of(e->view());
    out.stream() << line;
    moved_to[n] = size;
    size += line.size();
  }
  if (auto err = out.commit(); !err.empty()) return err;
  live_ = 0;
  for (std::size_t n = 0; n < entries_.size(); ++n) {
    // A forgotten entry's line is not in the file now: it can no longer be found.
    entries_[n].at = moved_to[n];
    entries_[n].live = moved_to[n] != gone;
    live_ += entries_[n].live;
  }
  if (read_fd_ >= 0) ::close(read_fd_);  // it read the file just replaced
  read_fd_ = open_to_read(file_);
  fd_ = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0 || read_fd_ < 0) return "cannot open " + file_.string() + ": " + std::strerror(errno);
  end_ = size;
  return {};
}

std::string manifest::finish(const std::function<void(const entry_sink&)>& each,
                             const fs::path& temp_dir) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  atomic_output out(file_, temp_dir);
  std::string err = out.error();
  if (err.empty()) {
    out.stream() << header;
    each([&](const manifest_entry& e) { out.stream() << line_of(e); });
    err = out.commit();
  }
  close();
  entries_.clear();
  index_ = {};
  live_ = 0;
  return err;
}

std::string manifest::record(const manifest_entry& e, std::uint64_t& at) {
  return append(line_of(e), &at);
}

std::optional<owned_manifest_entry> manifest::recorded_at(std::uint64_t at) const {
  return entry_at(read_fd_, at);
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
