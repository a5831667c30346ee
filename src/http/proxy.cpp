// Proxy selection, following what Python's urllib/requests do (the OpenStack clients our
// users already run), so a shell that works for `openstack server list` works for us.
#include "http/proxy.hpp"

#include <cctype>

#include "http/no_proxy.hpp"
#include "http/transport.hpp"
#include "http/url.hpp"

namespace stackrescue::http {
namespace {

using Getenv = std::function<std::optional<std::string>(const std::string&)>;

// The lower-case variable wins when it is set at all; an empty lower-case value therefore
// switches a proxy off even when the upper-case one is set (as urllib does).
std::optional<std::string> lookup(const Getenv& getenv, const std::string& lower, std::string* used_name) {
  if (auto value = getenv(lower)) {
    *used_name = lower;
    return value;
  }
  std::string upper = lower;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  *used_name = upper;
  return getenv(upper);
}

// "proxy:3128" means "http://proxy:3128". Only plain-HTTP proxies are supported (Poco
// speaks neither TLS to the proxy nor SOCKS); anything else is refused loudly rather than
// silently bypassed, because a silent direct connection only times out far from the cause.
ProxyServer parse_proxy(const std::string& value, const std::string& variable) {
  std::string text = value.find("://") == std::string::npos ? "http://" + value : value;
  auto url = detail::parse_url(text);
  // The value may hold a password: messages name the variable only.
  if (!url) throw TransportError(TransportError::Kind::InvalidUrl, "cannot parse the proxy URL in " + variable);
  if (url->scheme != "http") {
    throw TransportError(TransportError::Kind::InvalidUrl, "the proxy in " + variable + " uses scheme '" + url->scheme +
                                                               "'; only http:// proxies are supported");
  }
  ProxyServer proxy;
  proxy.host = url->host;
  proxy.port = url->port;
  if (!url->userinfo.empty()) {
    auto colon = url->userinfo.find(':');
    proxy.username = detail::percent_decode(url->userinfo.substr(0, colon));
    if (colon != std::string::npos) proxy.password = detail::percent_decode(url->userinfo.substr(colon + 1));
  }
  return proxy;
}

}  // namespace

std::optional<ProxyServer> proxy_for_url(const std::string& url, const Getenv& getenv) {
  auto target = detail::parse_url(url);
  if (!target || (target->scheme != "http" && target->scheme != "https")) return std::nullopt;

  std::string variable;
  auto value = lookup(getenv, target->scheme + "_proxy", &variable);
  if (!value || value->empty()) return std::nullopt;

  std::string no_proxy_variable;
  auto no_proxy = lookup(getenv, "no_proxy", &no_proxy_variable);
  if (no_proxy && detail::no_proxy_matches(*no_proxy, target->host, target->port)) return std::nullopt;

  return parse_proxy(*value, variable);
}

}  // namespace stackrescue::http
