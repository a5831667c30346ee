#pragma once
// The WebSocket seam: what the console layer needs to talk to a console proxy (Nova's
// nova-serialproxy; console/websocket_channel.cpp wraps it). Only poco_websocket.cpp knows
// Poco; tests drive the layers above with a fake channel (tests/support/fake_console.hpp).
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "http/transport.hpp"

namespace stackrescue::http {

struct WebSocketOptions {
  TlsOptions tls;                                   // wss://: the same rules as HTTPS
  std::chrono::milliseconds connect_timeout{10000};  // TCP connect + TLS + upgrade handshake
  // Once a frame has begun, all of it must arrive within this (api_timeout): the whole
  // frame, not each recv(), so a proxy trickling a frame byte by byte cannot hold a read.
  std::chrono::milliseconds frame_timeout{60000};
  bool proxies_from_environment = true;  // https_proxy/http_proxy/no_proxy, as the HTTP transport
  std::string subprotocol = "binary";    // nova-serialproxy (websockify) speaks `binary`
  // A larger frame is refused from its header, before anything is allocated. Nova's
  // serialproxy (websockify) sends at most 64 KiB a frame (its read buffer); 1 MiB leaves
  // room for any other proxy while a hostile one cannot make us allocate more.
  std::size_t max_frame_bytes = 1024 * 1024;
};

class WebSocket {
 public:
  virtual ~WebSocket() = default;
  // Sends `bytes` as one binary frame. Throws TransportError when the connection is gone.
  virtual void send(std::string_view bytes) = 0;
  // The payload of the next non-empty data frame, or nullopt when none began within `wait`.
  // Pings are answered, pongs and empty frames skipped, the clock looked at after each: it
  // returns within `wait` plus the time a frame begun inside it takes (at most
  // frame_timeout). Throws TransportError: ConnectionReset when the peer closed, ReadTimeout
  // when a frame did not complete within frame_timeout, Other for a frame over
  // max_frame_bytes.
  virtual std::optional<std::string> receive(std::chrono::milliseconds wait) = 0;
  // Sends a close frame and closes the connection. Never throws.
  virtual void close() = 0;
};

// Opens a WebSocket to `url` (ws:// or wss://), with Origin set to the URL's own
// scheme://host:port (nova-serialproxy refuses other origins) and the subprotocol offered.
// Messages name the URL without its query (the console token is in it). Throws
// TransportError: InvalidUrl, ConnectionRefused, ConnectTimeout, Tls, HostNotFound, Other
// (the proxy refused the upgrade: its status is in the message).
std::unique_ptr<WebSocket> open_websocket(const std::string& url, const WebSocketOptions& options);

// How the layers above open one (a fake in tests).
using WebSocketOpener = std::function<std::unique_ptr<WebSocket>(const std::string& url)>;

// `url` fit for messages: scheme://host:port/path, without the query or userinfo.
std::string redacted_url(const std::string& url);

}  // namespace stackrescue::http
