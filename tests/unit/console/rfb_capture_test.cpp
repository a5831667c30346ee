// The RFB client against byte streams captured from the local cloud's real noVNC proxy in
// front of a real QEMU guest (tests/fixtures/rfb, captured by
// tests/fixtures/capture/capture_rfb.py; see the README there): the handshake, the keys that
// typed "echo Hi!" into that guest, and the same text screen in three pixel formats.
#include <catch2/catch.hpp>

#include <string>

#include "console/rfb/client.hpp"
#include "console/rfb/messages.hpp"
#include "support/rfb_replay.hpp"

using namespace stackrescue;
using namespace stackrescue::console::rfb;
using testing::rfb_fixture;

namespace {

const auto kDeadline = std::chrono::steady_clock::time_point{} + std::chrono::seconds(60);

// The captured screen, every byte of the replay read.
Framebuffer captured_screen(const std::string& name, const PixelFormat* format, std::size_t frame) {
  auto captured = testing::captured_screen(name, format, frame);
  CHECK(captured.unread == 0);
  return captured.picture;
}

std::uint8_t scaled(unsigned value, unsigned max) { return static_cast<std::uint8_t>((value * 255 + max / 2) / max); }

}  // namespace

TEST_CASE("rfb: the handshake with the real noVNC proxy and QEMU, in its own frames and byte by byte", "[rfb]") {
  for (const std::size_t frame : {std::size_t{65536}, std::size_t{1}, std::size_t{5}}) {
    testing::FakeClock clock;
    testing::RfbReplay replay(clock);
    replay.real_handshake(frame);
    const Client client(replay, clock, kDeadline);

    const auto& server = client.server();
    CHECK(server.minor_version == 8);
    CHECK(server.security == "None");
    CHECK(server.init.width == 720);  // QEMU's VGA text mode: 80×25 cells of 9×16
    CHECK(server.init.height == 400);
    CHECK(server.init.name == "QEMU (instance-000009d8)");
    const auto& f = server.init.format;
    CHECK(f.bits_per_pixel == 32);
    CHECK(f.depth == 24);
    CHECK_FALSE(f.big_endian);
    CHECK(f.true_colour);
    CHECK((f.red_max == 255 && f.green_max == 255 && f.blue_max == 255));
    CHECK((f.red_shift == 16 && f.green_shift == 8 && f.blue_shift == 0));
    // Byte for byte what the capture's client (written from RFC 6143) sent, which the real
    // server accepted, then SetEncodings with Raw only.
    CHECK(replay.sent == rfb_fixture("handshake_client.bin") + std::string("\x02\x00\x00\x01\x00\x00\x00\x00", 8));
  }
}

TEST_CASE("rfb: typing echo Hi! sends the key events that typed it into the real guest", "[rfb]") {
  testing::FakeClock clock;
  testing::RfbReplay replay(clock);
  replay.real_handshake();
  Client client(replay, clock, kDeadline);
  const auto before = replay.sent.size();
  const auto sends = replay.sends;
  clock.sleeps.clear();

  client.type("echo Hi!\n");

  // The same 22 events (Shift_L around 'H' and '!', Return for the newline) the capture
  // typed; screen_typed.bin shows "/ # echo Hi!" and "Hi!" on the guest's screen after them.
  CHECK(replay.sent.substr(before) == rfb_fixture("keys_client.bin"));
  CHECK(replay.sends - sends == 22);  // one event a frame
  REQUIRE(clock.sleeps.size() == 22);  // each followed by the keyboard's pause
  for (const auto pause : clock.sleeps) CHECK(pause == KeyTiming{}.pause);
}

TEST_CASE("rfb: the real text screen decodes the same from 32, 16 and 8 bits per pixel", "[rfb]") {
  for (const std::size_t frame : {std::size_t{65536}, std::size_t{1000}}) {
    const auto native = captured_screen("screen_typed.bin", nullptr, frame);
    REQUIRE(native.width == 720);
    REQUIRE(native.height == 400);

    // VGA text: light grey (0xa8) on black. Line 14 (y 224..239) is the guest's "Hi!"; its
    // 'H' (cell 0, 9 pixels wide) reads as the VGA font's H.
    std::size_t grey = 0;
    for (std::size_t y = 0; y < 400; ++y)
      for (std::size_t x = 0; x < 720; ++x) {
        const auto c = native.at(x, y);
        if (c == Rgb{168, 168, 168}) ++grey;
        else CHECK((c == Rgb{0, 0, 0}));
      }
    CHECK(grey == 11272);  // counted by the capture script's own decoder (Python)
    const char* const kH[] = {"........", "........", "##...##.", "##...##.", "##...##.", "##...##.", "#######.",
                              "##...##.", "##...##.", "##...##.", "##...##.", "##...##.", "........"};
    for (std::size_t row = 0; row < 13; ++row)
      for (std::size_t x = 0; x < 8; ++x)
        CHECK((native.at(x, 224 + row) == Rgb{0, 0, 0}) == (kH[row][x] == '.'));

    PixelFormat rgb565{16, 16, false, true, 31, 63, 31, 11, 5, 0};
    const auto screen565 = captured_screen("screen_rgb565.bin", &rgb565, frame);
    PixelFormat bgr233{8, 8, false, true, 7, 7, 3, 0, 3, 6};
    const auto screen233 = captured_screen("screen_bgr233.bin", &bgr233, frame);
    std::size_t differing233 = 0;
    for (std::size_t y = 0; y < 400; ++y)
      for (std::size_t x = 0; x < 720; ++x) {
        const auto c = native.at(x, y);
        // QEMU reduces each channel by dropping its low bits; the decoder scales back to 0..255.
        CHECK((screen565.at(x, y) == Rgb{scaled(c.red >> 3, 31), scaled(c.green >> 2, 63), scaled(c.blue >> 3, 31)}));
        if (!(screen233.at(x, y) == Rgb{scaled(c.red >> 5, 7), scaled(c.green >> 5, 7), scaled(c.blue >> 6, 3)})) {
          ++differing233;
          // The blinking cursor, after "/ # " on line 15, was on when the 8-bit screen was taken.
          CHECK((y >= 240 && y < 256 && x >= 36 && x < 45));
        }
      }
    CHECK(differing233 == 18);
  }
}
