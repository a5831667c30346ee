#pragma once
// A captured screen read as text, for the screens of a text console: the VGA text mode of a
// BIOS guest (720x400, 80x25 cells of 9x16) and the Linux framebuffer console (fbcon, cells
// of 8x16). Each cell is compared exactly with the printable ASCII glyphs of the two fonts
// these consoles draw with (third_party/console-fonts): a cell that matches no glyph is not
// guessed at but marked (U+FFFD) and counted, so that a picture that is not a text console
// in a known font says so (text_console false) instead of yielding made-up text.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "console/rfb/screen.hpp"

namespace stackrescue::console::rfb {

struct ScreenText {
  std::vector<std::string> lines;  // one per text row, trailing blanks trimmed; unknown cells are U+FFFD
  std::size_t unknown_cells = 0;   // non-blank cells no glyph matched
  unsigned cell_width = 0, cell_height = 0;
  // False when more than half of the non-blank cells are unknown (not a text console in a
  // known font): callers then treat the text as absent.
  bool text_console = false;
  // (row, col) of the cell showing the text cursor (an underline over or under a glyph).
  std::optional<std::pair<unsigned, unsigned>> cursor;
};

ScreenText read_screen_text(const Framebuffer& screen);

// The lines joined with '\n'.
std::string joined(const ScreenText& text);

// The glyph rows (bit 7 leftmost) of printable ASCII character `c` (0x20-0x7e) in the VGA
// BIOS font (vga = true) or the Linux kernel's 8x16 font: tests draw screens with them.
const unsigned char* glyph_rows(char c, bool vga);

}  // namespace stackrescue::console::rfb
