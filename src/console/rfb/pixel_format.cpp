#include "console/rfb/pixel_format.hpp"

#include "console/errors.hpp"
#include "console/rfb/bytes.hpp"

namespace stackrescue::console::rfb {
namespace {

// A channel's value scaled from 0..max to 0..255 (rounded), as a viewer shows it.
std::uint8_t scaled(std::uint32_t value, std::uint32_t max) {
  if (max == 0) return 0;
  return static_cast<std::uint8_t>((value * 255u + max / 2) / max);
}

}  // namespace

PixelFormat parse_pixel_format(std::string_view bytes) {
  PixelFormat format;
  format.bits_per_pixel = static_cast<std::uint8_t>(get_u8(bytes, 0));
  format.depth = static_cast<std::uint8_t>(get_u8(bytes, 1));
  format.big_endian = get_u8(bytes, 2) != 0;
  format.true_colour = get_u8(bytes, 3) != 0;
  format.red_max = static_cast<std::uint16_t>(get_u16(bytes, 4));
  format.green_max = static_cast<std::uint16_t>(get_u16(bytes, 6));
  format.blue_max = static_cast<std::uint16_t>(get_u16(bytes, 8));
  format.red_shift = static_cast<std::uint8_t>(get_u8(bytes, 10));
  format.green_shift = static_cast<std::uint8_t>(get_u8(bytes, 11));
  format.blue_shift = static_cast<std::uint8_t>(get_u8(bytes, 12));
  const unsigned bits = format.bits_per_pixel;
  if (bits != 8 && bits != 16 && bits != 32)
    throw ConsoleError("the VNC server announced " + std::to_string(bits) +
                       " bits per pixel; RFB allows only 8, 16 or 32");
  if (format.true_colour && (format.red_shift >= bits || format.green_shift >= bits || format.blue_shift >= bits))
    throw ConsoleError("the VNC server announced a pixel format whose colour shifts (" +
                       std::to_string(format.red_shift) + ", " + std::to_string(format.green_shift) + ", " +
                       std::to_string(format.blue_shift) + ") lie outside its " + std::to_string(bits) +
                       "-bit pixels");
  return format;
}

std::string encode_pixel_format(const PixelFormat& format) {
  std::string out;
  put_u8(out, format.bits_per_pixel);
  put_u8(out, format.depth);
  put_u8(out, format.big_endian ? 1 : 0);
  put_u8(out, format.true_colour ? 1 : 0);
  put_u16(out, format.red_max);
  put_u16(out, format.green_max);
  put_u16(out, format.blue_max);
  put_u8(out, format.red_shift);
  put_u8(out, format.green_shift);
  put_u8(out, format.blue_shift);
  out.append(3, '\0');
  return out;
}

Rgb to_rgb(const PixelFormat& format, const ColourMap& colours, const unsigned char* pixel) {
  const std::size_t size = format.bytes_per_pixel();
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < size; ++i) {
    const std::size_t byte = format.big_endian ? i : size - 1 - i;
    value = value << 8 | pixel[byte];
  }
  if (!format.true_colour) return value < colours.size() ? colours[value] : Rgb{};
  return {scaled(value >> format.red_shift & format.red_max, format.red_max),
          scaled(value >> format.green_shift & format.green_max, format.green_max),
          scaled(value >> format.blue_shift & format.blue_max, format.blue_max)};
}

}  // namespace stackrescue::console::rfb
