#include "console/rfb/screen.hpp"

#include <string>

#include "console/errors.hpp"
#include "console/rfb/bytes.hpp"
#include "console/rfb/messages.hpp"

namespace stackrescue::console::rfb {
namespace {

constexpr std::uint32_t kFramebufferUpdate = 0;
constexpr std::uint32_t kSetColourMapEntries = 1;
constexpr std::uint32_t kBell = 2;
constexpr std::uint32_t kServerCutText = 3;

}  // namespace

Screen::Screen(std::uint16_t width, std::uint16_t height, const PixelFormat& format)
    : format_(format), coverage_(std::size_t{width} * height, false) {
  picture_.width = width;
  picture_.height = height;
  picture_.rgb.assign(coverage_.size() * 3, 0);
}

void Screen::forget_coverage() {
  coverage_.assign(coverage_.size(), false);
  covered_ = 0;
}

bool Screen::read_message(Reader& reader) {
  const auto type = get_u8(reader.read(1, "a message"), 0);
  switch (type) {
    case kFramebufferUpdate:
      read_update(reader);
      return true;
    case kSetColourMapEntries:
      read_colour_map(reader);
      return false;
    case kBell:
      return false;
    case kServerCutText: {
      const auto head = reader.read(7, "a clipboard text's length");
      reader.skip(get_u32(head, 3), "a clipboard text");
      return false;
    }
    default:
      throw ConsoleError("the VNC server sent a message of unknown type " + std::to_string(type) +
                         ": the RFB stream cannot be followed past it");
  }
}

void Screen::read_update(Reader& reader) {
  const auto count = get_u16(reader.read(3, "a FramebufferUpdate"), 1);
  const std::size_t bytes = format_.bytes_per_pixel();
  for (std::uint32_t r = 0; r < count; ++r) {
    const auto head = reader.read(12, "a rectangle's header");
    const std::size_t x = get_u16(head, 0), y = get_u16(head, 2), w = get_u16(head, 4), h = get_u16(head, 6);
    const auto encoding = static_cast<std::int32_t>(get_u32(head, 8));
    const std::string where = std::to_string(w) + "x" + std::to_string(h) + "+" + std::to_string(x) + "+" +
                              std::to_string(y);
    if (encoding != kEncodingRaw)
      throw ConsoleError("the VNC server sent rectangle " + where + " in encoding " + std::to_string(encoding) +
                         ", which was not asked for (only Raw, 0)");
    if (x + w > picture_.width || y + h > picture_.height)
      throw ConsoleError("the VNC server sent rectangle " + where + ", outside its " +
                         std::to_string(picture_.width) + "x" + std::to_string(picture_.height) + " screen");
    for (std::size_t row = y; row < y + h; ++row) {
      const auto pixels = reader.read(w * bytes, "a rectangle's pixels");
      const auto* in = reinterpret_cast<const unsigned char*>(pixels.data());
      for (std::size_t col = x; col < x + w; ++col, in += bytes) {
        const std::size_t at = row * picture_.width + col;
        const Rgb colour = to_rgb(format_, colours_, in);
        picture_.rgb[at * 3] = colour.red;
        picture_.rgb[at * 3 + 1] = colour.green;
        picture_.rgb[at * 3 + 2] = colour.blue;
        if (!coverage_[at]) {
          coverage_[at] = true;
          ++covered_;
        }
      }
    }
  }
}

void Screen::read_colour_map(Reader& reader) {
  const auto head = reader.read(5, "a SetColourMapEntries");
  const std::size_t first = get_u16(head, 1), count = get_u16(head, 3);
  // A colour map indexes pixels of at most 16 bits: entries past 65535 could never be used.
  if (first + count > 65536)
    throw ConsoleError("the VNC server sent colour map entries " + std::to_string(first) + " to " +
                       std::to_string(first + count - 1) + ", past the 65536 a pixel can index");
  const auto entries = reader.read(count * 6, "colour map entries");
  if (colours_.size() < first + count) colours_.resize(first + count);
  for (std::size_t i = 0; i < count; ++i)
    colours_[first + i] = {static_cast<std::uint8_t>(get_u16(entries, i * 6) >> 8),
                           static_cast<std::uint8_t>(get_u16(entries, i * 6 + 2) >> 8),
                           static_cast<std::uint8_t>(get_u16(entries, i * 6 + 4) >> 8)};
}

}  // namespace stackrescue::console::rfb
