// A login prompt on a graphical console's screen (console/screen_login): the screens are drawn
// here in the kernel's 8x16 font and sent as a VNC server sends them (a Raw FramebufferUpdate
// after each request); what is typed is read back from the bytes the client sent.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "console/errors.hpp"
#include "console/rfb/bytes.hpp"
#include "console/rfb/client.hpp"
#include "console/rfb/keys.hpp"
#include "console/rfb/pixel_format.hpp"
#include "console/rfb/screen_text.hpp"
#include "console/screen_login.hpp"
#include "support/rfb_replay.hpp"

using namespace stackrescue;
using namespace stackrescue::console;
using Catch::Matchers::Contains;

namespace {

const auto kDeadline = std::chrono::steady_clock::time_point{} + std::chrono::seconds(60);
constexpr std::uint16_t kWidth = 8 * 48, kHeight = 16 * 2;  // 48 columns, 2 rows of fbcon cells

std::string u16(std::uint32_t v) {
  std::string s;
  rfb::put_u16(s, v);
  return s;
}
std::string u32(std::uint32_t v) {
  std::string s;
  rfb::put_u32(s, v);
  return s;
}

// A FramebufferUpdate of the whole screen showing `rows` (grey on black, 32-bit pixels B,G,R,0).
std::string screen_showing(const std::vector<std::string>& rows) {
  std::string pixels(std::size_t(kWidth) * kHeight * 4, '\0');
  for (std::size_t row = 0; row < rows.size(); ++row)
    for (std::size_t col = 0; col < rows[row].size(); ++col) {
      const auto* glyph = rfb::glyph_rows(rows[row][col], false);
      for (unsigned y = 0; y < 16; ++y)
        for (unsigned x = 0; x < 8; ++x)
          if (glyph[y] & (0x80 >> x)) {
            auto* p = &pixels[((row * 16 + y) * kWidth + col * 8 + x) * 4];
            p[0] = p[1] = p[2] = static_cast<char>(0xaa);
          }
    }
  return std::string("\x00\x00", 2) + u16(1) + u16(0) + u16(0) + u16(kWidth) + u16(kHeight) + u32(0) + pixels;
}

// The events typing `text` sends.
std::size_t typed_bytes(const std::string& text) {
  std::size_t bytes = 0;
  for (const auto& stroke : rfb::strokes_for(text)) bytes += rfb::key_events(stroke).size() * 8;
  return bytes;
}

struct Rig {
  testing::FakeClock clock;
  testing::RfbReplay replay{clock};
  std::size_t sent = 0;  // what the client has sent once the next screen is asked for

  Rig() {
    const std::string init = u16(kWidth) + u16(kHeight) + rfb::encode_pixel_format({}) + u32(2) + "vm";
    replay.then(0, "RFB 003.008\n").then(12, std::string("\x01\x01", 2)).then(13, u32(0)).then(14, init);
    sent = 14 + 8;  // ClientInit's end, SetEncodings
  }
  // The next capture, after `typed` was typed, shows `rows`.
  void then_screen(const std::string& typed, const std::vector<std::string>& rows) {
    sent += typed_bytes(typed) + 10;  // the keys, then the FramebufferUpdateRequest
    replay.then(sent, screen_showing(rows));
  }
};

}  // namespace

TEST_CASE("screen_login: a login prompt on the screen is answered, the password once it is asked for") {
  Rig rig;
  rig.then_screen("", {"Debian GNU/Linux 12", "web-1 login:"});
  rig.then_screen("root\n", {"web-1 login: root", "Password:"});
  rfb::Client screen(rig.replay, rig.clock, kDeadline);
  CHECK(log_in_on_screen(screen, {"root", "s3cret"}, "vm", rig.clock, kDeadline));
  CHECK(rig.replay.unread() == 0);
  CHECK(rig.replay.sent.size() == rig.sent + typed_bytes("s3cret\n"));
}

TEST_CASE("screen_login: a screen at a shell prompt is left alone, nothing typed") {
  Rig rig;
  rig.then_screen("", {"sysrescue login: root (automatic login)", "[root@sysrescue ~]#"});
  rfb::Client screen(rig.replay, rig.clock, kDeadline);
  CHECK_FALSE(log_in_on_screen(screen, {"root", "s3cret"}, "vm", rig.clock, kDeadline));
  CHECK(rig.replay.sent.size() == rig.sent);
}

TEST_CASE("screen_login: a login asked for without console_user, or asked for again, fails naming it") {
  Rig rig;
  rig.then_screen("", {"", "web-1 login:"});
  SECTION("no user") {
    rfb::Client screen(rig.replay, rig.clock, kDeadline);
    CHECK_THROWS_WITH(log_in_on_screen(screen, {}, "vm", rig.clock, kDeadline), Contains("set console_user"));
  }
  SECTION("refused: the login prompt comes back") {
    rig.then_screen("root\n", {"Login incorrect", "web-1 login:"});
    rfb::Client screen(rig.replay, rig.clock, kDeadline);
    CHECK_THROWS_WITH(log_in_on_screen(screen, {"root", "x"}, "vm", rig.clock, kDeadline), Contains("was refused"));
  }
  SECTION("a password asked for without console_password") {
    rig.then_screen("root\n", {"web-1 login: root", "Password:"});
    rfb::Client screen(rig.replay, rig.clock, kDeadline);
    CHECK_THROWS_WITH(log_in_on_screen(screen, {"root", std::nullopt}, "vm", rig.clock, kDeadline),
                      Contains("set console_password"));
  }
}
