#include "support/scripted_transport.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace stackrescue::testing {

ScriptedTransport& ScriptedTransport::expect(ExpectedCall call) {
  script_.push_back(std::move(call));
  return *this;
}

ScriptedTransport& ScriptedTransport::on(const std::string& method, const std::string& url_contains, int status,
                                         const nlohmann::json& body, http::Headers headers) {
  ExpectedCall call;
  call.method = method;
  call.url_contains = url_contains;
  call.response.status = status;
  call.response.headers = std::move(headers);
  if (!body.is_null()) {
    call.response.body = body.is_string() ? body.get<std::string>() : body.dump();
    if (!call.response.headers.get("Content-Type")) call.response.headers.set("Content-Type", "application/json");
  }
  return expect(std::move(call));
}

ScriptedTransport& ScriptedTransport::on_error(const std::string& method, const std::string& url_contains,
                                               http::TransportError::Kind kind) {
  ExpectedCall call;
  call.method = method;
  call.url_contains = url_contains;
  call.fail_with = kind;
  return expect(std::move(call));
}

ScriptedTransport& ScriptedTransport::any_order_from_here() {
  any_order_from_ = script_.size();
  return *this;
}

bool ScriptedTransport::matches(const ExpectedCall& call, const http::Request& request) const {
  if (call.method != request.method || request.url.find(call.url_contains) == std::string::npos) return false;
  return !call.expect_body || nlohmann::json::parse(request.body, nullptr, false) == *call.expect_body;
}

http::Response ScriptedTransport::send(const http::Request& request) {
  std::unique_lock<std::mutex> lock(mutex_);
  sent_.push_back(request);
  const std::string what = request.method + " " + request.url;
  if (any_order_from_ && next_ >= *any_order_from_) {
    used_.resize(script_.size(), false);
    for (std::size_t i = *any_order_from_; i < script_.size(); ++i) {
      if (used_[i] || !matches(script_[i], request)) continue;
      used_[i] = true;
      ++next_;
      const ExpectedCall call = script_[i];
      lock.unlock();  // a call's check or failure must not hold up the other threads
      return answer(call, request);
    }
    throw std::logic_error("unexpected request (no unused call matches): " + what + " " + request.body);
  }
  if (next_ >= script_.size()) throw std::logic_error("unexpected request (script exhausted): " + what);
  const ExpectedCall call = script_[next_++];
  lock.unlock();
  if (call.method != request.method || request.url.find(call.url_contains) == std::string::npos) {
    throw std::logic_error("unexpected request: " + what + " (expected " + call.method + " ..." +
                           call.url_contains + "...)");
  }
  if (call.expect_body) {
    const auto sent_body = nlohmann::json::parse(request.body, nullptr, false);
    if (sent_body != *call.expect_body) {
      throw std::logic_error("unexpected body for " + what + ": " + request.body + " (expected " +
                             call.expect_body->dump() + ")");
    }
  }
  return answer(call, request);
}

http::Response ScriptedTransport::answer(const ExpectedCall& call, const http::Request& request) const {
  if (call.check) call.check(request);
  if (call.fail_with) throw http::TransportError(*call.fail_with, "scripted failure for " + request.method + " " + request.url);
  return call.response;
}

int ScriptedTransport::count(const std::string& method, const std::string& url_contains) const {
  std::lock_guard<std::mutex> lock(mutex_);
  int n = 0;
  for (const auto& r : sent_) {
    if (r.method == method && r.url.find(url_contains) != std::string::npos) ++n;
  }
  return n;
}

nlohmann::json fixture(const std::string& relative) {
  const std::string path = std::string(STACKRESCUE_FIXTURES_DIR) + "/" + relative;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("missing fixture " + path);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

ScriptedTransport& with_keystone_v3(ScriptedTransport& transport, const std::string& token) {
  http::Headers headers;
  headers.set("X-Subject-Token", token);
  return transport.on("POST", "/v3/auth/tokens", 201, fixture("identity/token_member.json"), headers);
}

ScriptedTransport& with_compute_versions(ScriptedTransport& transport, const std::string& max) {
  nlohmann::json doc = fixture("session/compute_version_v21.json");
  doc["version"]["version"] = max;
  return transport.on("GET", ":8774/v2.1/", 200, doc);
}

}  // namespace stackrescue::testing
