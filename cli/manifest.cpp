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

// The entry a "+" line holds, its characters kept in `store`; false when the line is damaged.
bool entry_of(const std::vector<std::string>& f, manifest_entry& e, name_store& store) {
  if (!converted_line(f, e.size)) return false;
  e.path = store.keep(f[1]);
  e.sha256 = store.keep(f[3]);
  e.tool_version = store.keep(f[4]);
  e.schema_version = store.keep(f[5]);
  e.json = store.keep(f[6]);
  e.md = store.keep(f[7]);
  e.rows = store.keep(f[8]);
  e.html = store.keep(f[9]);
  return true;
}

}  // namespace

std::string manifest::load() {
  std::ifstream in(file_, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line)) return {};
  if (line + '\n' != header)
    return file_.string() + " is not a minutes manifest; every input is converted again";
  // Read line by line: a manifest of many thousand inputs is never held whole.
  while (std::getline(in, line)) {
    if (in.eof()) break;  // no newline: the last line was cut short by a kill
    auto fields = split_fields(line);
    manifest_entry e;
    if (fields[0] == "-" && fields.size() == 2) {
      index_.erase(fields[1]);
    } else if (entry_of(fields, e, characters_)) {
      auto [it, fresh] = index_.try_emplace(e.path, entries_.size());
      if (fresh)
        entries_.push_back(e);
      else
        entries_[it->second] = e;  // a later line for the same input replaces the earlier
    }
  }
  return {};
}

const manifest_entry* manifest::find(std::string_view path) const {
  auto it = index_.find(path);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

std::vector<const manifest_entry*> manifest::entries() const {
  std::vector<const manifest_entry*> out;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    auto it = index_.find(entries_[i].path);
    if (it != index_.end() && it->second == i) out.push_back(&entries_[i]);
  }
  return out;
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
  owned_manifest_entry e;
  if (!converted_line(f, e.size)) return std::nullopt;
  e.path = std::move(f[1]);
  e.sha256 = std::move(f[3]);
  e.tool_version = std::move(f[4]);
  e.schema_version = std::move(f[5]);
  e.json = std::move(f[6]);
  e.md = std::move(f[7]);
  e.rows = std::move(f[8]);
  e.html = std::move(f[9]);
  return e;
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
