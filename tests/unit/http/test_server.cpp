#include "test_server.hpp"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/PrivateKeyPassphraseHandler.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Net/NetException.h>
#include <Poco/StreamCopier.h>
#include <Poco/Thread.h>
#include <Poco/URI.h>

namespace stackrescue::http::testing {
namespace {

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

std::size_t bytes_parameter(const Poco::URI& uri) {
  for (const auto& [name, value] : uri.getQueryParameters()) {
    if (name == "bytes") return std::stoul(value);
  }
  return 0;
}

void echo(HTTPServerRequest& request, HTTPServerResponse& response, const std::string& body) {
  response.set("X-Echo-Method", request.getMethod());
  response.set("X-Echo-Uri", request.getURI());
  for (const auto& [name, value] : request) response.set("X-Echo-" + name, value);
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send() << body;
}

void send_status(const std::string& path, HTTPServerResponse& response) {
  auto code = std::stoi(path.substr(std::string("/status/").size()));
  response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(code));
  std::string body = "status " + std::to_string(code);
  response.setContentLength(static_cast<std::streamsize>(body.size()));
  response.send() << body;
}

void send_chunked(std::size_t bytes, HTTPServerResponse& response) {
  response.setChunkedTransferEncoding(true);
  std::ostream& out = response.send();
  std::string piece(64 * 1024, 'c');
  for (std::size_t sent = 0; sent < bytes && out; sent += piece.size()) {
    out.write(piece.data(), static_cast<std::streamsize>(std::min(piece.size(), bytes - sent)));
  }
}

// Shuts the connection down under Poco's feet: the client sees EOF with no response.
void close_connection(HTTPServerRequest& request) {
  static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket().shutdown();
}

// A console proxy stand-in (as nova-serialproxy behaves): wants ?token=good, an Origin of its
// own scheme://host:port and the `binary` subprotocol; then answers each frame "echo:<it>",
// "ping-me" with a ping before the echo, "bye" with a close frame, "silence" with nothing.
void console_proxy(HTTPServerRequest& request, HTTPServerResponse& response, const Poco::URI& uri, bool secure,
                   Poco::Event& stopping) {
  const std::string own = std::string(secure ? "https" : "http") + "://127.0.0.1:" +
                          std::to_string(request.serverAddress().port());
  const bool token = uri.getRawQuery() == "token=good";
  if (!token || request.get("Origin", "") != own || request.get("Sec-WebSocket-Protocol", "").find("binary") ==
                                                          std::string::npos) {
    response.setStatusAndReason(token ? Poco::Net::HTTPResponse::HTTP_FORBIDDEN
                                      : Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED);
    response.setContentLength(0);
    response.send();
    return;
  }
  response.set("Sec-WebSocket-Protocol", "binary");
  Poco::Net::WebSocket ws(request, response);
  ws.setReceiveTimeout(Poco::Timespan(0, 100000));
  char buffer[4096];
  while (!stopping.tryWait(0)) {
    int flags = 0;
    int n = 0;
    try {
      n = ws.receiveFrame(buffer, sizeof buffer, flags);
    } catch (const Poco::TimeoutException&) {
      continue;
    } catch (const Poco::Exception&) {
      return;
    }
    const int opcode = flags & Poco::Net::WebSocket::FRAME_OP_BITMASK;
    if (n == 0 || opcode == Poco::Net::WebSocket::FRAME_OP_CLOSE) return;
    if (opcode == Poco::Net::WebSocket::FRAME_OP_PONG) continue;  // the client's answer to our ping
    const std::string text(buffer, static_cast<std::size_t>(n));
    if (text == "silence") continue;
    if (text == "bye") {
      ws.shutdown();
      return;
    }
    if (text == "ping-me") ws.sendFrame("p", 1, Poco::Net::WebSocket::FRAME_FLAG_FIN | Poco::Net::WebSocket::FRAME_OP_PING);
    const std::string answer = "echo:" + text;
    ws.sendFrame(answer.data(), static_cast<int>(answer.size()), Poco::Net::WebSocket::FRAME_BINARY);
  }
}

class RouteHandler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit RouteHandler(TestServer& server) : server_(server) {}

  void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
    Poco::URI uri(request.getURI());
    const std::string path = uri.getPath();
    server_.count(path);
    std::string body;
    Poco::StreamCopier::copyToString(request.stream(), body);

    if (path == "/echo") return echo(request, response, body);
    if (path == "/console") return console_proxy(request, response, uri, server_.secure(), server_.stopping());
    if (path.rfind("/status/", 0) == 0) return send_status(path, response);
    if (path == "/slow") {
      server_.stopping().tryWait(5000);
      response.send() << "late";
      return;
    }
    if (path == "/close") return close_connection(request);
    if (path == "/large") {
      std::string large(bytes_parameter(uri), 'L');
      response.setContentLength64(static_cast<Poco::Int64>(large.size()));
      response.send() << large;
      return;
    }
    if (path == "/chunked") return send_chunked(bytes_parameter(uri), response);
    if (path == "/lying-length") {
      response.setContentLength64(Poco::Int64{100} * 1024 * 1024);
      response.send() << "short" << std::flush;
      return close_connection(request);
    }
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
    response.send() << "no route";
  }

 private:
  TestServer& server_;
};

class RouteFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit RouteFactory(TestServer& server) : server_(server) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override {
    return new RouteHandler(server_);
  }

 private:
  TestServer& server_;
};

class NoPassphrase : public Poco::Net::PrivateKeyPassphraseHandler {
 public:
  NoPassphrase() : PrivateKeyPassphraseHandler(true) {}
  void onPrivateKeyRequested(const void*, std::string& passphrase) override { passphrase.clear(); }
};

Poco::Net::Context::Ptr server_context(const ServerTls& tls) {
  using Poco::Net::Context;
  Context::Params params;
  params.certificateFile = tls.cert;
  params.privateKeyFile = tls.key;
  params.caLocation = tls.client_ca;
  params.verificationMode = tls.client_ca.empty() ? Context::VERIFY_NONE : Context::VERIFY_STRICT;
  params.loadDefaultCAs = false;
  return new Context(Context::TLS_SERVER_USE, params);
}

}  // namespace

void prepare_server_ssl_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Net::SSLManager::instance().initializeServer(new NoPassphrase, new Poco::Net::RejectCertificateHandler(true),
                                                       Poco::Net::Context::Ptr());
  });
}

TestServer::TestServer() : TestServer(Options{}) {}

TestServer::TestServer(Options options) : secure_(options.tls != nullptr) {
  Poco::Net::SocketAddress address("127.0.0.1", 0);
  std::unique_ptr<Poco::Net::ServerSocket> socket;
  if (secure_) {
    prepare_server_ssl_once();
    socket = std::make_unique<Poco::Net::SecureServerSocket>(address, 64, server_context(*options.tls));
  } else {
    socket = std::make_unique<Poco::Net::ServerSocket>(address);
  }
  port_ = socket->address().port();
  auto* params = new Poco::Net::HTTPServerParams;
  params->setKeepAliveTimeout(Poco::Timespan(options.keep_alive_timeout_ms * 1000));
  server_ = std::make_unique<Poco::Net::HTTPServer>(new RouteFactory(*this), *socket, params);
  server_->start();
}

// Handlers still running hold references to this object: wait (bounded) for them.
TestServer::~TestServer() {
  stopping_.set();
  server_->stopAll(true);
  for (int i = 0; i < 400 && server_->currentConnections() > 0; ++i) Poco::Thread::sleep(5);
}

std::string TestServer::url(const std::string& path) const {
  return std::string(secure_ ? "https" : "http") + "://127.0.0.1:" + std::to_string(port_) + path;
}

void TestServer::count(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++hits_[path];
}

int TestServer::hits(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = hits_.find(path);
  return found == hits_.end() ? 0 : found->second;
}

int TestServer::connections() const { return server_->totalConnections(); }

bool TestServer::wait_until_idle(std::chrono::milliseconds limit) const {
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (server_->currentConnections() > 0) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    Poco::Thread::sleep(10);
  }
  return true;
}

unsigned short closed_port() {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  unsigned short port = socket.address().port();
  socket.close();
  return port;
}

SilentServer::SilentServer()
    : socket_(std::make_unique<Poco::Net::ServerSocket>(Poco::Net::SocketAddress("127.0.0.1", 0))),
      port_(socket_->address().port()) {}

SilentServer::~SilentServer() { socket_->close(); }

PlainHttpResponder::PlainHttpResponder()
    : socket_(Poco::Net::SocketAddress("127.0.0.1", 0)), port_(socket_.address().port()), thread_([this] {
        const std::string answer = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        while (!stop_) {
          if (!socket_.poll(Poco::Timespan(50 * 1000), Poco::Net::Socket::SELECT_READ)) continue;
          try {
            Poco::Net::StreamSocket client = socket_.acceptConnection();
            client.setReceiveTimeout(Poco::Timespan(2, 0));
            char buffer[4096];
            client.receiveBytes(buffer, sizeof buffer);  // read what came, so closing sends FIN, not RST
            client.sendBytes(answer.data(), static_cast<int>(answer.size()));
            client.shutdownSend();
            while (client.receiveBytes(buffer, sizeof buffer) > 0) {
            }
          } catch (const Poco::Exception&) {
            // the client gave up first; nothing to answer
          }
        }
      }) {}

PlainHttpResponder::~PlainHttpResponder() {
  stop_ = true;
  thread_.join();
}

}  // namespace stackrescue::http::testing
