#pragma once
// The client's messages (RFC 6143 §7.5) and the limits on what a server may make us hold.
#include <cstdint>
#include <string>
#include <vector>

#include "console/rfb/pixel_format.hpp"

namespace stackrescue::console::rfb {

// Larger screens are refused from ServerInit, before anything is allocated: 16 Mi pixels
// (4096×4096, 48 MiB as RGB) is more than any console a cloud serves.
constexpr std::uint64_t kMaxPixels = 4096ull * 4096ull;
// Of a server's free texts (its name, a failure reason) this much is kept; the rest is read
// past or, for a failure, not waited for.
constexpr std::size_t kMaxTextBytes = 512;

constexpr std::int32_t kEncodingRaw = 0;

// ClientInit: `shared` leaves other viewers (a person's noVNC tab) connected.
std::string client_init(bool shared);
std::string set_pixel_format(const PixelFormat& format);
std::string set_encodings(const std::vector<std::int32_t>& encodings);
std::string update_request(bool incremental, std::uint16_t x, std::uint16_t y, std::uint16_t width,
                           std::uint16_t height);

// `bytes` fit for a message: printable ASCII kept, anything else as \xNN.
std::string printable(const std::string& bytes);

}  // namespace stackrescue::console::rfb
