#pragma once
// The server's messages after the handshake (RFC 6143 §7.6) applied to a picture of its
// screen: FramebufferUpdate with Raw rectangles (the only encoding asked for) in the pixel
// format of ServerInit, SetColourMapEntries for colour-mapped formats, Bell and
// ServerCutText read past. Every rectangle is checked against the screen before its pixels
// are read, and pixels are read a row at a time: memory is the picture plus one row.
#include <cstdint>
#include <vector>

#include "console/rfb/pixel_format.hpp"
#include "console/rfb/reader.hpp"

namespace stackrescue::console::rfb {

struct Framebuffer {
  std::uint16_t width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // width*height pixels, 3 bytes each, row by row

  Rgb at(std::size_t x, std::size_t y) const {
    const auto* p = &rgb[(y * width + x) * 3];
    return {p[0], p[1], p[2]};
  }
};

class Screen {
 public:
  Screen(std::uint16_t width, std::uint16_t height, const PixelFormat& format);

  // Reads one server message and applies it. True when it was a FramebufferUpdate. Throws
  // ConsoleError for a message it cannot read (an unknown type: the stream cannot be
  // followed past it), a rectangle outside the screen, an encoding other than Raw, or bytes
  // that did not come in time.
  bool read_message(Reader& reader);

  // The pixel format changed (after a SetPixelFormat of ours).
  void set_format(const PixelFormat& format) { format_ = format; }

  // True once every pixel was sent at least once (since the last forget_coverage()).
  bool complete() const { return covered_ == coverage_.size(); }
  void forget_coverage();

  const Framebuffer& framebuffer() const { return picture_; }

 private:
  void read_update(Reader& reader);
  void read_colour_map(Reader& reader);

  PixelFormat format_;
  ColourMap colours_;
  Framebuffer picture_;
  std::vector<bool> coverage_;
  std::size_t covered_ = 0;
};

}  // namespace stackrescue::console::rfb
