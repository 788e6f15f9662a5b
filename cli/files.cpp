// Files for the command line (see files.hpp).
#include "cli/files.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace minutes::cli {
namespace fs = std::filesystem;

namespace {

parser::parse_failure over_size(std::uintmax_t size, std::uintmax_t max_bytes) {
  auto mib = [](std::uintmax_t n) {
    return n >= 1024 * 1024 ? std::to_string(n / (1024 * 1024)) + " MiB"
                            : std::to_string(n) + " bytes";
  };
  return {parser::failure::too_large,
          "is " + mib(size) + ", over the limit of " + mib(max_bytes) + " (--max-bytes)"};
}

}  // namespace

std::optional<std::string> read_input(const std::string& path, std::uintmax_t max_bytes,
                                      parser::parse_failure& why) {
  if (path == "-") {
    std::string data;
    char buffer[1 << 16];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      data.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) {
        why = over_size(data.size(), max_bytes);
        return std::nullopt;
      }
    }
    return data;
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st)) {
    bool dangling = fs::is_symlink(fs::symlink_status(path));
    why = {parser::failure::unreadable,
           dangling ? "is a symbolic link to nothing" : "no such file"};
    if (ec && ec != std::errc::no_such_file_or_directory)
      why.reason = "cannot be opened: " + ec.message();
    return std::nullopt;
  }
  if (fs::is_directory(st)) {
    why = {parser::failure::not_a_file, "is a directory (use `minutes batch` for folders)"};
    return std::nullopt;
  }
  if (!fs::is_regular_file(st)) {
    why = {parser::failure::not_a_file, "is not a regular file"};
    return std::nullopt;
  }
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    why = over_size(size, max_bytes);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = {parser::failure::unreadable, std::string("cannot be read: ") + std::strerror(errno)};
    return std::nullopt;
  }
  std::string data;
  data.resize(static_cast<std::size_t>(size));
  in.read(data.data(), static_cast<std::streamsize>(size));
  if (in.bad()) {
    why = {parser::failure::unreadable, std::string("read failed: ") + std::strerror(errno)};
    return std::nullopt;
  }
  data.resize(static_cast<std::size_t>(in.gcount()));
  return data;
}

bool batch_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".markdown" || ext == ".html" ||
         ext == ".htm" || ext == ".docx" || ext == ".pdf" ||
         // Formats minutes cannot read are taken too, so each is reported, not skipped unseen.
         ext == ".doc" || ext == ".rtf";
}

bool before_in_path_order(std::string_view a, std::string_view b) {
  // Component by component is the joined strings' order with the separator below every
  // other byte: "a/b" comes before "a-b", as the component "a" before "a-b".
  auto rank = [](char c) { return c == '/' ? 0u : static_cast<unsigned char>(c) + 1u; };
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [&](char x, char y) { return rank(x) < rank(y); });
}

std::string_view name_store::keep(std::string_view name) {
  constexpr std::size_t block_size = 64 * 1024;
  if (name.size() > left_) {
    std::size_t size = std::max(block_size, name.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    free_ = blocks_.back().get();
    left_ = size;
  }
  std::copy(name.begin(), name.end(), free_);
  std::string_view kept(free_, name.size());
  free_ += name.size();
  left_ -= name.size();
  return kept;
}

batch_inputs collect_inputs(const std::vector<std::string>& args) {
  batch_inputs out;
  // The relative path is most often the path's own end ("docs/a/b.txt", "a/b.txt"): then it
  // views those characters rather than keeping them again.
  auto add = [&](const std::string& path, const std::string& relative) {
    std::string_view kept = out.names.keep(path);
    std::string_view rel = kept.ends_with(relative) ? kept.substr(kept.size() - relative.size())
                                                    : out.names.keep(relative);
    out.list.push_back({kept, rel});
  };
  for (const auto& arg : args) {
    std::error_code ec;
    fs::path root(arg);
    if (!fs::is_directory(root, ec)) {
      add(arg, root.filename().string());
      continue;
    }
    const std::size_t first = out.list.size();
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // Files with a minutes extension that cannot be opened (a symbolic link loop, a link
      // to nothing) are kept, so that each is reported by name rather than skipped unseen.
      std::error_code kind;
      bool regular = it->is_regular_file(kind);
      bool broken = kind || (it->is_symlink(kind) && !fs::exists(it->path(), kind));
      // The iterator builds each path from the root, so the relative path is lexical: no
      // need to resolve both (fs::relative makes a system call or two per component of each).
      if ((regular || broken) && batch_extension(p))
        add(p.string(), p.lexically_relative(root).string());
    }
    // Views, not paths, are kept and sorted: a path holds its components besides.
    std::sort(out.list.begin() + static_cast<std::ptrdiff_t>(first), out.list.end(),
              [](const batch_input& a, const batch_input& b) {
                return before_in_path_order(a.path, b.path);
              });
  }
  return out;
}

std::string printable(std::string_view path) {
  std::string out(path);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  return out;
}

fs::path output_stem(const fs::path& out, const fs::path& relative, const fs::path& fallback) {
  fs::path rel = relative.lexically_normal();
  if (rel.empty() || rel.is_absolute() || *rel.begin() == ".." || rel == ".")
    rel = fallback.filename();
  fs::path clean;
  for (const auto& part : rel) {
    std::string name = part.string();
    for (char& c : name)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '_';
    if (name.empty() || name == "." || name == "..") name = "_";
    clean /= name;
  }
  fs::path stem = out / clean;
  stem.replace_extension();
  return stem;
}

atomic_output::atomic_output(fs::path path, const fs::path& temp_dir) : path_(std::move(path)) {
  static std::atomic<unsigned> counter{0};
  std::error_code ec;
  auto type = fs::status(path_, ec).type();
  if (type == fs::file_type::character || type == fs::file_type::block ||
      type == fs::file_type::fifo || type == fs::file_type::socket) {
    direct_ = true;
    temp_ = path_;
    out_.open(path_, std::ios::binary);
    if (!out_) error_ = "cannot write " + path_.string() + ": " + std::strerror(errno);
    return;
  }
  ec.clear();
  if (path_.has_parent_path()) fs::create_directories(path_.parent_path(), ec);
  if (ec) {
    error_ = "cannot create folder " + path_.parent_path().string() + ": " + ec.message();
    return;
  }
  std::string suffix = ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  temp_ = temp_dir.empty() ? path_ : temp_dir / path_.filename();
  temp_ += suffix;
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) error_ = "cannot write " + temp_.string() + ": " + std::strerror(errno);
}

atomic_output::~atomic_output() {
  if (committed_ || temp_.empty() || direct_) return;
  out_.close();
  std::error_code ec;
  fs::remove(temp_, ec);
}

std::string atomic_output::commit() {
  if (!error_.empty()) return error_;
  out_.flush();
  bool written = static_cast<bool>(out_);
  out_.close();
  if (!written || !out_) return "cannot write " + path_.string() + ": " + std::strerror(errno);
  if (direct_) {
    committed_ = true;
    return {};
  }
  std::error_code ec;
  fs::rename(temp_, path_, ec);
  if (ec) return "cannot replace " + path_.string() + ": " + ec.message();
  committed_ = true;
  return {};
}

std::string write_atomically(const fs::path& path, std::string_view content,
                             const fs::path& temp_dir) {
  atomic_output out(path, temp_dir);
  if (!out.error().empty()) return out.error();
  out.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  return out.commit();
}

}  // namespace minutes::cli
