#pragma once
// One open console channel: typing into it and reading from it against the run's deadline.
// It keeps what arrived since the last forget_recent() (bounded), for prompt detection.
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "console/channel.hpp"

namespace stackrescue::console {

class Session {
 public:
  Session(std::unique_ptr<Channel> channel, Clock& clock, Clock::time_point deadline);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Sends `text` as typed input.
  void type(std::string_view text);
  // The bytes of the next frame, waiting at most `wait` ("" when none came). Not bounded by
  // the deadline: cleaning up after a timeout reads past it.
  std::string read(std::chrono::milliseconds wait);
  // Reads until nothing more arrives for `quiet` (or `limit` passed); returns what came.
  std::string read_until_quiet(std::chrono::milliseconds quiet, std::chrono::milliseconds limit);

  // Time left until the deadline (zero when passed).
  std::chrono::milliseconds left() const;
  bool expired() const { return left().count() == 0; }

  // The bytes read since the last forget_recent() (the last 8 KiB of them).
  const std::string& recent() const { return recent_; }
  void forget_recent() { recent_.clear(); }

 private:
  std::unique_ptr<Channel> channel_;
  Clock& clock_;
  Clock::time_point deadline_;
  std::string recent_;
};

}  // namespace stackrescue::console
