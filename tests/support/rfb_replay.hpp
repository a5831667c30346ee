#pragma once
// A console Channel for tests of console/rfb that plays a VNC server's side from recorded bytes: each piece of the
// server's stream becomes readable only once the client has sent a given number of bytes, as
// the real server answered only after hearing from the client. Delivered in frames of a
// chosen size (the websocket cuts the stream anywhere). Nothing to deliver: the FakeClock
// advances by the wait instead of sleeping.
#include <deque>
#include <fstream>
#include <iterator>
#include <string>

#include "console/channel.hpp"
#include "console/rfb/client.hpp"
#include "console/errors.hpp"
#include "support/fake_clock.hpp"

namespace stackrescue::testing {

inline std::string rfb_fixture(const std::string& name) {
  std::ifstream in(std::string(STACKRESCUE_FIXTURES_DIR) + "/rfb/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture rfb/" + name);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class RfbReplay : public console::Channel {
 public:
  explicit RfbReplay(FakeClock& clock) : clock_(clock) {}

  // `bytes` of the server's stream, readable once the client sent `after_sent` bytes in all,
  // in frames of at most `frame` bytes.
  RfbReplay& then(std::size_t after_sent, const std::string& bytes, std::size_t frame = 65536) {
    for (std::size_t i = 0; i < bytes.size(); i += frame) pieces_.push_back({after_sent, bytes.substr(i, frame)});
    return *this;
  }

  // What the real server (tests/fixtures/rfb) sent during the handshake, each piece after
  // the client's message it answers (session.json), in frames of at most `frame` bytes.
  RfbReplay& real_handshake(std::size_t frame = 65536, const std::string& name = "handshake_server.bin") {
    const auto server = rfb_fixture(name);
    return then(0, server.substr(0, 12), frame)  // ProtocolVersion
        .then(12, server.substr(12, 2), frame)   // security types: [None]
        .then(13, server.substr(14, 4), frame)   // SecurityResult: OK
        .then(14, server.substr(18), frame);     // ServerInit
  }

  void send(std::string_view bytes) override {
    sent.append(bytes);
    ++sends;
  }
  std::optional<std::string> receive(std::chrono::milliseconds wait) override {
    if (pieces_.empty() && closed_at_end) throw console::ConsoleError("replay: the server closed the connection");
    if (pieces_.empty() || pieces_.front().after_sent > sent.size()) {
      clock_.sleep_for(wait);
      return std::nullopt;
    }
    auto piece = std::move(pieces_.front().bytes);
    pieces_.pop_front();
    return piece;
  }
  void close() override {}

  std::size_t unread() const { return pieces_.size(); }

  std::string sent;       // everything the client sent
  std::size_t sends = 0;  // in how many send() calls
  bool closed_at_end = false;

 private:
  struct Piece {
    std::size_t after_sent;
    std::string bytes;
  };
  FakeClock& clock_;
  std::deque<Piece> pieces_;
};

// A screen captured from the real noVNC proxy (tests/fixtures/rfb/<name>: one FramebufferUpdate)
// as the client reads it after the real handshake, the SetPixelFormat `format` when given,
// and its FramebufferUpdateRequest; `unread` says what of the replay was left (0: all read).
// `handshake`: the server's handshake captured with it (another guest, another screen size).
struct CapturedScreen {
  console::rfb::Framebuffer picture;
  std::size_t unread = 0;
};

inline CapturedScreen captured_screen(const std::string& name, const console::rfb::PixelFormat* format = nullptr,
                                      std::size_t frame = 65536,
                                      const std::string& handshake = "handshake_server.bin") {
  constexpr std::size_t kAfterHandshake = 14 + 8;  // the client's handshake bytes + SetEncodings [Raw]
  FakeClock clock;
  RfbReplay replay(clock);
  replay.real_handshake(65536, handshake);
  replay.then(kAfterHandshake + (format ? 20 : 0) + 10, rfb_fixture(name), frame);
  console::rfb::Client client(replay, clock, std::chrono::steady_clock::time_point{} + std::chrono::seconds(60));
  if (format) client.request_format(*format);
  CapturedScreen captured{client.capture(), 0};
  captured.unread = replay.unread();
  return captured;
}

}  // namespace stackrescue::testing
