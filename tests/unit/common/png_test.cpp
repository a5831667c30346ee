// The PNG writer (common/png): its checksums against known values, its structure, and the
// file read back by another implementation (Python's zlib, a decoder we did not write).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "common/png.hpp"
#include "common/sha256.hpp"

using namespace stackrescue;

namespace {

std::vector<std::uint8_t> picture(std::uint32_t width, std::uint32_t height) {
  std::vector<std::uint8_t> rgb;
  for (std::uint32_t y = 0; y < height; ++y)
    for (std::uint32_t x = 0; x < width; ++x)
      rgb.insert(rgb.end(), {static_cast<std::uint8_t>(x), static_cast<std::uint8_t>(y), static_cast<std::uint8_t>(x * y)});
  return rgb;
}

std::uint32_t u32(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<std::uint8_t>(bytes[at + i]);
  return value;
}

// What Python's zlib makes of the file: "WIDTHxHEIGHT SHA256-of-the-pixels", every chunk's CRC checked.
std::string decoded_by_python(const std::string& png) {
  const auto path = std::filesystem::temp_directory_path() / ("png_test_" + std::to_string(::getpid()) + ".png");
  std::ofstream(path, std::ios::binary) << png;
  const std::string script = R"(
import hashlib, struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n'
at, idat, chunks = 8, b'', []
while at < len(data):
    size, kind = struct.unpack('>I4s', data[at:at + 8])
    body = data[at + 8:at + 8 + size]
    assert struct.unpack('>I', data[at + 8 + size:at + 12 + size])[0] == zlib.crc32(kind + body), kind
    chunks.append(kind)
    if kind == b'IHDR': width, height, depth, colour = struct.unpack('>IIBB', body[:10])
    if kind == b'IDAT': idat += body
    at += 12 + size
assert chunks[0] == b'IHDR' and chunks[-1] == b'IEND' and (depth, colour) == (8, 2)
rows = zlib.decompress(idat)
stride = 1 + width * 3
assert len(rows) == height * stride and all(rows[y * stride] == 0 for y in range(height))
pixels = b''.join(rows[y * stride + 1:(y + 1) * stride] for y in range(height))
print(f'{width}x{height} {hashlib.sha256(pixels).hexdigest()}')
)";
  const std::string command = "/usr/bin/python3 -c \"$PNG_TEST_SCRIPT\" " + path.string() + " 2>&1";
  ::setenv("PNG_TEST_SCRIPT", script.c_str(), 1);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string out;
  std::array<char, 512> buffer{};
  while (pipe && std::fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  std::filesystem::remove(path);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("png: CRC-32 and Adler-32 give the known check values", "[png]") {
  CHECK(crc32("123456789") == 0xcbf43926u);
  CHECK(crc32("") == 0);
  CHECK(adler32("Wikipedia") == 0x11e60398u);
  CHECK(adler32("") == 1);
}

TEST_CASE("png: signature, IHDR, stored deflate blocks, IEND", "[png]") {
  const auto png = encode_png(3, 2, picture(3, 2));
  REQUIRE(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n"));
  CHECK(u32(png, 8) == 13);
  CHECK(png.substr(12, 4) == "IHDR");
  CHECK(u32(png, 16) == 3);
  CHECK(u32(png, 20) == 2);
  CHECK(png.substr(24, 5) == std::string("\x08\x02\x00\x00\x00", 5));
  CHECK(u32(png, 29) == crc32(png.substr(12, 17)));
  const auto idat_size = u32(png, 33);
  CHECK(png.substr(37, 4) == "IDAT");
  // zlib header, one final stored block of 2 rows of (filter byte + 9), its complement, Adler-32
  CHECK(idat_size == 2 + 5 + 20 + 4);
  CHECK(png.substr(41, 7) == std::string("\x78\x01\x01\x14\x00\xeb\xff", 7));
  CHECK(png.substr(png.size() - 12) == std::string("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12));
}

TEST_CASE("png: Python's zlib reads back the same pixels, across several stored blocks", "[png]") {
  for (const auto& [width, height] : {std::pair{1u, 1u}, std::pair{720u, 400u}, std::pair{200u, 150u}}) {
    const auto rgb = picture(width, height);
    const auto pixels = std::string(rgb.begin(), rgb.end());
    CHECK(decoded_by_python(encode_png(width, height, rgb)) ==
          std::to_string(width) + "x" + std::to_string(height) + " " + sha256_hex(pixels));
  }
}

TEST_CASE("png: sizes that do not match the pixels are refused", "[png]") {
  CHECK_THROWS_AS(encode_png(0, 1, {}), std::invalid_argument);
  CHECK_THROWS_AS(encode_png(2, 2, picture(2, 1)), std::invalid_argument);
}
