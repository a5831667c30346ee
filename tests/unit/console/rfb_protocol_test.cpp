// The RFB client against servers that behave otherwise than the captured one: other versions
// and security, refusals, hostile or broken streams, and the noVNC URL. Every failure is a
// ConsoleError naming the problem, within the deadline, without holding more than the screen.
#include <catch2/catch.hpp>

#include <string>

#include "console/errors.hpp"
#include "console/rfb/bytes.hpp"
#include "console/rfb/client.hpp"
#include "console/rfb/messages.hpp"
#include "support/rfb_replay.hpp"

using namespace stackrescue;
using namespace stackrescue::console::rfb;
using Catch::Matchers::Contains;

namespace {

const auto kDeadline = std::chrono::steady_clock::time_point{} + std::chrono::seconds(30);

std::string u16(std::uint32_t v) {
  std::string s;
  put_u16(s, v);
  return s;
}
std::string u32(std::uint32_t v) {
  std::string s;
  put_u32(s, v);
  return s;
}

// ServerInit of a w×h screen in `format`, named "vm".
std::string server_init(std::uint16_t w, std::uint16_t h, const PixelFormat& format = {}) {
  return u16(w) + u16(h) + encode_pixel_format(format) + u32(2) + "vm";
}

struct Run {
  testing::FakeClock clock;
  testing::RfbReplay replay{clock};
};

std::string failure(Run& run) {
  try {
    Client client(run.replay, run.clock, kDeadline);
    client.capture();
  } catch (const console::ConsoleError& e) {
    return e.what();
  }
  return "(no error)";
}

// A 3.8 server offering None whose ServerInit is `init`; what follows is readable after the
// client's handshake, SetEncodings and FramebufferUpdateRequest (14 + 8 + 10 bytes).
void server_38(Run& run, const std::string& init, const std::string& after_request = "") {
  run.replay.then(0, "RFB 003.008\n").then(12, std::string("\x01\x01", 2)).then(13, u32(0)).then(14, init);
  if (!after_request.empty()) run.replay.then(32, after_request);
}

std::string update_head(std::uint16_t rects) { return std::string("\x00\x00", 2) + u16(rects); }
std::string rect(std::uint16_t x, std::uint16_t y, std::uint16_t w, std::uint16_t h, std::int32_t encoding = 0) {
  return u16(x) + u16(y) + u16(w) + u16(h) + u32(static_cast<std::uint32_t>(encoding));
}

}  // namespace

TEST_CASE("rfb: RFB 3.3: the server imposes None and the client answers 3.3", "[rfb]") {
  Run run;
  run.replay.then(0, "RFB 003.003\n").then(12, u32(1)).then(13, server_init(1, 1));
  Client client(run.replay, run.clock, kDeadline);
  CHECK(client.server().minor_version == 3);
  CHECK(run.replay.sent.substr(0, 13) == std::string("RFB 003.003\n\x01", 13));
}

TEST_CASE("rfb: RFB 3.7 with None has no SecurityResult, a later version is answered with 3.8", "[rfb]") {
  Run run;
  run.replay.then(0, "RFB 003.007\n").then(12, std::string("\x02\x02\x01", 3)).then(13, server_init(1, 1));
  CHECK(Client(run.replay, run.clock, kDeadline).server().minor_version == 7);
  Run later;
  later.replay.then(0, "RFB 003.889\n").then(12, std::string("\x01\x01", 2)).then(13, u32(0)).then(14, server_init(1, 1));
  CHECK(Client(later.replay, later.clock, kDeadline).server().minor_version == 8);
  CHECK(later.replay.sent.substr(0, 12) == "RFB 003.008\n");
}

TEST_CASE("rfb: VeNCrypt with its None subtype is negotiated", "[rfb]") {
  Run run;
  run.replay.then(0, "RFB 003.008\n")
      .then(12, std::string("\x02\x02\x13", 3))          // VNC password, VeNCrypt
      .then(13, std::string("\x00\x02", 2))              // VeNCrypt 0.2
      .then(15, std::string("\x00\x02", 2) + u32(257) + u32(1))  // ack; subtypes TLSNone, None
      .then(19, u32(0) + server_init(2, 1));
  Client client(run.replay, run.clock, kDeadline);
  CHECK(client.server().security == "VeNCrypt/None");
  CHECK(run.replay.sent.substr(12, 8) == std::string("\x13\x00\x02", 3) + u32(1) + "\x01");
}

TEST_CASE("rfb: security it cannot do is refused naming what the server asked for", "[rfb]") {
  Run password;
  password.replay.then(0, "RFB 003.008\n").then(12, std::string("\x02\x02\x10", 3));
  const auto message = failure(password);
  CHECK_THAT(message, Contains("cannot do") && Contains("VNC password (2)") && Contains("Tight (16)"));

  Run tls_only;
  tls_only.replay.then(0, "RFB 003.008\n").then(12, std::string("\x01\x13", 2)).then(13, std::string("\x00\x02", 2))
      .then(15, std::string("\x00\x02", 2) + u32(257) + u32(262));
  CHECK_THAT(failure(tls_only), Contains("TLSNone (257)") && Contains("X509Plain (262)"));

  Run old;
  old.replay.then(0, "RFB 003.003\n").then(12, u32(2));
  CHECK_THAT(failure(old), Contains("VNC password (2)"));
}

TEST_CASE("rfb: a refusal carries the server's reason, made printable and cut", "[rfb]") {
  Run run;
  run.replay.then(0, "RFB 003.008\n").then(12, std::string("\x00", 1) + u32(4000) + "too many\x07" +
                                                  std::string(4000, 'x'));
  const auto message = failure(run);
  CHECK_THAT(message, Contains("refused the connection: too many\\x07xxx"));
  CHECK(message.size() < 700);

  Run failed;
  failed.replay.then(0, "RFB 003.008\n").then(12, std::string("\x01\x01", 2)).then(13, u32(1) + u32(6) + "denied");
  CHECK_THAT(failure(failed), Contains("refused the security handshake: denied"));
}

TEST_CASE("rfb: a console that is not RFB is named by its first bytes", "[rfb]") {
  Run run;
  run.replay.then(0, "HTTP/1.1 404 Not Found\r\n");
  CHECK_THAT(failure(run), Contains("does not speak RFB") && Contains("HTTP/1.1 404"));
}

TEST_CASE("rfb: a screen over the limit is refused from ServerInit", "[rfb]") {
  Run run;
  server_38(run, server_init(65535, 65535));
  CHECK_THAT(failure(run), Contains("65535x65535") && Contains("more than"));
}

TEST_CASE("rfb: an unreadable pixel format is refused", "[rfb]") {
  PixelFormat odd;
  odd.bits_per_pixel = 24;
  Run run;
  server_38(run, server_init(1, 1, odd));
  CHECK_THAT(failure(run), Contains("24 bits per pixel"));
  PixelFormat shifted;
  shifted.red_shift = 40;
  Run shifts;
  server_38(shifts, server_init(1, 1, shifted));
  CHECK_THAT(failure(shifts), Contains("colour shifts"));
}

TEST_CASE("rfb: rectangles outside the screen or in an encoding not asked for are refused", "[rfb]") {
  Run outside;
  server_38(outside, server_init(4, 4), update_head(1) + rect(2, 0, 3, 1));
  CHECK_THAT(failure(outside), Contains("3x1+2+0") && Contains("outside its 4x4 screen"));
  Run hextile;
  server_38(hextile, server_init(4, 4), update_head(1) + rect(0, 0, 4, 4, 5));
  CHECK_THAT(failure(hextile), Contains("encoding 5") && Contains("not asked for"));
  Run unknown;
  server_38(unknown, server_init(4, 4), std::string("\x09", 1));
  CHECK_THAT(failure(unknown), Contains("unknown type 9"));
}

TEST_CASE("rfb: a server that stops sending fails at the deadline, naming what it waited for", "[rfb]") {
  Run run;
  server_38(run, server_init(4, 4), update_head(1) + rect(0, 0, 4, 4) + std::string(10, '\0'));
  CHECK_THAT(failure(run), Contains("did not send a rectangle's pixels in time"));
  CHECK(run.clock.now() >= kDeadline);
  CHECK(run.clock.now() < kDeadline + std::chrono::seconds(1));
}

TEST_CASE("rfb: an update in pieces, bell and clipboard between: captured once every pixel came", "[rfb]") {
  Run run;
  PixelFormat mapped{8, 8, false, false, 0, 0, 0, 0, 0, 0};
  const std::string colours = std::string("\x01\x00", 2) + u16(3) + u16(2) +  // entries 3 and 4
                              u16(0xff00) + u16(0x8000) + u16(0) + u16(0) + u16(0) + u16(0xffff);
  const std::string left = update_head(1) + rect(0, 0, 1, 1) + "\x03";
  const std::string bell_clip = std::string("\x02\x03\x00\x00\x00", 5) + u32(3) + "abc";
  run.replay.then(0, "RFB 003.008\n").then(12, std::string("\x01\x01", 2)).then(13, u32(0))
      .then(14, server_init(2, 1, mapped))
      .then(32, colours + left + bell_clip, 3)
      .then(42, update_head(1) + rect(1, 0, 1, 1) + "\x04", 2);  // after the second request
  Client client(run.replay, run.clock, kDeadline);
  const auto& picture = client.capture();
  CHECK((picture.at(0, 0) == Rgb{0xff, 0x80, 0}));
  CHECK((picture.at(1, 0) == Rgb{0, 0, 0xff}));
  CHECK(run.replay.sent.substr(22) == update_request(false, 0, 0, 2, 1) + update_request(false, 0, 0, 2, 1));
}

TEST_CASE("rfb: pixel formats: byte order, maxima other than a byte's, colour maps", "[rfb]") {
  const ColourMap none;
  PixelFormat big{32, 24, true, true, 255, 255, 255, 0, 8, 16};
  const unsigned char be[] = {0x00, 0x30, 0x20, 0x10};
  CHECK((to_rgb(big, none, be) == Rgb{0x10, 0x20, 0x30}));
  PixelFormat rgb444{16, 12, false, true, 15, 15, 15, 8, 4, 0};
  const unsigned char le[] = {0x0f, 0x0f};  // 0x0f0f: red 15, green 0, blue 15
  CHECK((to_rgb(rgb444, none, le) == Rgb{255, 0, 255}));
  PixelFormat mapped{8, 8, false, false, 0, 0, 0, 0, 0, 0};
  const unsigned char index[] = {7};
  CHECK((to_rgb(mapped, none, index) == Rgb{0, 0, 0}));  // no entry: black
}

TEST_CASE("rfb: keys: shifted characters, control keys, Ctrl-C, and text without keys", "[rfb]") {
  CHECK(strokes_for("aZ\n\t") == std::vector<KeyStroke>{{{'a'}}, {{keysym::kShiftL, 'Z'}}, {{keysym::kReturn}},
                                                         {{keysym::kTab}}});
  CHECK(key_events(ctrl_c()) == std::vector<std::string>{key_event(true, 0xffe3), key_event(true, 'c'),
                                                          key_event(false, 'c'), key_event(false, 0xffe3)});
  CHECK(key_event(true, 0xff0d) == std::string("\x04\x01\x00\x00\x00\x00\xff\x0d", 8));
  CHECK_THROWS_WITH(strokes_for("ok caf\xc3\xa9"), Contains("byte 0xc3 at offset 6") && Contains("graphical"));
}

TEST_CASE("rfb: the websocket URL behind Nova's noVNC URL, as noVNC builds it", "[rfb]") {
  CHECK(novnc_websocket_url("http://127.0.0.1:6080/vnc_lite.html?path=%3Ftoken%3Dabc-123") ==
        "ws://127.0.0.1:6080/?token=abc-123");
  CHECK(novnc_websocket_url("https://console.example:443/vnc_auto.html?path=websockify%3Ftoken%3Dt") ==
        "wss://console.example:443/websockify?token=t");
  CHECK(novnc_websocket_url("https://console.example/vnc_auto.html?token=t2") ==
        "wss://console.example:443/websockify?token=t2");
  CHECK_THROWS_WITH(novnc_websocket_url("http://h:6080/vnc_lite.html?x=secret"),
                    Contains("no console token") && !Contains("secret"));
  CHECK_THROWS_WITH(novnc_websocket_url("ftp://h/x?token=secret"), Contains("not an http(s) URL") && !Contains("secret"));
  // Found by the fuzz target rfb_reader: a host with bytes that are not UTF-8 made a message
  // JSON cannot carry.
  CHECK_THROWS_WITH(novnc_websocket_url("http://185h\xcb\xcb/=%27xxabiv121bc"), Contains("http://185h\\xcb\\xcb"));
}
