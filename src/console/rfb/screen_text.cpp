#include "console/rfb/screen_text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>

namespace stackrescue::console::rfb {
namespace {

constexpr unsigned kCellHeight = 16;
constexpr char kFirst = 0x20, kLast = 0x7e;
constexpr std::size_t kGlyphs = kLast - kFirst + 1;
constexpr const char* kUnknown = "\xEF\xBF\xBD";  // U+FFFD

const unsigned char kVgaFont[kGlyphs][kCellHeight] = {
#include "console-fonts/vga_8x16.inc"
};
const unsigned char kLinuxFont[kGlyphs][kCellHeight] = {
#include "console-fonts/linux_8x16.inc"
};

// A cell's pixels as glyph rows: bit 8 is the 9th column of a VGA text cell, bits 7..0 the
// eight columns the font draws (bit 7 leftmost).
using Rows = std::array<std::uint16_t, kCellHeight>;

// Both fonts' glyphs by their rows. The two fonts never give one picture two characters
// (tests/unit/console/screen_text_test.cpp checks it).
const std::map<Rows, char>& glyph_index() {
  static const auto index = [] {
    std::map<Rows, char> glyphs;
    for (const auto* font : {kVgaFont, kLinuxFont})
      for (std::size_t i = 0; i < kGlyphs; ++i) {
        Rows rows{};
        for (unsigned r = 0; r < kCellHeight; ++r) rows[r] = font[i][r];
        glyphs.emplace(rows, static_cast<char>(kFirst + i));
      }
    return glyphs;
  }();
  return index;
}

std::uint32_t colour_at(const Framebuffer& screen, std::size_t x, std::size_t y) {
  const auto* p = &screen.rgb[(y * screen.width + x) * 3];
  return std::uint32_t{p[0]} << 16 | std::uint32_t{p[1]} << 8 | p[2];
}

enum class CellKind { blank, pattern, too_many_colours };

// The cell at (col, row) as rows of bits, 1 where a pixel is not the background (the
// cell's most frequent colour). Only two colours can be a glyph: a third makes it unknown.
CellKind cell_rows(const Framebuffer& screen, unsigned col, unsigned row, unsigned width, Rows& rows) {
  std::uint32_t colours[2] = {};
  std::size_t counts[2] = {};
  unsigned seen = 0;
  const std::size_t x0 = std::size_t{col} * width, y0 = std::size_t{row} * kCellHeight;
  for (unsigned y = 0; y < kCellHeight; ++y)
    for (unsigned x = 0; x < width; ++x) {
      const auto colour = colour_at(screen, x0 + x, y0 + y);
      unsigned which = 0;
      while (which < seen && colours[which] != colour) ++which;
      if (which == seen) {
        if (seen == 2) return CellKind::too_many_colours;
        colours[seen++] = colour;
      }
      ++counts[which];
    }
  if (seen == 1) return CellKind::blank;
  const auto background = counts[0] >= counts[1] ? colours[0] : colours[1];
  for (unsigned y = 0; y < kCellHeight; ++y) {
    rows[y] = 0;
    for (unsigned x = 0; x < width; ++x)
      if (colour_at(screen, x0 + x, y0 + y) != background) rows[y] |= std::uint16_t(1u << (x < 8 ? 7 - x : 8));
  }
  return CellKind::pattern;
}

std::optional<char> exact_glyph(const Rows& rows) {
  const auto& index = glyph_index();
  const auto found = index.find(rows);
  return found == index.end() ? std::nullopt : std::optional<char>(found->second);
}

// A text cursor: a band of rows in the lower half of the cell filled over the whole cell
// width, as QEMU's VGA text mode (the BIOS's cursor rows, 13 and 14 for 16-row cells) and
// fbcon's underline cursor draw it, over a glyph whose other rows are those of exactly one
// character. A cell that shows nothing but the cursor is a blank: an underscore hidden
// under the band would look the same, and the screen shows none.
std::optional<char> under_cursor(const Rows& rows, unsigned width) {
  const std::uint16_t full = static_cast<std::uint16_t>((1u << width) - 1);
  unsigned first = kCellHeight, last = 0;
  for (unsigned r = 0; r < kCellHeight; ++r)
    if (rows[r] == full) first = std::min(first, r), last = r;
  if (first < kCellHeight / 2 || first == kCellHeight) return std::nullopt;
  for (unsigned r = first; r <= last; ++r)
    if (rows[r] != full) return std::nullopt;  // not one band
  if (std::all_of(rows.begin(), rows.end(), [full](std::uint16_t row) { return row == 0 || row == full; })) return ' ';
  std::optional<char> match;
  for (const auto& [glyph, c] : glyph_index()) {
    bool same = true;
    for (unsigned r = 0; r < kCellHeight && same; ++r) same = (r >= first && r <= last) || glyph[r] == rows[r];
    if (!same || match == c) continue;
    if (match) return std::nullopt;  // two characters look alike around the cursor: no guess
    match = c;
  }
  return match;
}

void trim_right(std::string& line) {
  const auto end = line.find_last_not_of(' ');
  line.erase(end == std::string::npos ? 0 : end + 1);
}

}  // namespace

const unsigned char* glyph_rows(char c, bool vga) {
  if (c < kFirst || c > kLast) return nullptr;
  return (vga ? kVgaFont : kLinuxFont)[c - kFirst];
}

ScreenText read_screen_text(const Framebuffer& screen) {
  ScreenText text;
  // QEMU's VGA text mode is the one 720x400 screen: 80 columns of 9 pixels (the 9th blank
  // for every ASCII glyph); a framebuffer console draws 8-pixel columns.
  text.cell_width = screen.width == 720 && screen.height == 400 ? 9 : 8;
  text.cell_height = kCellHeight;
  const unsigned columns = screen.width / text.cell_width, rows = screen.height / kCellHeight;
  std::size_t non_blank = 0;
  for (unsigned row = 0; row < rows; ++row) {
    std::string line;
    for (unsigned col = 0; col < columns; ++col) {
      Rows cell{};
      const auto kind = cell_rows(screen, col, row, text.cell_width, cell);
      if (kind == CellKind::blank) {
        line += ' ';
        continue;
      }
      ++non_blank;
      std::optional<char> c;
      if (kind == CellKind::pattern) {
        // Reverse video, and fbcon's block cursor (the glyph XORed), need no second look:
        // every ASCII glyph covers less than half its cell, so the most frequent colour is
        // the one around the glyph either way.
        c = exact_glyph(cell);
        if (!c && (c = under_cursor(cell, text.cell_width)) && !text.cursor) text.cursor = std::make_pair(row, col);
      }
      if (c) {
        line += *c;
      } else {
        line += kUnknown;
        ++text.unknown_cells;
      }
    }
    trim_right(line);
    text.lines.push_back(std::move(line));
  }
  text.text_console = text.unknown_cells * 2 <= non_blank;
  return text;
}

std::string joined(const ScreenText& text) {
  std::string all;
  for (std::size_t i = 0; i < text.lines.size(); ++i) {
    if (i) all += '\n';
    all += text.lines[i];
  }
  return all;
}

}  // namespace stackrescue::console::rfb
