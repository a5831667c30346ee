#pragma once
// The HTTP seam. Everything above this layer speaks Request/Response; only
// poco_transport.cpp knows Poco.
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.hpp"

namespace stackrescue::http {

// Header names compare case-insensitively; order is kept as sent/received.
class Headers {
 public:
  void set(std::string name, std::string value);   // replaces any header of that name
  void add(std::string name, std::string value);   // appends
  std::optional<std::string> get(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

struct Request {
  std::string method;  // GET, POST, PUT, DELETE, HEAD
  std::string url;     // absolute: http(s)://host[:port]/path?query
  Headers headers;
  std::string body;
};

struct Response {
  int status = 0;
  std::string reason;
  Headers headers;
  std::string body;
};

// A failure below HTTP: nothing (or nothing complete) came back.
class TransportError : public Error {
 public:
  enum class Kind {
    ConnectionRefused,
    ConnectTimeout,
    ReadTimeout,       // connected and sent, but no (complete) answer in time
    ConnectionReset,   // the peer closed or reset the connection mid-exchange
    Tls,               // handshake or certificate verification failed
    HostNotFound,
    InvalidUrl,
    Other,
  };
  TransportError(Kind kind, const std::string& message) : Error(message), kind_(kind) {}
  Kind kind() const { return kind_; }
  // True when the request may have reached the server (its effect is unknown).
  bool request_may_have_been_sent() const {
    return kind_ == Kind::ReadTimeout || kind_ == Kind::ConnectionReset || kind_ == Kind::Other;
  }

 private:
  Kind kind_;
};

struct TlsOptions {
  bool verify = true;       // validate_certs
  std::string ca_file;      // ca_cert; empty = system CA store
  std::string client_cert;  // client_cert (PEM)
  std::string client_key;   // client_key (PEM); empty = key inside client_cert
};

struct TransportOptions {
  TlsOptions tls;
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds read_timeout{60000};  // api_timeout
  // Proxies from https_proxy/http_proxy/no_proxy (either case) unless set here.
  bool proxies_from_environment = true;
  // Larger responses fail with TransportError(Other, "response too large ..."), so a
  // broken or hostile endpoint cannot make a module exhaust memory.
  std::size_t max_response_bytes = 64 * 1024 * 1024;
};

class Transport {
 public:
  virtual ~Transport() = default;
  // Sends one request and returns whatever status came back (no status is an error here).
  // Throws TransportError when no complete response arrived.
  virtual Response send(const Request& request) = 0;
};

// The production transport (Poco; HTTP and HTTPS, proxies, keep-alive per host).
// Throws TransportError(Tls) when ca_file, client_cert or client_key cannot be loaded.
// Idempotent requests are resent once when a reused keep-alive connection turns out to
// have been closed by the server (see poco_transport.cpp); nothing else is retried here.
std::unique_ptr<Transport> make_poco_transport(const TransportOptions& options);

}  // namespace stackrescue::http
