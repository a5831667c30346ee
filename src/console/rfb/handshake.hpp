#pragma once
// The RFB handshake (RFC 6143 §7.1-7.3) as a client: ProtocolVersion (3.3, 3.7 or 3.8, the
// highest both speak), security None, or VeNCrypt with its None subtype where that is what
// the server offers, ClientInit (shared) and ServerInit. Anything needing a password or TLS
// inside RFB is refused with a message naming what the server asked for.
#include <cstdint>
#include <string>

#include "console/channel.hpp"
#include "console/rfb/pixel_format.hpp"
#include "console/rfb/reader.hpp"

namespace stackrescue::console::rfb {

struct ServerInit {
  std::uint16_t width = 0, height = 0;
  PixelFormat format;
  std::string name;  // at most kMaxTextBytes of it, as sent
};

struct Handshake {
  int minor_version = 8;  // the protocol spoken: 3.<minor_version>
  std::string security;   // "None" or "VeNCrypt/None"
  ServerInit init;
};

// Runs the handshake on a freshly opened channel. Throws ConsoleError: not an RFB server, a
// refusal (with the server's reason), security it cannot do, a screen over `max_pixels`, a
// pixel format it cannot read, or bytes that did not come before the reader's deadline.
Handshake handshake(Channel& channel, Reader& reader, std::uint64_t max_pixels);

// The name of security type `type` for messages ("VNC password (2)").
std::string security_type_name(std::uint32_t type);

}  // namespace stackrescue::console::rfb
