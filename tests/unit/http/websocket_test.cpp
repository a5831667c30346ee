// The Poco WebSocket client against an in-process console proxy stand-in (test_server's
// /console route: token, Origin and subprotocol checked as nova-serialproxy does), over ws://
// and wss:// with the test PKI.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "http/websocket.hpp"
#include "test_connect_proxy.hpp"
#include "test_pki.hpp"
#include "test_server.hpp"

using namespace stackrescue::http;
using namespace stackrescue::http::testing;
using Kind = TransportError::Kind;
using std::chrono::milliseconds;

namespace {

WebSocketOptions options(const std::string& ca_file = "") {
  WebSocketOptions o;
  o.tls.ca_file = ca_file;
  o.connect_timeout = milliseconds(5000);
  o.frame_timeout = milliseconds(5000);
  o.proxies_from_environment = false;
  return o;
}

std::string ws_url(const TestServer& server, const std::string& query) {
  std::string url = server.url("/console?" + query);
  return (url.rfind("https", 0) == 0 ? "wss" : "ws") + url.substr(url.find(':'));
}

TransportError open_fails(const std::string& url, const WebSocketOptions& o) {
  try {
    open_websocket(url, o);
  } catch (const TransportError& e) {
    return e;
  }
  FAIL("open_websocket did not fail for " << url);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("websocket: binary frames both ways, pings answered, a clean close", "[websocket]") {
  TestServer server;
  auto ws = open_websocket(ws_url(server, "token=good"), options());
  ws->send("uname -r\n");
  CHECK(ws->receive(milliseconds(3000)) == std::optional<std::string>("echo:uname -r\n"));
  ws->send("ping-me");
  CHECK(ws->receive(milliseconds(3000)) == std::optional<std::string>("echo:ping-me"));
  ws->send(std::string("\xff\x00\x03", 3));
  CHECK(ws->receive(milliseconds(3000)) == std::optional<std::string>(std::string("echo:\xff\x00\x03", 8)));
  ws->close();
  ws->close();  // twice is harmless
  CHECK_THROWS_AS(ws->send("x"), TransportError);
}

TEST_CASE("websocket: nothing within the wait is no frame, not an error", "[websocket]") {
  TestServer server;
  auto ws = open_websocket(ws_url(server, "token=good"), options());
  ws->send("silence");
  const auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(ws->receive(milliseconds(300)));
  CHECK(std::chrono::steady_clock::now() - start >= milliseconds(250));
}

TEST_CASE("websocket: the proxy closing is a ConnectionReset", "[websocket]") {
  TestServer server;
  auto ws = open_websocket(ws_url(server, "token=good"), options());
  ws->send("bye");
  try {
    ws->receive(milliseconds(3000));
    FAIL("no error after the proxy closed");
  } catch (const TransportError& e) {
    CHECK(e.kind() == Kind::ConnectionReset);
  }
}

TEST_CASE("websocket: a refused upgrade names the status, never the token", "[websocket]") {
  TestServer server;
  const auto e = open_fails(ws_url(server, "token=wrong-secret-token"), options());
  CHECK(e.kind() == Kind::Other);
  CHECK_THAT(e.what(), Catch::Contains("401") && Catch::Contains("/console"));
  CHECK(std::string(e.what()).find("wrong-secret-token") == std::string::npos);
}

TEST_CASE("websocket: refused connections, bad URLs", "[websocket]") {
  CHECK(open_fails("ws://127.0.0.1:" + std::to_string(closed_port()) + "/?token=t0ps3cret", options()).kind() ==
        Kind::ConnectionRefused);
  const auto bad = open_fails("http://127.0.0.1:1/?token=t0ps3cret", options());
  CHECK(bad.kind() == Kind::InvalidUrl);
  CHECK(std::string(bad.what()).find("t0ps3cret") == std::string::npos);
}

TEST_CASE("websocket: a connect that is never answered times out", "[websocket]") {
  SilentServer silent;
  auto o = options();
  o.connect_timeout = milliseconds(500);
  const auto e = open_fails("ws://127.0.0.1:" + std::to_string(silent.port()) + "/?token=x", o);
  CHECK(e.kind() == Kind::ConnectTimeout);
}

TEST_CASE("websocket: wss verified against ca_cert; an unknown CA is refused", "[websocket]") {
  const auto& pki = test_pki();
  TestServer::Options server_options;
  server_options.tls = std::make_unique<ServerTls>(ServerTls{pki.server_cert, pki.server_key, ""});
  TestServer server(std::move(server_options));
  auto ws = open_websocket(ws_url(server, "token=good"), options(pki.ca_cert));
  ws->send("over tls");
  CHECK(ws->receive(milliseconds(3000)) == std::optional<std::string>("echo:over tls"));
  ws->close();
  CHECK(open_fails(ws_url(server, "token=good"), options(pki.other_ca_cert)).kind() == Kind::Tls);
  auto insecure = options(pki.other_ca_cert);
  insecure.tls.verify = false;
  CHECK_NOTHROW(open_websocket(ws_url(server, "token=good"), insecure));
}

TEST_CASE("websocket: wss through https_proxy (a CONNECT tunnel), verified end to end", "[websocket][proxy]") {
  const auto& pki = test_pki();
  TestServer::Options server_options;
  server_options.tls = std::make_unique<ServerTls>(ServerTls{pki.server_cert, pki.server_key, ""});
  TestServer server(std::move(server_options));
  ConnectProxy proxy;
  setenv("https_proxy", ("http://127.0.0.1:" + std::to_string(proxy.port())).c_str(), 1);
  setenv("no_proxy", "", 1);
  auto o = options(pki.ca_cert);
  o.proxies_from_environment = true;
  std::unique_ptr<WebSocket> ws;
  CHECK_NOTHROW(ws = open_websocket(ws_url(server, "token=good"), o));
  unsetenv("https_proxy");
  unsetenv("no_proxy");
  REQUIRE(ws);
  ws->send("tunnelled");
  CHECK(ws->receive(milliseconds(3000)) == std::optional<std::string>("echo:tunnelled"));
  REQUIRE(proxy.heads().size() == 1);
  CHECK_THAT(proxy.heads()[0], Catch::StartsWith("CONNECT 127.0.0.1:" + std::to_string(server.port())));
  CHECK(proxy.heads()[0].find("token=") == std::string::npos);
}
