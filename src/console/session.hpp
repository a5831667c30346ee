#pragma once
// One open console channel: typing into it and reading from it against the run's deadline.
// It keeps what arrived since the last forget_recent() (bounded), for prompt detection, and
// nothing else: a console that never stops printing costs time (bounded by the callers'
// limits) but never memory.
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "console/channel.hpp"

namespace stackrescue::console {

// How long one read waits before a limit or the deadline is looked at again.
inline constexpr std::chrono::milliseconds kReadSlice{500};

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
  // Reads until nothing more arrives for `quiet` or `limit` passed, keeping only recent().
  // True when the console went quiet, false when `limit` passed without a pause of `quiet`.
  bool read_until_quiet(std::chrono::milliseconds quiet, std::chrono::milliseconds limit);
  // Reads until `done(recent())` holds and nothing more arrives for `settle`, or `limit`
  // passed. True in the first case. For an end the caller can recognise (a prompt after a
  // command's end marker), this is far quicker than waiting for a long quiet.
  bool read_until_settled(const std::function<bool(std::string_view)>& done, std::chrono::milliseconds settle,
                          std::chrono::milliseconds limit);

  // Time left until the deadline (zero when passed).
  std::chrono::milliseconds left() const;
  bool expired() const { return left().count() == 0; }

  // The bytes read since the last forget_recent() (the last 8 KiB of them).
  const std::string& recent() const { return recent_; }
  void forget_recent() { recent_.clear(); }
  // Every byte read since the session opened (for messages about a console that floods).
  std::size_t bytes_read() const { return bytes_read_; }
  // True once the channel may have missed output for good (Channel::missed_output).
  bool missed_output() const { return channel_->missed_output(); }

 private:
  std::unique_ptr<Channel> channel_;
  Clock& clock_;
  Clock::time_point deadline_;
  std::string recent_;
  std::size_t bytes_read_ = 0;
};

}  // namespace stackrescue::console
