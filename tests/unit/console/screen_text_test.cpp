// Reading a screen as text (console/rfb/screen_text): screens drawn here from the two fonts,
// cell by cell, and the real VGA text screen of the busybox guest captured from the noVNC
// proxy (tests/fixtures/rfb).
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "console/rfb/screen_text.hpp"
#include "support/rfb_replay.hpp"

using namespace stackrescue;
using namespace stackrescue::console::rfb;

namespace {

constexpr Rgb kGrey{168, 168, 168}, kBlack{0, 0, 0}, kWhite{255, 255, 255};
constexpr const char* kUnknown = "\xEF\xBF\xBD";

Framebuffer blank_screen(std::uint16_t width, std::uint16_t height, Rgb colour = kBlack) {
  Framebuffer screen{width, height, {}};
  for (std::size_t i = 0; i < std::size_t{width} * height; ++i)
    screen.rgb.insert(screen.rgb.end(), {colour.red, colour.green, colour.blue});
  return screen;
}

void put(Framebuffer& screen, std::size_t x, std::size_t y, Rgb colour) {
  auto* p = &screen.rgb[(y * screen.width + x) * 3];
  p[0] = colour.red, p[1] = colour.green, p[2] = colour.blue;
}

// Draws glyph rows at cell (row, col) as the console does: the glyph's 8 columns, and a 9th
// in the background colour when the cells are 9 wide.
void draw_rows(Framebuffer& screen, unsigned row, unsigned col, unsigned cell_width, const unsigned char* rows,
               Rgb fg = kGrey, Rgb bg = kBlack) {
  for (unsigned y = 0; y < 16; ++y)
    for (unsigned x = 0; x < cell_width; ++x)
      put(screen, col * cell_width + x, row * 16 + y, x < 8 && (rows[y] >> (7 - x) & 1) ? fg : bg);
}

void draw(Framebuffer& screen, unsigned row, unsigned col, unsigned cell_width, char c, bool vga, Rgb fg = kGrey,
          Rgb bg = kBlack) {
  draw_rows(screen, row, col, cell_width, glyph_rows(c, vga), fg, bg);
}

std::string printable() {
  std::string all;
  for (char c = 0x20; c <= 0x7e; ++c) all += c;
  return all;
}

}  // namespace

TEST_CASE("screen text: the two fonts differ in 16 glyphs, and no picture stands for two characters", "[screen_text]") {
  std::string differing;
  for (const char c : printable()) {
    if (std::memcmp(glyph_rows(c, true), glyph_rows(c, false), 16) != 0) differing += c;
    for (const char other : printable())
      if (other != c) {
        CHECK(std::memcmp(glyph_rows(c, true), glyph_rows(other, false), 16) != 0);
        CHECK(std::memcmp(glyph_rows(c, true), glyph_rows(other, true), 16) != 0);
        CHECK(std::memcmp(glyph_rows(c, false), glyph_rows(other, false), 16) != 0);
      }
  }
  CHECK(differing == "0MTVWXYZ`fmvwx|~");
  CHECK(glyph_rows('\x1f', true) == nullptr);
  CHECK(glyph_rows('\x7f', false) == nullptr);
}

TEST_CASE("screen text: every printable character of both fonts reads back, in 9x16 and 8x16 cells", "[screen_text]") {
  for (const bool vga : {true, false}) {
    for (const auto& [width, height, cell] : {std::tuple{720, 400, 9u}, std::tuple{640, 480, 8u}, std::tuple{1024, 768, 8u}}) {
      auto screen = blank_screen(static_cast<std::uint16_t>(width), static_cast<std::uint16_t>(height));
      const auto all = printable();
      for (std::size_t i = 0; i < all.size(); ++i) draw(screen, 2 + i / 50, i % 50, cell, all[i], vga);
      const auto text = read_screen_text(screen);
      CAPTURE(vga, width);
      CHECK(text.cell_width == cell);
      CHECK(text.cell_height == 16);
      CHECK(text.lines.size() == static_cast<std::size_t>(height / 16));
      CHECK(text.lines[0].empty());
      CHECK(text.lines[2] == all.substr(0, 50));
      CHECK(text.lines[3] == all.substr(50));
      CHECK(text.unknown_cells == 0);
      CHECK(text.text_console);
      CHECK_FALSE(text.cursor);
    }
  }
}

TEST_CASE("screen text: colours do not matter, reverse video reads as the same text", "[screen_text]") {
  auto screen = blank_screen(720, 400, Rgb{0, 0, 170});
  const std::string word = "emergency";
  for (std::size_t i = 0; i < word.size(); ++i) {
    draw(screen, 0, static_cast<unsigned>(i), 9, word[i], true, kWhite, Rgb{0, 0, 170});
    draw(screen, 1, static_cast<unsigned>(i), 9, word[i], true, kBlack, kGrey);  // reverse video
  }
  const auto text = read_screen_text(screen);
  CHECK(text.lines[0] == word);
  CHECK(text.lines[1] == word);
  CHECK(text.unknown_cells == 0);
}

TEST_CASE("screen text: an unknown glyph is U+FFFD and counted, a third colour makes a cell unknown", "[screen_text]") {
  auto screen = blank_screen(640, 480);
  for (std::size_t i = 0; i < 5; ++i) draw(screen, 0, static_cast<unsigned>(i), 8, "login"[i], false);
  const unsigned char checkers[16] = {0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55,
                                      0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55};
  draw_rows(screen, 0, 5, 8, checkers);
  draw(screen, 0, 6, 8, ':', false);
  draw(screen, 0, 7, 8, 'x', false);
  put(screen, 7 * 8 + 7, 0, Rgb{255, 0, 0});  // one red pixel in the 'x' cell
  const auto text = read_screen_text(screen);
  CHECK(text.lines[0] == std::string("login") + kUnknown + ":" + kUnknown);
  CHECK(text.unknown_cells == 2);
  CHECK(text.text_console);  // 2 of 8 non-blank cells unknown
  CHECK(joined(text).substr(0, text.lines[0].size() + 1) == text.lines[0] + "\n");
}

TEST_CASE("screen text: a picture that is not text is no text console", "[screen_text]") {
  auto screen = blank_screen(800, 600);
  for (std::size_t y = 0; y < 600; ++y)
    for (std::size_t x = 0; x < 800; ++x)
      put(screen, x, y, Rgb{static_cast<std::uint8_t>(x * 7 + y), static_cast<std::uint8_t>(y * 3), static_cast<std::uint8_t>(x ^ y)});
  const auto text = read_screen_text(screen);
  CHECK_FALSE(text.text_console);
  CHECK(text.unknown_cells == (800 / 8) * (600 / 16));

  const auto black = read_screen_text(blank_screen(800, 600));  // nothing on it: no unknown cell
  CHECK(black.text_console);
  CHECK(joined(black) == std::string(600 / 16 - 1, '\n'));
}

TEST_CASE("screen text: the underline cursor over a blank or a glyph is found, the cell still read", "[screen_text]") {
  for (const unsigned cell : {9u, 8u}) {
    auto screen = cell == 9 ? blank_screen(720, 400) : blank_screen(1024, 768);
    draw(screen, 3, 0, cell, '#', true);
    draw(screen, 3, 1, cell, 'g', true);
    for (unsigned y = 13; y < 15; ++y)  // the BIOS cursor's rows, the full cell wide
      for (unsigned x = 0; x < cell; ++x) put(screen, 2 * cell + x, 3 * 16 + y, kGrey);
    auto text = read_screen_text(screen);
    CHECK(text.lines[3] == "#g");
    REQUIRE(text.cursor);
    CHECK(*text.cursor == std::pair{3u, 2u});

    for (unsigned y = 14; y < 16; ++y)  // fbcon's underline, now over the 'g': its descender is hidden, 'g' still unique
      for (unsigned x = 0; x < cell; ++x) put(screen, cell + x, 3 * 16 + y, kGrey);
    text = read_screen_text(screen);
    CHECK(text.lines[3] == "#g");
    CHECK(*text.cursor == std::pair{3u, 1u});
    CHECK(text.unknown_cells == 0);
  }
}

TEST_CASE("screen text: the real busybox screen from the noVNC proxy reads exactly", "[screen_text]") {
  const auto screen = testing::captured_screen("screen_typed.bin").picture;
  const auto text = read_screen_text(screen);
  CHECK(text.cell_width == 9);
  CHECK(text.lines.size() == 25);
  CHECK(text.unknown_cells == 0);
  CHECK(text.text_console);
  CHECK(text.lines[0] == "SeaBIOS (version 1.16.2-debian-1.16.2-1)");
  CHECK(text.lines[5] == "STACKRESCUE-BOOT-UP 912ca919-b35f-4ca7-9c2b-673cf81f8e62");
  CHECK(text.lines[9] == "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) built-in shell (ash)");
  CHECK(text.lines[12] == "sh: can't access tty; job control turned off");
  CHECK(text.lines[13] == "/ # echo Hi!");
  CHECK(text.lines[14] == "Hi!");
  CHECK(text.lines[15] == "/ #");
  CHECK_FALSE(text.cursor);  // the blinking cursor was off

  // The same screen in 8 bits per pixel, taken when the cursor was on after "/ # ".
  PixelFormat bgr233{8, 8, false, true, 7, 7, 3, 0, 3, 6};
  const auto with_cursor = read_screen_text(testing::captured_screen("screen_bgr233.bin", &bgr233).picture);
  CHECK(with_cursor.lines == text.lines);
  REQUIRE(with_cursor.cursor);
  CHECK(*with_cursor.cursor == std::pair{15u, 4u});
}

TEST_CASE("screen text: a real Debian guest's framebuffer console (fbcon, the kernel's 8x16 font) reads exactly",
          "[screen_text]") {
  // tests/fixtures/rfb/screen_debian_fbcon.bin: stackrescue-debian (m1.distro, 1280x800) at its
  // login prompt, captured from the noVNC proxy by capture_rfb.py --screen.
  const auto captured = testing::captured_screen("screen_debian_fbcon.bin", nullptr, 65536,
                                                 "screen_debian_fbcon-handshake_server.bin");
  CHECK(captured.unread == 0);
  const auto text = read_screen_text(captured.picture);
  CHECK(text.cell_width == 8);
  CHECK(text.unknown_cells == 0);
  CHECK(text.text_console);
  REQUIRE(text.lines.size() == 800 / 16);
  CHECK(text.lines[0].empty());
  CHECK(text.lines[1] == "Debian GNU/Linux 12 h21shot-debian-1796658834 tty1");
  CHECK(text.lines[2].empty());
  CHECK(text.lines[3] == "h21shot-debian-1796658834 login:");  // the cursor blinked off
  for (std::size_t i = 4; i < text.lines.size(); ++i) CHECK(text.lines[i].empty());
}
