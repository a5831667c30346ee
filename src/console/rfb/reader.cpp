#include "console/rfb/reader.hpp"

#include <algorithm>

#include "console/errors.hpp"

namespace stackrescue::console::rfb {

void Reader::fill(const char* what, std::size_t wanted) {
  // Read bytes are dropped before a frame is appended, so the buffer never grows past what
  // is unread plus one frame.
  pending_.erase(0, used_);
  used_ = 0;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - clock_.now());
    if (left.count() <= 0)
      throw ConsoleError("the VNC console did not send " + std::string(what) + " in time (" +
                         std::to_string(pending_.size()) + " of " + std::to_string(wanted) + " bytes came)");
    if (auto frame = channel_.receive(left)) {
      pending_ += *frame;
      return;
    }
  }
}

std::string Reader::read(std::size_t count, const char* what) {
  while (buffered() < count) fill(what, count);
  std::string out = pending_.substr(used_, count);
  used_ += count;
  return out;
}

void Reader::skip(std::size_t count, const char* what) {
  while (count > 0) {
    if (buffered() == 0) fill(what, count);
    const auto step = std::min(count, buffered());
    used_ += step;
    count -= step;
  }
}

}  // namespace stackrescue::console::rfb
