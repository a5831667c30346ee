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

http::Response ScriptedTransport::send(const http::Request& request) {
  sent_.push_back(request);
  const std::string what = request.method + " " + request.url;
  if (next_ >= script_.size()) throw std::logic_error("unexpected request (script exhausted): " + what);
  const ExpectedCall& call = script_[next_++];
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
  if (call.check) call.check(request);
  if (call.fail_with) throw http::TransportError(*call.fail_with, "scripted failure for " + what);
  return call.response;
}

int ScriptedTransport::count(const std::string& method, const std::string& url_contains) const {
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
