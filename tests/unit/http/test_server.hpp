#pragma once
// An in-process HTTP(S) server on 127.0.0.1 (port chosen by the OS) with one route per
// behaviour the transport must handle. Only the tests include Poco through this header.
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include <Poco/Event.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>

namespace stackrescue::http::testing {

struct ServerTls {
  std::string cert;
  std::string key;
  std::string client_ca;  // when set, clients must present a certificate signed by it
};

// Routes (the query string is ignored for routing):
//   /echo            200; body = request body; X-Echo-Method, X-Echo-Uri and
//                    X-Echo-<Header> for every request header
//   /status/<code>   that status with body "status <code>"
//   /slow            answers after 5 s (or when the server stops)
//   /close           reads the request, then closes the connection without answering
//   /large?bytes=N   N bytes with Content-Length
//   /chunked?bytes=N N bytes, chunked
//   /lying-length    announces 100 MiB, sends 5 bytes, closes
//   /console         a WebSocket console proxy stand-in (see test_server.cpp)
class TestServer {
 public:
  struct Options {
    std::unique_ptr<ServerTls> tls;          // null = plain HTTP
    long keep_alive_timeout_ms = 10000;      // how long an idle connection is kept open
  };

  TestServer();
  explicit TestServer(Options options);
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  unsigned short port() const { return port_; }
  bool secure() const { return secure_; }
  // "http(s)://127.0.0.1:<port><path>"
  std::string url(const std::string& path) const;
  int hits(const std::string& path) const;
  int connections() const;
  // Waits until no connection is open on the server side (e.g. keep-alive timed out).
  bool wait_until_idle(std::chrono::milliseconds limit) const;

  // Called by the request handler.
  void count(const std::string& path);
  Poco::Event& stopping() { return stopping_; }

 private:
  bool secure_ = false;
  unsigned short port_ = 0;
  Poco::Event stopping_{false};  // manual reset: once set, every slow handler wakes
  mutable std::mutex mutex_;
  std::map<std::string, int> hits_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

// A port on 127.0.0.1 that nothing listens on (bound, then closed again).
unsigned short closed_port();

// A socket on 127.0.0.1 that listens but never accepts: connects succeed, nothing answers.
class SilentServer {
 public:
  SilentServer();
  ~SilentServer();
  unsigned short port() const { return port_; }

 private:
  std::unique_ptr<Poco::Net::ServerSocket> socket_;
  unsigned short port_ = 0;
};

// Answers every connection at once with a plain-HTTP 400 and closes it, whatever arrives
// (a TLS ClientHello included). Unlike a real HTTP server it never waits for more input.
class PlainHttpResponder {
 public:
  PlainHttpResponder();
  ~PlainHttpResponder();
  unsigned short port() const { return port_; }

 private:
  Poco::Net::ServerSocket socket_;
  unsigned short port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

// Makes certificate problems on the test server's side fail instead of prompting.
void prepare_server_ssl_once();

}  // namespace stackrescue::http::testing
