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

// The entry a "+" line holds, its characters kept in `store`; false when the line is damaged.
bool entry_of(const std::vector<std::string>& f, manifest_entry& e, name_store& store) {
  if (f.size() != converted_fields || f[1].empty() || f[3].size() != 64) return false;
  auto [end, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), e.size);
  if (ec != std::errc() || end != f[2].data() + f[2].size()) return false;
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
    } else if (fields[0] == "+" && entry_of(fields, e, characters_)) {
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
  each([&](const manifest_entry& e) { out.stream() << line_of(e); });
  if (auto err = out.commit(); !err.empty()) return err;
  fd_ = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) return "cannot open " + file_.string() + ": " + std::strerror(errno);
  return {};
}

std::string manifest::record(const manifest_entry& e) {
  return append(line_of(e));
}

std::string manifest::forget(std::string_view path) {
  std::string line = "-";
  append_field(line, path);
  return append(line + '\n');
}

std::string manifest::append(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (fd_ < 0) return "the manifest " + file_.string() + " is not open";
  for (std::size_t done = 0; done < line.size();) {
    ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return "cannot write " + file_.string() + ": " + std::strerror(errno);
    done += static_cast<std::size_t>(n);
  }
  return {};
}

void manifest::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

}  // namespace minutes::cli
