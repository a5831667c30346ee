#include "openstack/url.hpp"

#include <cctype>

namespace stackrescue::openstack {

std::string percent_encode(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xf];
    }
  }
  return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [key, value] : params) {
    out += out.empty() ? "?" : "&";
    out += percent_encode(key) + "=" + percent_encode(value);
  }
  return out;
}

bool is_uuid_like(const std::string& text) {
  std::string hex;
  for (char c : text) {
    if (c == '-') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    hex += c;
  }
  if (hex.size() != 32) return false;
  // Dashes, when present, must sit where a canonical UUID has them.
  if (text.size() == 36) return text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-';
  return text.size() == 32;
}

}  // namespace stackrescue::openstack
