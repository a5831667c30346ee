#pragma once
// A minimal HTTP CONNECT proxy on 127.0.0.1 for the HTTPS-through-proxy tests: it records
// each request head, opens the tunnel and copies bytes both ways. One client at a time.
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

namespace stackrescue::http::testing {

class ConnectProxy {
 public:
  ConnectProxy();
  ~ConnectProxy();
  ConnectProxy(const ConnectProxy&) = delete;
  ConnectProxy& operator=(const ConnectProxy&) = delete;

  unsigned short port() const { return port_; }
  // The request heads received so far ("CONNECT host:port HTTP/1.1\r\nHeader: ...").
  std::vector<std::string> heads() const;

 private:
  void serve();
  void tunnel(Poco::Net::StreamSocket client);

  Poco::Net::ServerSocket socket_;
  unsigned short port_ = 0;
  std::atomic<bool> stop_{false};
  mutable std::mutex mutex_;
  std::vector<std::string> heads_;
  std::thread thread_;
};

}  // namespace stackrescue::http::testing
