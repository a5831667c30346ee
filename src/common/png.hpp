#pragma once
// An RGB picture as a PNG file (8 bits per channel, no interlace), without zlib: the image
// data goes into stored (uncompressed) deflate blocks, which every PNG reader accepts. A
// console screen of 720x400 makes a file of about 870 KB; what matters here is that the
// module needs no library the portable binary would have to carry.
#include <cstdint>
#include <string>
#include <vector>

namespace stackrescue {

// The PNG of `rgb`: width*height pixels, 3 bytes each, row by row. Throws std::invalid_argument
// when the sizes do not agree or a side is 0.
std::string encode_png(std::uint32_t width, std::uint32_t height, const std::vector<std::uint8_t>& rgb);

// The checksums the format uses, for tests: CRC-32 (ISO 3309, as zlib.crc32) and Adler-32.
std::uint32_t crc32(const std::string& bytes, std::uint32_t crc = 0);
std::uint32_t adler32(const std::string& bytes);

}  // namespace stackrescue
