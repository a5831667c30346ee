#pragma once
// RFB is a byte stream; the websocket under it delivers it in frames cut anywhere. The reader
// hands out exactly the bytes asked for, waiting no longer than the run's deadline, and
// holds at most one frame beyond what was asked (frames are bounded by the websocket:
// WebSocketOptions::max_frame_bytes).
#include <chrono>
#include <cstddef>
#include <string>

#include "common/clock.hpp"
#include "console/channel.hpp"

namespace stackrescue::console::rfb {

class Reader {
 public:
  Reader(Channel& channel, Clock& clock, Clock::time_point deadline)
      : channel_(channel), clock_(clock), deadline_(deadline) {}

  // The next `count` bytes. Throws ConsoleError naming `what` when they did not all arrive
  // before the deadline (or the channel's error when it closed).
  std::string read(std::size_t count, const char* what);
  // Reads `count` bytes and forgets them (a clipboard text nobody asked for), never holding
  // more than one frame of them.
  void skip(std::size_t count, const char* what);

  Clock::time_point deadline() const { return deadline_; }
  Clock& clock() { return clock_; }
  // Bytes received and not yet read (tests: nothing is left over after a message).
  std::size_t buffered() const { return pending_.size() - used_; }

 private:
  // Receives one more frame into pending_, or throws when the deadline passed first.
  void fill(const char* what, std::size_t wanted);

  Channel& channel_;
  Clock& clock_;
  Clock::time_point deadline_;
  std::string pending_;
  std::size_t used_ = 0;  // bytes at the front of pending_ already read
};

}  // namespace stackrescue::console::rfb
