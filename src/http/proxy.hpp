#pragma once
// Proxy selection as every OpenStack client (requests/urllib) does it:
// https_proxy / http_proxy (lower case wins over upper case), no_proxy exclusions.
#include <functional>
#include <optional>
#include <string>

namespace stackrescue::http {

struct ProxyServer {
  std::string host;
  unsigned short port = 0;
  std::string username;  // from http://user:pass@host:port
  std::string password;
};

// Looks variables up through `getenv` (injectable for tests). Returns the proxy for `url`,
// or nullopt when none is configured or the host is excluded by no_proxy.
std::optional<ProxyServer> proxy_for_url(
    const std::string& url,
    const std::function<std::optional<std::string>(const std::string&)>& getenv);

}  // namespace stackrescue::http
