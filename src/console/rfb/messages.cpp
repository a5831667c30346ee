#include "console/rfb/messages.hpp"

#include <cstdio>

#include "console/rfb/bytes.hpp"

namespace stackrescue::console::rfb {

std::string client_init(bool shared) { return std::string(1, shared ? '\x01' : '\x00'); }

std::string set_pixel_format(const PixelFormat& format) {
  std::string out;
  put_u8(out, 0);
  out.append(3, '\0');
  return out + encode_pixel_format(format);
}

std::string set_encodings(const std::vector<std::int32_t>& encodings) {
  std::string out;
  put_u8(out, 2);
  put_u8(out, 0);
  put_u16(out, static_cast<std::uint32_t>(encodings.size()));
  for (const auto encoding : encodings) put_u32(out, static_cast<std::uint32_t>(encoding));
  return out;
}

std::string update_request(bool incremental, std::uint16_t x, std::uint16_t y, std::uint16_t width,
                           std::uint16_t height) {
  std::string out;
  put_u8(out, 3);
  put_u8(out, incremental ? 1 : 0);
  put_u16(out, x);
  put_u16(out, y);
  put_u16(out, width);
  put_u16(out, height);
  return out;
}

std::string printable(const std::string& bytes) {
  std::string out;
  for (const unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out;
}

}  // namespace stackrescue::console::rfb
