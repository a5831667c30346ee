#include "common/png.hpp"

#include <array>
#include <stdexcept>

namespace stackrescue {
namespace {

constexpr std::size_t kMaxStoredBlock = 65535;  // a stored block's LEN is 16 bits (RFC 1951 §3.2.4)

const std::array<std::uint32_t, 256>& crc_table() {
  static const auto table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  return table;
}

void put_u32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>(value >> shift & 0xff);
}

void put_chunk(std::string& out, const char* type, const std::string& data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  const std::string typed = std::string(type, 4) + data;
  out += typed;
  put_u32(out, crc32(typed));
}

// A zlib stream (RFC 1950) of stored deflate blocks.
std::string stored_zlib(const std::string& data) {
  std::string out = "\x78\x01";  // deflate, 32K window; no dictionary, the fastest level
  std::size_t at = 0;
  do {
    const auto length = std::min(kMaxStoredBlock, data.size() - at);
    const bool last = at + length == data.size();
    out += static_cast<char>(last ? 1 : 0);  // BFINAL, BTYPE 00 (stored)
    for (const auto value : {length, ~length & 0xffff}) {
      out += static_cast<char>(value & 0xff);
      out += static_cast<char>(value >> 8 & 0xff);
    }
    out.append(data, at, length);
    at += length;
  } while (at < data.size());
  put_u32(out, adler32(data));
  return out;
}

}  // namespace

std::uint32_t crc32(const std::string& bytes, std::uint32_t crc) {
  crc = ~crc;
  for (const auto byte : bytes) crc = crc_table()[(crc ^ static_cast<std::uint8_t>(byte)) & 0xff] ^ (crc >> 8);
  return ~crc;
}

std::uint32_t adler32(const std::string& bytes) {
  constexpr std::uint32_t kModulus = 65521;
  std::uint32_t a = 1, b = 0;
  for (const auto byte : bytes) {
    a = (a + static_cast<std::uint8_t>(byte)) % kModulus;
    b = (b + a) % kModulus;
  }
  return b << 16 | a;
}

std::string encode_png(std::uint32_t width, std::uint32_t height, const std::vector<std::uint8_t>& rgb) {
  if (width == 0 || height == 0 || rgb.size() / 3 / width != height || rgb.size() != std::size_t{width} * height * 3)
    throw std::invalid_argument("a PNG of " + std::to_string(width) + "x" + std::to_string(height) + " needs " +
                                "that many RGB pixels");
  std::string header;
  put_u32(header, width);
  put_u32(header, height);
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, colour type 2 (RGB), deflate, filter 0, no interlace
  std::string rows;
  rows.reserve(std::size_t{height} * (1 + std::size_t{width} * 3));
  for (std::size_t y = 0; y < height; ++y) {
    rows += '\0';  // filter type None
    rows.append(reinterpret_cast<const char*>(&rgb[y * width * 3]), std::size_t{width} * 3);
  }
  std::string png = "\x89PNG\r\n\x1a\n";
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", stored_zlib(rows));
  put_chunk(png, "IEND", "");
  return png;
}

}  // namespace stackrescue
