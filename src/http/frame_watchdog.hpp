#pragma once
// A deadline for one blocking read of a WebSocket frame. Poco reads a frame with one recv()
// after another until it is complete, each recv() with its own timeout: a proxy that sends a
// frame a byte at a time (one byte per 0.5 s) would hold that read for as long as it likes.
// Armed before the read, the watchdog shuts the socket's read side down when the deadline
// passes: the read then ends (at EOF), and the caller, seeing disarm() return true, reports
// a timeout. The connection is unusable afterwards, which is right: it is mid-frame.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace stackrescue::http {

class FrameWatchdog {
 public:
  using Clock = std::chrono::steady_clock;

  // `fd`: the socket the reads use; the watchdog touches it only while armed.
  explicit FrameWatchdog(int fd);
  ~FrameWatchdog();
  FrameWatchdog(const FrameWatchdog&) = delete;
  FrameWatchdog& operator=(const FrameWatchdog&) = delete;

  void arm(Clock::time_point deadline);
  // Ends the watch; true when the deadline passed first (the read side is then shut down).
  bool disarm();

 private:
  void watch();

  const int fd_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::optional<Clock::time_point> deadline_;
  bool fired_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: it starts once every member above is ready
};

}  // namespace stackrescue::http
