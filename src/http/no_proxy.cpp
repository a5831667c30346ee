#include "http/no_proxy.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "http/url.hpp"

namespace stackrescue::http::detail {
namespace {

std::vector<std::string> split_entries(std::string_view list) {
  std::vector<std::string> entries;
  std::string current;
  for (char c : list) {
    if (c == ',' || c == ' ' || c == '\t') {
      if (!current.empty()) entries.push_back(to_lower(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) entries.push_back(to_lower(current));
  return entries;
}

std::optional<std::uint32_t> parse_ipv4(const std::string& text) {
  in_addr address{};
  if (inet_pton(AF_INET, text.c_str(), &address) != 1) return std::nullopt;
  return ntohl(address.s_addr);
}

bool in_ipv4_network(const std::string& host, const std::string& cidr) {
  auto slash = cidr.find('/');
  auto network = parse_ipv4(cidr.substr(0, slash));
  auto address = parse_ipv4(host);
  if (!network || !address) return false;
  int bits = 0;
  try {
    bits = std::stoi(cidr.substr(slash + 1));
  } catch (const std::exception&) {
    return false;
  }
  if (bits < 0 || bits > 32) return false;
  std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t{0} << (32 - bits);
  return (*network & mask) == (*address & mask);
}

// Splits an optional ":port" off `entry` (IPv6 literals only in brackets carry a port).
std::string strip_port(const std::string& entry, std::optional<unsigned short>* port) {
  std::string host = entry;
  std::string port_text;
  if (!host.empty() && host.front() == '[') {
    auto close = host.find(']');
    if (close == std::string::npos) return host;
    if (close + 1 < host.size() && host[close + 1] == ':') port_text = host.substr(close + 2);
    host = host.substr(1, close - 1);
  } else if (std::count(host.begin(), host.end(), ':') == 1) {
    auto colon = host.find(':');
    port_text = host.substr(colon + 1);
    host = host.substr(0, colon);
  }
  if (!port_text.empty()) {
    try {
      *port = static_cast<unsigned short>(std::stoul(port_text));
    } catch (const std::exception&) {
      return "";  // an unusable entry matches nothing
    }
  }
  return host;
}

bool entry_matches(const std::string& entry, const std::string& host, unsigned short port) {
  if (entry == "*") return true;
  if (entry.find('/') != std::string::npos) return in_ipv4_network(host, entry);
  std::optional<unsigned short> entry_port;
  std::string name = strip_port(entry, &entry_port);
  if (entry_port && *entry_port != port) return false;
  if (name.rfind("*.", 0) == 0) name.erase(0, 1);
  if (!name.empty() && name.front() == '.') name.erase(0, 1);
  if (name.empty()) return false;
  if (host == name) return true;
  return host.size() > name.size() && host.compare(host.size() - name.size(), name.size(), name) == 0 &&
         host[host.size() - name.size() - 1] == '.';
}

}  // namespace

bool no_proxy_matches(std::string_view list, const std::string& host, unsigned short port) {
  for (const auto& entry : split_entries(list)) {
    if (entry_matches(entry, host, port)) return true;
  }
  return false;
}

}  // namespace stackrescue::http::detail
