#include "http/frame_watchdog.hpp"

#include <sys/socket.h>

namespace stackrescue::http {

FrameWatchdog::FrameWatchdog(int fd) : fd_(fd), thread_([this] { watch(); }) {}

FrameWatchdog::~FrameWatchdog() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_one();
  thread_.join();
}

void FrameWatchdog::arm(Clock::time_point deadline) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    deadline_ = deadline;
    fired_ = false;
  }
  changed_.notify_one();
}

bool FrameWatchdog::disarm() {
  std::lock_guard<std::mutex> lock(mutex_);
  deadline_.reset();
  return fired_;
}

void FrameWatchdog::watch() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    if (!deadline_) {
      changed_.wait(lock);
      continue;
    }
    const auto deadline = *deadline_;
    if (changed_.wait_until(lock, deadline) == std::cv_status::timeout && deadline_ == deadline) {
      // Under the lock: a disarm() either came first (no shutdown) or will see fired_.
      ::shutdown(fd_, SHUT_RD);
      fired_ = true;
      deadline_.reset();
    }
  }
}

}  // namespace stackrescue::http
