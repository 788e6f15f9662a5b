// The hidden folder of a batch (see batch_state.hpp): its lock and its temporary files.
#include "cli/batch_state.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "parser/ingest/ingest.hpp"

namespace minutes::cli {
namespace fs = std::filesystem;

batch_state::batch_state(const fs::path& out) : dir_(out / ".minutes") {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) {
    error_ = "cannot create folder " + dir_.string() + ": " + ec.message();
    return;
  }
  fs::path lock = dir_ / "lock";
  lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) {
    error_ = "cannot open " + lock.string() + ": " + std::strerror(errno);
    return;
  }
  // The kernel releases the lock when its holder dies, even by SIGKILL: no stale lock.
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    error_ = errno == EWOULDBLOCK
                 ? "another `minutes batch` is writing into " + out.string() + "; wait for it"
                 : "cannot lock " + lock.string() + ": " + std::strerror(errno);
    ::close(lock_fd_);
    lock_fd_ = -1;
    return;
  }
  fs::remove_all(temp_dir(), ec);
  fs::create_directories(temp_dir(), ec);
  if (ec) error_ = "cannot create folder " + temp_dir().string() + ": " + ec.message();
}

batch_state::~batch_state() {
  if (lock_fd_ < 0) return;
  std::error_code ec;
  fs::remove_all(temp_dir(), ec);
  ::close(lock_fd_);
}

fs::path batch_state::rows_name(std::string_view path) {
  return fs::path(".minutes") / "rows" / (parser::sha256_hex(path).substr(0, 32) + ".rows");
}

fs::path batch_state::index_entry_name(std::string_view path) {
  return fs::path(".minutes") / "index" / (parser::sha256_hex(path).substr(0, 32) + ".json");
}

}  // namespace minutes::cli
