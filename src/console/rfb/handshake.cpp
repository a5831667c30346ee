#include "console/rfb/handshake.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "console/errors.hpp"
#include "console/rfb/bytes.hpp"
#include "console/rfb/messages.hpp"

namespace stackrescue::console::rfb {
namespace {

constexpr std::uint32_t kSecurityInvalid = 0;
constexpr std::uint32_t kSecurityNone = 1;
constexpr std::uint32_t kSecurityVncAuth = 2;
constexpr std::uint32_t kSecurityVeNCrypt = 19;
constexpr std::uint32_t kVeNCryptNone = 1;  // VeNCrypt's plain None subtype (no TLS)

// "RFB xxx.yyy\n" → the minor version both speak (RFC 6143 §7.1.1: anything between 3.3 and
// 3.7 is 3.3; later than 3.8, 3.8).
int negotiate_version(const std::string& version) {
  unsigned major = 0, minor = 0;
  char newline = 0;
  if (std::sscanf(version.c_str(), "RFB %3u.%3u%c", &major, &minor, &newline) != 3 || newline != '\n' ||
      version.size() != 12 || major < 3)
    throw ConsoleError("the console does not speak RFB (VNC): it began with \"" + printable(version) + "\"");
  if (major > 3 || minor >= 8) return 8;
  return minor == 7 ? 7 : 3;
}

std::string reason(Reader& reader) {
  const auto length = get_u32(reader.read(4, "the length of its reason"), 0);
  // A refusal ends the connection: the rest of a long reason is not waited for.
  return printable(reader.read(std::min<std::size_t>(length, kMaxTextBytes), "its reason"));
}

[[noreturn]] void refused(Reader& reader, const std::string& what) {
  throw ConsoleError("the VNC server refused " + what + ": " + reason(reader));
}

std::string names(const std::vector<std::uint32_t>& types, std::string (*name)(std::uint32_t)) {
  std::string out;
  for (const auto type : types) out += (out.empty() ? "" : ", ") + name(type);
  return out;
}

std::string vencrypt_subtype_name(std::uint32_t type) {
  static const char* const kNames[] = {"Plain", "TLSNone", "TLSVnc", "TLSPlain", "X509None", "X509Vnc", "X509Plain"};
  if (type >= 256 && type <= 262) return std::string(kNames[type - 256]) + " (" + std::to_string(type) + ")";
  return security_type_name(type);
}

// VeNCrypt 0.2: version, then its subtypes; only None (1) is chosen (the others need TLS or
// credentials).
void vencrypt(Channel& channel, Reader& reader) {
  const auto version = reader.read(2, "its VeNCrypt version");
  if (get_u8(version, 0) != 0 || get_u8(version, 1) < 2)
    throw ConsoleError("the VNC server speaks VeNCrypt " + std::to_string(get_u8(version, 0)) + "." +
                       std::to_string(get_u8(version, 1)) + "; only 0.2 is supported");
  channel.send(std::string("\x00\x02", 2));
  if (get_u8(reader.read(1, "its VeNCrypt acknowledgement"), 0) != 0)
    throw ConsoleError("the VNC server refused VeNCrypt 0.2");
  const auto count = get_u8(reader.read(1, "the number of its VeNCrypt subtypes"), 0);
  const auto list = reader.read(count * 4u, "its VeNCrypt subtypes");
  std::vector<std::uint32_t> subtypes;
  for (std::size_t i = 0; i < count; ++i) subtypes.push_back(get_u32(list, i * 4));
  if (std::find(subtypes.begin(), subtypes.end(), kVeNCryptNone) == subtypes.end())
    throw ConsoleError("the VNC server asks for authentication stackrescue cannot do: VeNCrypt with " +
                       (subtypes.empty() ? std::string("no subtype") : names(subtypes, vencrypt_subtype_name)) +
                       "; only security None or VeNCrypt's None subtype are supported (no VNC password, no TLS "
                       "inside RFB): set the cloud's VNC servers to none, as Nova's novncproxy expects");
  std::string chosen;
  put_u32(chosen, kVeNCryptNone);
  channel.send(chosen);
}

// Security for 3.7 and 3.8: the server's list, our choice.
std::string choose_security(Channel& channel, Reader& reader) {
  const auto count = get_u8(reader.read(1, "the number of its security types"), 0);
  if (count == 0) refused(reader, "the connection");
  const auto list = reader.read(count, "its security types");
  std::vector<std::uint32_t> types(list.begin(), list.end());
  for (auto& type : types) type &= 0xff;
  const auto offered = [&](std::uint32_t type) { return std::find(types.begin(), types.end(), type) != types.end(); };
  const auto chosen = offered(kSecurityNone) ? kSecurityNone : offered(kSecurityVeNCrypt) ? kSecurityVeNCrypt : 0;
  if (chosen == 0)
    throw ConsoleError("the VNC server asks for authentication stackrescue cannot do: it offers " +
                       names(types, security_type_name) +
                       "; only security None or VeNCrypt's None subtype are supported (no VNC password, no TLS "
                       "inside RFB)");
  channel.send(std::string(1, static_cast<char>(chosen)));
  if (chosen == kSecurityNone) return "None";
  vencrypt(channel, reader);
  return "VeNCrypt/None";
}

// 3.3: the server decides alone.
std::string imposed_security(Reader& reader) {
  const auto type = get_u32(reader.read(4, "its security type"), 0);
  if (type == kSecurityInvalid) refused(reader, "the connection");
  if (type != kSecurityNone)
    throw ConsoleError("the VNC server asks for authentication stackrescue cannot do: " + security_type_name(type) +
                       "; only security None is supported");
  return "None";
}

ServerInit server_init(Reader& reader, std::uint64_t max_pixels) {
  const auto head = reader.read(24, "ServerInit");
  ServerInit init;
  init.width = static_cast<std::uint16_t>(get_u16(head, 0));
  init.height = static_cast<std::uint16_t>(get_u16(head, 2));
  init.format = parse_pixel_format(std::string_view(head).substr(4, kPixelFormatBytes));
  const std::uint64_t pixels = std::uint64_t{init.width} * init.height;
  if (pixels > max_pixels)
    throw ConsoleError("the VNC server's screen is " + std::to_string(init.width) + "x" + std::to_string(init.height) +
                       ", more than the " + std::to_string(max_pixels) + " pixels a console capture may hold");
  const std::size_t length = get_u32(head, 20);
  const std::size_t kept = std::min(length, kMaxTextBytes);
  init.name = reader.read(kept, "its desktop name");
  reader.skip(length - kept, "its desktop name");
  return init;
}

}  // namespace

std::string security_type_name(std::uint32_t type) {
  std::string name;
  switch (type) {
    case 0: name = "Invalid"; break;
    case 1: name = "None"; break;
    case kSecurityVncAuth: name = "VNC password"; break;
    case 5: name = "RA2"; break;
    case 6: name = "RA2ne"; break;
    case 16: name = "Tight"; break;
    case 18: name = "TLS"; break;
    case kSecurityVeNCrypt: name = "VeNCrypt"; break;
    case 22: name = "xvp"; break;
    case 30: name = "Apple Remote Desktop"; break;
    default: name = "unknown"; break;
  }
  return name + " (" + std::to_string(type) + ")";
}

Handshake handshake(Channel& channel, Reader& reader, std::uint64_t max_pixels) {
  Handshake result;
  result.minor_version = negotiate_version(reader.read(12, "its RFB version"));
  char reply[16];
  std::snprintf(reply, sizeof reply, "RFB 003.%03d\n", result.minor_version);
  channel.send(reply);
  result.security = result.minor_version == 3 ? imposed_security(reader) : choose_security(channel, reader);
  // 3.8 always answers the security handshake; 3.7 only when there was one (VeNCrypt).
  if (result.minor_version == 8 || result.security != "None") {
    const auto status = get_u32(reader.read(4, "its SecurityResult"), 0);
    if (status != 0) {
      if (result.minor_version == 8) refused(reader, "the security handshake");
      throw ConsoleError("the VNC server refused the security handshake (status " + std::to_string(status) + ")");
    }
  }
  channel.send(client_init(true));
  result.init = server_init(reader, max_pixels);
  return result;
}

}  // namespace stackrescue::console::rfb
