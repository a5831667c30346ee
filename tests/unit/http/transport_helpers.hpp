#pragma once
// Small helpers shared by the transport tests.
#include <chrono>
#include <functional>
#include <string>

#include "http/transport.hpp"

namespace stackrescue::http::testing {

inline Request make_request(std::string method, std::string url, std::string body = "") {
  Request request;
  request.method = std::move(method);
  request.url = std::move(url);
  request.body = std::move(body);
  return request;
}

// Runs `call`, which must throw TransportError; returns it (fails the test otherwise).
inline TransportError expect_transport_error(const std::function<void()>& call) {
  try {
    call();
  } catch (const TransportError& e) {
    return e;
  }
  throw std::runtime_error("expected a TransportError, but the request succeeded");
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

inline long long elapsed_ms(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace stackrescue::http::testing
