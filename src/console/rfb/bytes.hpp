#pragma once
// RFB is big-endian throughout (RFC 6143 §7): the few helpers every message needs.
#include <cstdint>
#include <string>
#include <string_view>

namespace stackrescue::console::rfb {

inline std::uint32_t get_u8(std::string_view bytes, std::size_t at) { return static_cast<std::uint8_t>(bytes[at]); }
inline std::uint32_t get_u16(std::string_view bytes, std::size_t at) {
  return get_u8(bytes, at) << 8 | get_u8(bytes, at + 1);
}
inline std::uint32_t get_u32(std::string_view bytes, std::size_t at) {
  return get_u16(bytes, at) << 16 | get_u16(bytes, at + 2);
}

inline void put_u8(std::string& out, std::uint32_t value) { out.push_back(static_cast<char>(value & 0xff)); }
inline void put_u16(std::string& out, std::uint32_t value) {
  put_u8(out, value >> 8);
  put_u8(out, value);
}
inline void put_u32(std::string& out, std::uint32_t value) {
  put_u16(out, value >> 16);
  put_u16(out, value);
}

}  // namespace stackrescue::console::rfb
