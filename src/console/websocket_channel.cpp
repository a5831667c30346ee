#include "console/websocket_channel.hpp"

#include <cstdio>
#include <utility>

#include "console/errors.hpp"
#include "http/url.hpp"
#include "http/websocket.hpp"

namespace stackrescue::console {
namespace {

// Runs `step`, a transport failure reported as a ConsoleError with the same message.
template <typename Step>
auto reported(Step step) -> decltype(step()) {
  try {
    return step();
  } catch (const http::TransportError& error) {
    throw ConsoleError(error.what(), error.details());
  }
}

class WebSocketChannel : public Channel {
 public:
  explicit WebSocketChannel(std::unique_ptr<http::WebSocket> socket) : socket_(std::move(socket)) {}

  void send(std::string_view bytes) override {
    reported([&] { socket_->send(bytes); });
  }
  std::optional<std::string> receive(std::chrono::milliseconds wait) override {
    return reported([&] { return socket_->receive(wait); });
  }

  void close() override { socket_->close(); }

 private:
  std::unique_ptr<http::WebSocket> socket_;
};

// Hosts whose traffic never leaves this machine: 127.0.0.0/8, ::1, localhost.
bool is_loopback(const std::string& host) {
  if (host == "localhost" || host == "localhost." || host == "::1") return true;
  unsigned octets[4];
  char rest = 0;
  return std::sscanf(host.c_str(), "%3u.%3u.%3u.%3u%c", &octets[0], &octets[1], &octets[2], &octets[3], &rest) == 4 &&
         octets[0] == 127 && octets[1] < 256 && octets[2] < 256 && octets[3] < 256;
}

}  // namespace

ConsoleEndpoint console_endpoint(const std::string& url) {
  using Transport = ConsoleEndpoint::Transport;
  const auto parsed = http::detail::parse_url(url);
  if (!parsed) return {};
  if (parsed->scheme == "wss") return {Transport::Encrypted, parsed->host};
  if (parsed->scheme != "ws") return {Transport::Unknown, parsed->host};
  return {is_loopback(parsed->host) ? Transport::CleartextLocal : Transport::CleartextNetwork, parsed->host};
}

ChannelOpener websocket_opener(const http::TransportOptions& transport) {
  http::WebSocketOptions options;
  options.tls = transport.tls;
  options.connect_timeout = transport.connect_timeout;
  options.frame_timeout = transport.read_timeout;
  options.proxies_from_environment = transport.proxies_from_environment;
  return [options](const std::string& url) -> std::unique_ptr<Channel> {
    return reported([&] { return std::make_unique<WebSocketChannel>(http::open_websocket(url, options)); });
  };
}

}  // namespace stackrescue::console
