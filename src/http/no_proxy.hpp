#pragma once
// no_proxy matching (internal to the http layer; tested through proxy_for_url).
#include <string>
#include <string_view>

namespace stackrescue::http::detail {

// True when `host` (lower case, IPv6 without brackets) on `port` is excluded by the
// no_proxy list `list`. Entries are separated by commas or spaces and may be:
//   "*"                  every host
//   "example.com"        that host and every subdomain (".example.com" and "*.example.com" alike)
//   "example.com:8443"   the same, on that port only
//   "10.0.0.0/8"         an IPv4 network (CIDR), as requests supports
//   "[::1]" or "::1"     an IPv6 address
bool no_proxy_matches(std::string_view list, const std::string& host, unsigned short port);

}  // namespace stackrescue::http::detail
