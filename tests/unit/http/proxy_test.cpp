#include <catch2/catch.hpp>

#include <map>

#include "http/proxy.hpp"
#include "http/transport.hpp"

using stackrescue::http::proxy_for_url;
using stackrescue::http::TransportError;

namespace {

using Env = std::map<std::string, std::string>;

auto env_of(const Env& env) {
  return [env](const std::string& name) -> std::optional<std::string> {
    auto found = env.find(name);
    if (found == env.end()) return std::nullopt;
    return found->second;
  };
}

bool proxied(const std::string& url, const Env& env) { return proxy_for_url(url, env_of(env)).has_value(); }

}  // namespace

TEST_CASE("proxy: none configured means a direct connection", "[proxy]") {
  CHECK_FALSE(proxied("https://keystone:5000/v3", {}));
}

TEST_CASE("proxy: the scheme of the target picks the variable", "[proxy]") {
  Env env{{"http_proxy", "http://plain-proxy:3128"}, {"https_proxy", "http://tls-proxy:8080"}};
  auto http = proxy_for_url("http://nova:8774/", env_of(env));
  auto https = proxy_for_url("https://nova:8774/", env_of(env));
  REQUIRE(http);
  REQUIRE(https);
  CHECK(http->host == "plain-proxy");
  CHECK(http->port == 3128);
  CHECK(https->host == "tls-proxy");
  CHECK(https->port == 8080);
  CHECK_FALSE(proxied("https://nova/", {{"http_proxy", "http://plain-proxy:3128"}}));
}

TEST_CASE("proxy: lower case wins over upper case", "[proxy]") {
  auto proxy = proxy_for_url("https://nova/", env_of({{"https_proxy", "http://lower:1"}, {"HTTPS_PROXY", "http://upper:2"}}));
  REQUIRE(proxy);
  CHECK(proxy->host == "lower");
  auto upper_only = proxy_for_url("https://nova/", env_of({{"HTTPS_PROXY", "http://upper:2"}}));
  REQUIRE(upper_only);
  CHECK(upper_only->host == "upper");
}

TEST_CASE("proxy: an empty lower-case variable switches the proxy off", "[proxy]") {
  CHECK_FALSE(proxied("https://nova/", {{"https_proxy", ""}, {"HTTPS_PROXY", "http://upper:2"}}));
}

TEST_CASE("proxy: user and password are taken from the proxy URL and percent-decoded", "[proxy]") {
  auto proxy = proxy_for_url("http://nova/", env_of({{"http_proxy", "http://svc%40corp:p%3Ass@proxy:3128/"}}));
  REQUIRE(proxy);
  CHECK(proxy->username == "svc@corp");
  CHECK(proxy->password == "p:ss");
  CHECK(proxy->host == "proxy");
}

TEST_CASE("proxy: a proxy without scheme or port is http on port 80", "[proxy]") {
  auto bare = proxy_for_url("http://nova/", env_of({{"http_proxy", "proxy.corp:3128"}}));
  REQUIRE(bare);
  CHECK(bare->host == "proxy.corp");
  CHECK(bare->port == 3128);
  CHECK(proxy_for_url("http://nova/", env_of({{"http_proxy", "http://proxy.corp"}}))->port == 80);
}

TEST_CASE("proxy: unsupported proxy schemes fail without showing the password", "[proxy]") {
  Env env{{"https_proxy", "socks5://user:hunter22@proxy:1080"}};
  try {
    proxy_for_url("https://nova/", env_of(env));
    FAIL("expected TransportError");
  } catch (const TransportError& e) {
    CHECK(e.kind() == TransportError::Kind::InvalidUrl);
    CHECK(std::string(e.what()).find("https_proxy") != std::string::npos);
    CHECK(std::string(e.what()).find("hunter22") == std::string::npos);
  }
}

TEST_CASE("no_proxy: '*' bypasses every host", "[proxy][no_proxy]") {
  CHECK_FALSE(proxied("https://nova/", {{"https_proxy", "http://p:1"}, {"no_proxy", "*"}}));
}

TEST_CASE("no_proxy: a domain matches itself and its subdomains only", "[proxy][no_proxy]") {
  for (const char* entry : {"example.com", ".example.com", "*.example.com", "EXAMPLE.com"}) {
    INFO(entry);
    Env env{{"https_proxy", "http://p:1"}, {"no_proxy", std::string("other.org, ") + entry}};
    CHECK_FALSE(proxied("https://api.example.com/", env));
    CHECK_FALSE(proxied("https://a.b.example.com:8774/", env));
    CHECK(proxied("https://badexample.com/", env));
    CHECK(proxied("https://example.com.evil.org/", env));
  }
  Env bare{{"https_proxy", "http://p:1"}, {"no_proxy", "example.com"}};
  CHECK_FALSE(proxied("https://example.com/", bare));
}

TEST_CASE("no_proxy: host:port entries apply to that port only", "[proxy][no_proxy]") {
  Env env{{"https_proxy", "http://p:1"}, {"no_proxy", "keystone.local:5000"}};
  CHECK_FALSE(proxied("https://keystone.local:5000/v3", env));
  CHECK(proxied("https://keystone.local:13000/v3", env));
  CHECK(proxied("https://keystone.local/v3", env));
}

TEST_CASE("no_proxy: IP addresses, CIDR networks and IPv6 literals", "[proxy][no_proxy]") {
  Env env{{"http_proxy", "http://p:1"}, {"no_proxy", "127.0.0.1,10.0.0.0/8 [::1]"}};
  CHECK_FALSE(proxied("http://127.0.0.1:8774/", env));
  CHECK_FALSE(proxied("http://10.20.30.40/", env));
  CHECK(proxied("http://11.0.0.1/", env));
  CHECK_FALSE(proxied("http://[::1]:5000/", env));
  CHECK(proxied("http://127.0.0.2/", env));
}

TEST_CASE("no_proxy: lower case wins, upper case is used when lower is absent", "[proxy][no_proxy]") {
  CHECK(proxied("http://nova/", {{"http_proxy", "http://p:1"}, {"no_proxy", "other"}, {"NO_PROXY", "nova"}}));
  CHECK_FALSE(proxied("http://nova/", {{"http_proxy", "http://p:1"}, {"NO_PROXY", "nova"}}));
}
