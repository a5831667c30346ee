// The production WebSocket: Poco::Net::WebSocket behind the seam of websocket.hpp.
#include <Poco/Buffer.h>
#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/WebSocket.h>

#include "http/frame_watchdog.hpp"
#include "http/poco_support.hpp"
#include "http/websocket.hpp"

namespace stackrescue::http {
namespace {

using Kind = TransportError::Kind;
using PocoWs = Poco::Net::WebSocket;

Poco::Timespan to_timespan(std::chrono::milliseconds ms) {
  return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}

std::optional<detail::Url> parse_ws_url(const std::string& text) {
  auto url = detail::parse_url(text);
  if (!url || (url->scheme != "ws" && url->scheme != "wss")) return std::nullopt;
  if (url->port == 0) url->port = url->scheme == "wss" ? 443 : 80;
  return url;
}

// What the proxy compares with its own address: the http(s) origin of the console URL.
std::string origin_of(const detail::Url& url) {
  return (url.scheme == "wss" ? "https://" : "http://") + url.origin().substr(url.origin().find("://") + 3);
}

// Messages carry Poco's text (socket, TLS or handshake failures: never the request line,
// where the token is) and the URL without its query.
TransportError to_error(const Poco::Exception& e, bool connected, const std::string& where,
                        const WebSocketOptions& options, int status) {
  if (dynamic_cast<const Poco::TimeoutException*>(&e)) {
    if (!connected)
      return TransportError(Kind::ConnectTimeout, "could not open the websocket " + where + " within " +
                                                      std::to_string(options.connect_timeout.count()) + " ms");
    return TransportError(Kind::ReadTimeout, "a websocket frame from " + where + " did not complete within " +
                                                 std::to_string(options.frame_timeout.count()) + " ms");
  }
  if (dynamic_cast<const Poco::Net::ConnectionRefusedException*>(&e))
    return TransportError(Kind::ConnectionRefused, "connection refused: " + where);
  if (dynamic_cast<const Poco::Net::DNSException*>(&e))
    return TransportError(Kind::HostNotFound, "cannot resolve the host of " + where);
  if (dynamic_cast<const Poco::Net::SSLException*>(&e) && !connected)
    return TransportError(Kind::Tls, "TLS with " + where + " failed: " + e.displayText());
  if (dynamic_cast<const Poco::Net::WebSocketException*>(&e) && !connected)
    return TransportError(Kind::Other, "the console proxy refused the websocket " + where +
                                           (status ? " (HTTP " + std::to_string(status) + ")" : std::string()) + ": " +
                                           e.displayText());
  if (connected) return TransportError(Kind::ConnectionReset, "the websocket " + where + " broke: " + e.displayText());
  return TransportError(Kind::Other, "could not open the websocket " + where + ": " + e.displayText());
}

class PocoWebSocket : public http::WebSocket {
 public:
  PocoWebSocket(Poco::Net::WebSocket socket, std::string where, WebSocketOptions options)
      : socket_(std::move(socket)),
        where_(std::move(where)),
        options_(std::move(options)),
        watchdog_(static_cast<int>(socket_.impl()->sockfd())) {}
  ~PocoWebSocket() override { close(); }

  void send(std::string_view bytes) override {
    guard([&] {
      socket_.sendFrame(bytes.data(), static_cast<int>(bytes.size()), PocoWs::FRAME_BINARY);
    });
  }

  // Bounded twice: no frame begins after `wait` has passed (the clock is looked at after
  // every frame, pings, pongs and empty frames included, so a stream of them cannot hold
  // the caller), and a frame that has begun must be complete within frame_timeout.
  std::optional<std::string> receive(std::chrono::milliseconds wait) override {
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
      // available() also counts what TLS or Poco already buffered, which poll cannot see.
      if (socket_.available() <= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        bool readable = false;
        guard([&] { readable = socket_.poll(to_timespan(left), Poco::Net::Socket::SELECT_READ); });
        if (!readable) return std::nullopt;
      }
      Poco::Buffer<char> payload(0);
      int flags = 0;
      const int n = receive_frame(payload, flags);
      const int opcode = flags & PocoWs::FRAME_OP_BITMASK;
      if ((n == 0 && flags == 0) || opcode == PocoWs::FRAME_OP_CLOSE) {
        close();
        throw TransportError(Kind::ConnectionReset, "the console proxy closed the websocket " + where_);
      }
      if (opcode == PocoWs::FRAME_OP_PING)
        guard([&] { socket_.sendFrame(payload.begin(), n, PocoWs::FRAME_FLAG_FIN | PocoWs::FRAME_OP_PONG); });
      else if (opcode != PocoWs::FRAME_OP_PONG && n > 0)
        return std::string(payload.begin(), static_cast<std::size_t>(n));
      if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    }
  }

  void close() override {
    if (closed_) return;
    closed_ = true;
    try {
      socket_.shutdown();
      socket_.close();
    } catch (const Poco::Exception&) {  // already gone: nothing left to close
    }
  }

 private:
  // One frame, complete within frame_timeout (the watchdog ends a read that trickles) and
  // at most max_frame_bytes (Poco refuses a larger one from its header, before allocating).
  int receive_frame(Poco::Buffer<char>& payload, int& flags) {
    if (closed_) throw TransportError(Kind::ConnectionReset, "the websocket " + where_ + " is closed");
    int n = 0;
    watchdog_.arm(std::chrono::steady_clock::now() + options_.frame_timeout);
    try {
      n = socket_.receiveFrame(payload, flags);
    } catch (const Poco::Net::WebSocketException& e) {
      if (watchdog_.disarm()) throw frame_timed_out();
      if (e.code() == PocoWs::WS_ERR_PAYLOAD_TOO_BIG)
        throw TransportError(Kind::Other, "the console proxy " + where_ + " sent a websocket frame of more than " +
                                              std::to_string(options_.max_frame_bytes) +
                                              " bytes, the most one frame of console output may carry");
      throw to_error(e, true, where_, options_, 0);
    } catch (const Poco::Exception& e) {
      if (watchdog_.disarm()) throw frame_timed_out();
      throw to_error(e, true, where_, options_, 0);
    } catch (...) {  // never left armed: after close() the descriptor may be another socket's
      watchdog_.disarm();
      throw;
    }
    if (watchdog_.disarm()) throw frame_timed_out();  // fired as the frame completed: the socket is shut
    return n;
  }

  TransportError frame_timed_out() {
    close();
    return TransportError(Kind::ReadTimeout, "a websocket frame from " + where_ + " did not complete within " +
                                                 std::to_string(options_.frame_timeout.count()) +
                                                 " ms (the console proxy sends it too slowly)");
  }

  template <typename F>
  void guard(F&& f) {
    if (closed_) throw TransportError(Kind::ConnectionReset, "the websocket " + where_ + " is closed");
    try {
      f();
    } catch (const Poco::Exception& e) {
      throw to_error(e, true, where_, options_, 0);
    }
  }

  Poco::Net::WebSocket socket_;
  std::string where_;
  WebSocketOptions options_;
  FrameWatchdog watchdog_;  // armed only inside receive_frame, so never after close()
  bool closed_ = false;
};

}  // namespace

std::string redacted_url(const std::string& url) {
  const auto parsed = detail::parse_url(url);
  return parsed ? parsed->redacted() : std::string("(an unparsable URL)");
}

std::unique_ptr<http::WebSocket> open_websocket(const std::string& text, const WebSocketOptions& options) {
  const auto url = parse_ws_url(text);
  if (!url) throw TransportError(Kind::InvalidUrl, "not a ws:// or wss:// URL: " + redacted_url(text));
  detail::prepare_poco_once();
  const std::string where = url->redacted();
  std::unique_ptr<Poco::Net::HTTPClientSession> session;
  if (url->scheme == "wss")
    session = std::make_unique<Poco::Net::HTTPSClientSession>(url->host, url->port, detail::make_tls_context(options.tls));
  else
    session = std::make_unique<Poco::Net::HTTPClientSession>(url->host, url->port);
  session->setTimeout(to_timespan(options.connect_timeout), to_timespan(options.connect_timeout),
                      to_timespan(options.connect_timeout));
  if (options.proxies_from_environment) {
    // As curl does: ws:// goes through http_proxy, wss:// through https_proxy (CONNECT
    // tunnels both; Poco opens them), with no_proxy honoured.
    detail::Url as_http = *url;
    as_http.scheme = url->scheme == "wss" ? "https" : "http";
    detail::apply_proxy_from_environment(*session, as_http);
  }
  Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, url->target(), Poco::Net::HTTPMessage::HTTP_1_1);
  request.set("Origin", origin_of(*url));
  if (!options.subprotocol.empty()) request.set("Sec-WebSocket-Protocol", options.subprotocol);
  Poco::Net::HTTPResponse response;
  try {
    Poco::Net::WebSocket socket(*session, request, response);
    socket.setReceiveTimeout(to_timespan(options.frame_timeout));
    socket.setSendTimeout(to_timespan(options.frame_timeout));
    socket.setMaxPayloadSize(static_cast<int>(options.max_frame_bytes));
    return std::make_unique<PocoWebSocket>(std::move(socket), where, options);
  } catch (const Poco::Exception& e) {
    throw to_error(e, false, where + detail::describe_proxy(*session), options, static_cast<int>(response.getStatus()));
  }
}

}  // namespace stackrescue::http
