// What a VNC server (or anything posing as one behind the noVNC proxy) sends to the RFB
// client of console/rfb: any bytes, in any split. The first input byte picks the frame size
// and whether the channel closes or goes quiet at the end; the rest is the server's stream.
// Checked: the client ends with a picture or a ConsoleError, never a crash, a hang or an
// allocation past the screen limit; fed whole or in frames, the outcome (the picture, or the
// message) is the same; a picture has the announced size; messages are valid UTF-8. The same
// bytes as text to type and as a noVNC URL: strokes or a ConsoleError.
#include <cstdlib>
#include <string>

#include "common/clock.hpp"
#include "common/utf8.hpp"
#include "console/errors.hpp"
#include "console/rfb/client.hpp"
#include "fuzz_util.hpp"

using namespace stackrescue;

namespace {

// Time passes only when the client waits for bytes that are not there.
class StepClock : public Clock {
 public:
  time_point now() const override { return now_; }
  void sleep_for(std::chrono::milliseconds duration) override { now_ += duration; }
  double unix_now() const override { return 0; }

 private:
  time_point now_{};
};

class StreamChannel : public console::Channel {
 public:
  StreamChannel(std::string_view stream, std::size_t frame, bool closes, StepClock& clock)
      : stream_(stream), frame_(frame), closes_(closes), clock_(clock) {}
  void send(std::string_view) override {}
  std::optional<std::string> receive(std::chrono::milliseconds wait) override {
    if (at_ >= stream_.size()) {
      if (closes_) throw console::ConsoleError("the console proxy closed the websocket");
      clock_.sleep_for(wait);
      return std::nullopt;
    }
    const auto piece = stream_.substr(at_, frame_);
    at_ += piece.size();
    return std::string(piece);
  }
  void close() override {}

 private:
  std::string_view stream_;
  std::size_t frame_, at_ = 0;
  bool closes_;
  StepClock& clock_;
};

// The picture's pixels, or the error's message after "error: ".
std::string outcome(std::string_view stream, std::size_t frame, bool closes) {
  StepClock clock;
  StreamChannel channel(stream, frame, closes, clock);
  const auto deadline = clock.now() + std::chrono::seconds(10);
  try {
    // A small screen limit: the whole of console/rfb is fuzzed, not the allocator.
    console::rfb::Client client(channel, clock, deadline, 256 * 256);
    client.type("echo Hi!\n", {std::chrono::milliseconds(0)});
    const auto& picture = client.capture();
    const auto& init = client.server().init;
    if (picture.width != init.width || picture.height != init.height ||
        picture.rgb.size() != std::size_t{init.width} * init.height * 3)
      std::abort();  // a picture of another size than announced
    if (clock.now() > deadline) std::abort();  // succeeded after its deadline
    return std::string(reinterpret_cast<const char*>(picture.rgb.data()), picture.rgb.size());
  } catch (const console::ConsoleError& e) {
    if (!is_valid_utf8(e.what())) std::abort();
    // A timeout is noticed at the first wait past the deadline: never much later.
    if (clock.now() > deadline + std::chrono::seconds(11)) std::abort();
    return std::string("error: ") + e.what();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::size_t frame = 1 + data[0] % 61;
  const bool closes = (data[0] & 0x80) != 0;
  const auto stream = fuzz::text(data + 1, size - 1);

  if (outcome(stream, stream.size() + 1, closes) != outcome(stream, frame, closes))
    std::abort();  // the split of the stream changed what was read

  try {
    (void)console::rfb::strokes_for(stream);
  } catch (const console::ConsoleError& e) {
    if (!is_valid_utf8(e.what())) std::abort();
  }
  try {
    const auto url = console::rfb::novnc_websocket_url(std::string(stream));
    if (url.rfind("ws://", 0) != 0 && url.rfind("wss://", 0) != 0) std::abort();
  } catch (const console::ConsoleError& e) {
    if (!is_valid_utf8(e.what())) std::abort();
  }
  return 0;
}
