#include "console/websocket_channel.hpp"

#include <utility>

#include "console/errors.hpp"
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

}  // namespace

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
