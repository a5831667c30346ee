#include <catch2/catch.hpp>

#include <cstdlib>

#include "test_server.hpp"
#include "transport_helpers.hpp"

using namespace stackrescue::http;
using namespace stackrescue::http::testing;
using Kind = TransportError::Kind;

namespace {

// Generous timeouts: the machine running the tests may be busy compiling.
TransportOptions fast_options() {
  TransportOptions options;
  options.connect_timeout = std::chrono::milliseconds(5000);
  options.read_timeout = std::chrono::milliseconds(5000);
  options.proxies_from_environment = false;
  return options;
}

// For the timeout tests: short enough to keep them quick.
TransportOptions short_read_timeout() {
  auto options = fast_options();
  options.read_timeout = std::chrono::milliseconds(300);
  return options;
}

}  // namespace

TEST_CASE("transport: method, headers and body round-trip", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  Request request = make_request("POST", server.url("/echo?limit=1"), R"({"rescue": {}})");
  request.headers.set("Content-Type", "application/json");
  request.headers.set("X-Auth-Token", "tok-1");
  request.headers.set("OpenStack-API-Version", "compute 2.87");

  Response response = transport->send(request);
  CHECK(response.status == 200);
  CHECK(response.reason == "OK");
  CHECK(response.body == R"({"rescue": {}})");
  CHECK(response.headers.get("x-echo-method") == "POST");
  CHECK(response.headers.get("X-Echo-Uri") == "/echo?limit=1");
  CHECK(response.headers.get("X-Echo-X-Auth-Token") == "tok-1");
  CHECK(response.headers.get("X-Echo-OpenStack-API-Version") == "compute 2.87");
  CHECK(response.headers.get("X-Echo-Content-Length") == "14");
  CHECK(response.headers.get("X-Echo-Host") == "127.0.0.1:" + std::to_string(server.port()));
}

TEST_CASE("transport: a POST without body still says Content-Length: 0", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  Response response = transport->send(make_request("POST", server.url("/echo")));
  CHECK(response.headers.get("X-Echo-Content-Length") == "0");
  CHECK_FALSE(transport->send(make_request("GET", server.url("/echo"))).headers.get("X-Echo-Content-Length"));
}

TEST_CASE("transport: error statuses come back as responses with their body", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  for (int status : {404, 409, 500}) {
    Response response = transport->send(make_request("GET", server.url("/status/" + std::to_string(status))));
    CHECK(response.status == status);
    CHECK(response.body == "status " + std::to_string(status));
  }
}

TEST_CASE("transport: requests to one host share a keep-alive connection", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  for (int i = 0; i < 5; ++i) REQUIRE(transport->send(make_request("GET", server.url("/echo"))).status == 200);
  CHECK(server.connections() == 1);
}

TEST_CASE("transport: HEAD leaves the connection usable", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  Response head = transport->send(make_request("HEAD", server.url("/large?bytes=100")));
  CHECK(head.status == 200);
  CHECK(head.body.empty());
  CHECK(transport->send(make_request("GET", server.url("/large?bytes=100"))).body.size() == 100);
  CHECK(server.connections() == 1);
}

TEST_CASE("transport: a slow server gives ReadTimeout within the read timeout", "[transport][timeout]") {
  TestServer server;
  auto transport = make_poco_transport(short_read_timeout());
  auto started = std::chrono::steady_clock::now();
  auto error = expect_transport_error([&] { transport->send(make_request("GET", server.url("/slow?name=secret"))); });
  CHECK(error.kind() == Kind::ReadTimeout);
  CHECK(elapsed_ms(started) < 3000);  // the route answers after 5 s
  CHECK(contains(error.what(), server.url("/slow")));
  CHECK_FALSE(contains(error.what(), "secret"));
  CHECK(error.request_may_have_been_sent());
}

TEST_CASE("transport: a server closing without an answer gives ConnectionReset", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  auto error = expect_transport_error([&] { transport->send(make_request("POST", server.url("/close"), "{}")); });
  CHECK(error.kind() == Kind::ConnectionReset);
  CHECK(server.hits("/close") == 1);  // a fresh connection is never retried
}

TEST_CASE("transport: on a reused connection, GET is resent once, POST never", "[transport][retry]") {
  TestServer server;
  SECTION("GET") {
    auto transport = make_poco_transport(fast_options());
    transport->send(make_request("GET", server.url("/echo")));
    auto error = expect_transport_error([&] { transport->send(make_request("GET", server.url("/close"))); });
    CHECK(error.kind() == Kind::ConnectionReset);
    CHECK(server.hits("/close") == 2);
  }
  SECTION("POST") {
    auto transport = make_poco_transport(fast_options());
    transport->send(make_request("GET", server.url("/echo")));
    auto error = expect_transport_error([&] { transport->send(make_request("POST", server.url("/close"), "{}")); });
    CHECK(error.kind() == Kind::ConnectionReset);
    CHECK(server.hits("/close") == 1);
  }
}

TEST_CASE("transport: a keep-alive connection the server closed while idle is replaced", "[transport][retry]") {
  TestServer::Options options;
  options.keep_alive_timeout_ms = 100;
  TestServer server(std::move(options));
  auto transport = make_poco_transport(fast_options());
  REQUIRE(transport->send(make_request("POST", server.url("/echo"), "1")).status == 200);
  REQUIRE(server.wait_until_idle(std::chrono::milliseconds(5000)));  // the server closed it
  CHECK(transport->send(make_request("POST", server.url("/echo"), "2")).body == "2");
  CHECK(server.hits("/echo") == 2);
  CHECK(server.connections() == 2);
}

TEST_CASE("transport: large bodies arrive whole", "[transport][limits]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  const std::size_t size = 5 * 1024 * 1024;
  CHECK(transport->send(make_request("GET", server.url("/large?bytes=" + std::to_string(size)))).body.size() == size);
  CHECK(transport->send(make_request("GET", server.url("/chunked?bytes=" + std::to_string(size)))).body.size() == size);
}

TEST_CASE("transport: a response announcing more than the limit is refused unread", "[transport][limits]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  auto error = expect_transport_error([&] { transport->send(make_request("GET", server.url("/lying-length"))); });
  CHECK(error.kind() == Kind::Other);
  CHECK(contains(error.what(), "response too large"));
  CHECK(transport->send(make_request("GET", server.url("/echo"))).status == 200);  // the transport stays usable
}

TEST_CASE("transport: a chunked response growing past the limit is cut off", "[transport][limits]") {
  TestServer server;
  auto options = fast_options();
  options.max_response_bytes = 1024 * 1024;
  auto transport = make_poco_transport(options);
  auto error = expect_transport_error(
      [&] { transport->send(make_request("GET", server.url("/chunked?bytes=" + std::to_string(3 * 1024 * 1024)))); });
  CHECK(error.kind() == Kind::Other);
  CHECK(contains(error.what(), "response too large"));
}

TEST_CASE("transport: nothing listening gives ConnectionRefused", "[transport]") {
  auto transport = make_poco_transport(fast_options());
  auto url = "http://127.0.0.1:" + std::to_string(closed_port()) + "/v3?token=x";
  auto error = expect_transport_error([&] { transport->send(make_request("GET", url)); });
  CHECK(error.kind() == Kind::ConnectionRefused);
  CHECK_FALSE(error.request_may_have_been_sent());
  CHECK_FALSE(contains(error.what(), "token=x"));
}

TEST_CASE("transport: unparsable URLs give InvalidUrl", "[transport]") {
  auto transport = make_poco_transport(fast_options());
  for (const char* url : {"not a url", "/v3/auth/tokens", "ftp://127.0.0.1/file", "http://127.0.0.1:99999/"}) {
    INFO(url);
    auto error = expect_transport_error([&] { transport->send(make_request("GET", url)); });
    CHECK(error.kind() == Kind::InvalidUrl);
  }
}

TEST_CASE("transport: http_proxy gets absolute-URI requests with proxy credentials", "[transport][proxy]") {
  TestServer proxy;  // the echo route shows what a proxy would receive
  setenv("http_proxy", ("http://svc:pw@127.0.0.1:" + std::to_string(proxy.port())).c_str(), 1);
  unsetenv("no_proxy");
  unsetenv("NO_PROXY");
  auto options = fast_options();
  options.proxies_from_environment = true;
  auto transport = make_poco_transport(options);
  Response response = transport->send(make_request("GET", "http://nova.invalid:8774/echo?x=1"));
  unsetenv("http_proxy");  // read when a connection opens; tests sharing this process must not see it

  CHECK(response.status == 200);
  CHECK(response.headers.get("X-Echo-Uri") == "http://nova.invalid:8774/echo?x=1");
  CHECK(response.headers.get("X-Echo-Proxy-Authorization") == "Basic c3ZjOnB3");  // svc:pw
}

TEST_CASE("transport: a server that accepts but never answers gives ReadTimeout", "[transport][timeout]") {
  SilentServer silent;
  auto transport = make_poco_transport(short_read_timeout());
  auto started = std::chrono::steady_clock::now();
  auto error = expect_transport_error(
      [&] { transport->send(make_request("GET", "http://127.0.0.1:" + std::to_string(silent.port()) + "/")); });
  CHECK(error.kind() == Kind::ReadTimeout);
  CHECK(elapsed_ms(started) < 3000);
}

TEST_CASE("transport: header values with line breaks are refused, not sent", "[transport]") {
  TestServer server;
  auto transport = make_poco_transport(fast_options());
  Request request = make_request("GET", server.url("/echo"));
  request.headers.set("X-Auth-Token", "tok\r\nX-Injected: 1");
  auto error = expect_transport_error([&] { transport->send(request); });
  CHECK(error.kind() == Kind::Other);
  CHECK(contains(error.what(), "X-Auth-Token"));
  CHECK_FALSE(contains(error.what(), "tok"));
  CHECK(server.hits("/echo") == 0);
  CHECK_THROWS_AS(transport->send(make_request("GET /x HTTP/1.0\r\n", server.url("/echo"))), TransportError);
}
