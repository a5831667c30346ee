#include "test_connect_proxy.hpp"

#include <Poco/Net/SocketAddress.h>

namespace stackrescue::http::testing {
namespace {

const Poco::Timespan kTick(50 * 1000);  // how often the loops look at the stop flag

// Reads up to the blank line that ends a request head; empty when the client went away.
std::string read_head(Poco::Net::StreamSocket& client) {
  std::string head;
  char c = 0;
  while (head.size() < 8192 && head.find("\r\n\r\n") == std::string::npos) {
    if (client.receiveBytes(&c, 1) != 1) return "";
    head.push_back(c);
  }
  return head;
}

// Copies what is available from `from` to `to`; false when `from` was closed.
bool forward(Poco::Net::StreamSocket& from, Poco::Net::StreamSocket& to) {
  char buffer[16 * 1024];
  int n = from.receiveBytes(buffer, sizeof buffer);
  if (n <= 0) return false;
  to.sendBytes(buffer, n);
  return true;
}

}  // namespace

ConnectProxy::ConnectProxy()
    : socket_(Poco::Net::SocketAddress("127.0.0.1", 0)), port_(socket_.address().port()), thread_([this] { serve(); }) {}

ConnectProxy::~ConnectProxy() {
  stop_ = true;
  thread_.join();
}

std::vector<std::string> ConnectProxy::heads() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return heads_;
}

void ConnectProxy::serve() {
  while (!stop_) {
    if (!socket_.poll(kTick, Poco::Net::Socket::SELECT_READ)) continue;
    try {
      tunnel(socket_.acceptConnection());
    } catch (const Poco::Exception&) {
      // a client that goes away mid-tunnel ends that tunnel, not the proxy
    }
  }
}

void ConnectProxy::tunnel(Poco::Net::StreamSocket client) {
  std::string head = read_head(client);
  if (head.empty()) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    heads_.push_back(head);
  }
  // "CONNECT host:port HTTP/1.1"
  auto target_start = head.find(' ') + 1;
  std::string target = head.substr(target_start, head.find(' ', target_start) - target_start);
  Poco::Net::StreamSocket upstream{Poco::Net::SocketAddress(target)};
  const std::string established = "HTTP/1.1 200 Connection established\r\n\r\n";
  client.sendBytes(established.data(), static_cast<int>(established.size()));
  while (!stop_) {
    if (client.poll(kTick, Poco::Net::Socket::SELECT_READ) && !forward(client, upstream)) return;
    if (upstream.poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ) && !forward(upstream, client)) return;
  }
}

}  // namespace stackrescue::http::testing
