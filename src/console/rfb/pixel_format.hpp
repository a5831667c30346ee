#pragma once
// The pixel format a VNC server announces in ServerInit (RFC 6143 §7.4): how many bytes a
// pixel takes, its byte order, and either where red, green and blue sit in it (true colour) or
// that it is an index into a colour map the server sends (SetColourMapEntries). Any format the
// server may announce is read; nothing is asked of it (no SetPixelFormat), so what the
// server finds cheapest is what travels.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stackrescue::console::rfb {

struct Rgb {
  std::uint8_t red = 0, green = 0, blue = 0;
  bool operator==(const Rgb& other) const {
    return red == other.red && green == other.green && blue == other.blue;
  }
};

struct PixelFormat {
  std::uint8_t bits_per_pixel = 32;
  std::uint8_t depth = 24;
  bool big_endian = false;
  bool true_colour = true;
  std::uint16_t red_max = 255, green_max = 255, blue_max = 255;
  std::uint8_t red_shift = 16, green_shift = 8, blue_shift = 0;

  std::size_t bytes_per_pixel() const { return bits_per_pixel / 8u; }
};

constexpr std::size_t kPixelFormatBytes = 16;

// The 16 bytes of a PIXEL_FORMAT. Throws ConsoleError for one that cannot be read: bits per
// pixel other than 8, 16 or 32, or a colour shift outside the pixel.
PixelFormat parse_pixel_format(std::string_view bytes);
// The 16 bytes of `format` (SetPixelFormat; tests).
std::string encode_pixel_format(const PixelFormat& format);

// A colour-mapped format's colour map: SetColourMapEntries fill it; an index it has no entry
// for is black.
using ColourMap = std::vector<Rgb>;

// The colour of the pixel whose bytes start at `pixel` (format.bytes_per_pixel() of them),
// each channel scaled to 0..255.
Rgb to_rgb(const PixelFormat& format, const ColourMap& colours, const unsigned char* pixel);

}  // namespace stackrescue::console::rfb
