#pragma once
// An exclusive flock on a lock file, waited for with a bound (flock itself has none). Used
// for the token cache's single flight and for one rescue_command per serial console.
#include <chrono>
#include <string>

namespace stackrescue {

// Holds the lock until destroyed (closing the descriptor releases it).
class FileLock {
 public:
  explicit FileLock(int fd = -1) : fd_(fd) {}
  FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  FileLock& operator=(FileLock&&) = delete;
  FileLock(const FileLock&) = delete;
  ~FileLock();
  bool held() const { return fd_ >= 0; }

 private:
  int fd_;
};

// Waits up to `wait` for an exclusive lock on `path` (created 0600, never through a
// symlink). An unheld FileLock: the wait ran out or the file could not be made.
FileLock lock_file(const std::string& path, std::chrono::milliseconds wait);

// mkdir -p, creating missing directories 0700; true when `path` is then a directory of this
// user that nobody else can enter or write (a directory others can write is not ours to trust).
bool ensure_private_directory(const std::string& path);

}  // namespace stackrescue
