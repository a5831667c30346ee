#pragma once
// A scripted fake transport for unit tests: an ordered list of expected requests, each
// answered with a canned response (JSON captured from the real local cloud lives in
// tests/fixtures/). Unexpected requests fail the test with a clear message.
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/transport.hpp"

namespace stackrescue::testing {

struct ExpectedCall {
  std::string method;
  std::string url_contains;                      // a substring the URL must contain
  std::optional<nlohmann::json> expect_body;     // exact JSON body, when given
  std::function<void(const http::Request&)> check;  // extra assertions (headers, ...)
  // The answer: either a response or a transport error.
  http::Response response;
  std::optional<http::TransportError::Kind> fail_with;
};

class ScriptedTransport : public http::Transport {
 public:
  ScriptedTransport& expect(ExpectedCall call);
  // Shorthands: answer `method url_contains` with status and a JSON body (or "" for none).
  ScriptedTransport& on(const std::string& method, const std::string& url_contains, int status,
                        const nlohmann::json& body = nullptr, http::Headers headers = {});
  ScriptedTransport& on_error(const std::string& method, const std::string& url_contains,
                              http::TransportError::Kind kind);

  // From now on, calls may come in any order (several threads on one session): each request
  // takes the first unused expected call that matches its method and URL (and body, when
  // the call names one). The calls scripted before this point are still taken in order.
  ScriptedTransport& any_order_from_here();

  http::Response send(const http::Request& request) override;

  const std::vector<http::Request>& sent() const { return sent_; }
  std::size_t remaining() const { return script_.size() - next_; }
  int count(const std::string& method, const std::string& url_contains) const;

 private:
  http::Response answer(const ExpectedCall& call, const http::Request& request) const;
  bool matches(const ExpectedCall& call, const http::Request& request) const;

  std::vector<ExpectedCall> script_;
  std::size_t next_ = 0;
  std::optional<std::size_t> any_order_from_;
  std::vector<bool> used_;
  std::vector<http::Request> sent_;
  mutable std::mutex mutex_;
};

// Reads tests/fixtures/<relative> (path baked in at build time) as JSON.
nlohmann::json fixture(const std::string& relative);

// Keystone v3 token response (201, X-Subject-Token) with a catalog for compute/image at
// http://127.0.0.1:8774/v2.1 and http://127.0.0.1:9292, as captured from the local cloud.
ScriptedTransport& with_keystone_v3(ScriptedTransport& transport, const std::string& token = "tok-test-0001");
// Compute version document with max 2.93 (Zed) unless given.
ScriptedTransport& with_compute_versions(ScriptedTransport& transport, const std::string& max = "2.93");

}  // namespace stackrescue::testing
