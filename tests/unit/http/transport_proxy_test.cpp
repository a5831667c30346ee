#include <catch2/catch.hpp>

#include <cstdlib>

#include "test_connect_proxy.hpp"
#include "test_pki.hpp"
#include "test_server.hpp"
#include "transport_helpers.hpp"

using namespace stackrescue::http;
using namespace stackrescue::http::testing;

namespace {

// Sets proxy variables for one test and removes them again: the transport reads them
// whenever it opens a connection, and tests may share one process.
struct ProxyEnvironment {
  ProxyEnvironment(const std::string& https_proxy, const std::string& no_proxy) {
    setenv("https_proxy", https_proxy.c_str(), 1);
    setenv("no_proxy", no_proxy.c_str(), 1);
  }
  ~ProxyEnvironment() {
    unsetenv("https_proxy");
    unsetenv("no_proxy");
  }
};

TransportOptions proxied_tls_options() {
  TransportOptions options;
  options.tls.ca_file = test_pki().ca_cert;
  options.read_timeout = std::chrono::milliseconds(5000);
  options.proxies_from_environment = true;
  return options;
}

TestServer https_server() {
  TestServer::Options options;
  options.tls = std::make_unique<ServerTls>(ServerTls{test_pki().server_cert, test_pki().server_key, ""});
  return TestServer(std::move(options));
}

}  // namespace

TEST_CASE("proxy transport: HTTPS goes through a CONNECT tunnel with proxy credentials", "[transport][proxy]") {
  auto server = https_server();
  ConnectProxy proxy;
  ProxyEnvironment env("http://svc:pw@127.0.0.1:" + std::to_string(proxy.port()), "");
  auto transport = make_poco_transport(proxied_tls_options());

  Response response = transport->send(make_request("POST", server.url("/echo?x=1"), "tunnelled"));
  CHECK(response.status == 200);
  CHECK(response.body == "tunnelled");
  CHECK(response.headers.get("X-Echo-Uri") == "/echo?x=1");  // origin-form inside the tunnel
  auto heads = proxy.heads();
  REQUIRE(heads.size() == 1);
  CHECK(heads[0].rfind("CONNECT 127.0.0.1:" + std::to_string(server.port()) + " HTTP/1.1\r\n", 0) == 0);
  CHECK(contains(heads[0], "Proxy-Authorization: Basic c3ZjOnB3"));
  CHECK_FALSE(contains(heads[0], "/echo"));
}

TEST_CASE("proxy transport: no_proxy hosts are reached directly", "[transport][proxy]") {
  auto server = https_server();
  ConnectProxy proxy;
  ProxyEnvironment env("http://127.0.0.1:" + std::to_string(proxy.port()), "localhost,127.0.0.1");
  auto transport = make_poco_transport(proxied_tls_options());
  CHECK(transport->send(make_request("GET", server.url("/echo"))).status == 200);
  CHECK(proxy.heads().empty());
}
