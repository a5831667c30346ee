#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

#include "http/trace.hpp"

using namespace stackrescue::http;

namespace {

// Answers every request with `status`, or throws `error` when set.
class CannedTransport : public Transport {
 public:
  explicit CannedTransport(int status, std::optional<TransportError::Kind> error = std::nullopt)
      : status_(status), error_(error) {}
  Response send(const Request&) override {
    if (error_) throw TransportError(*error_, "canned failure");
    Response response;
    response.status = status_;
    response.body = "{\"token\": \"body-secret\"}";
    return response;
  }

 private:
  int status_;
  std::optional<TransportError::Kind> error_;
};

struct TraceFile {
  std::filesystem::path path;
  TraceFile() {
    char pattern[] = "/tmp/stackrescue-trace-XXXXXX";
    int fd = mkstemp(pattern);
    REQUIRE(fd >= 0);
    close(fd);
    path = pattern;
  }
  ~TraceFile() { std::filesystem::remove(path); }
  std::vector<std::string> lines() const {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  }
  std::string text() const {
    std::ifstream in(path);
    std::stringstream all;
    all << in.rdbuf();
    return all.str();
  }
};

Request authenticated_get(const std::string& url) {
  Request request;
  request.method = "GET";
  request.url = url;
  request.headers.set("X-Auth-Token", "gAAAAA-secret-token-0001");
  request.body = "{\"auth\": {\"password\": \"body-password\"}}";
  return request;
}

}  // namespace

TEST_CASE("trace: one line per request, without query, headers or bodies", "[trace]") {
  TraceFile file;
  auto transport = make_tracing_transport(std::make_unique<CannedTransport>(200), file.path.string());
  transport->send(authenticated_get("http://127.0.0.1:8774/v2.1/servers?name=secret-name"));
  transport->send(authenticated_get("https://user:pw@nova.example:443/v2.1/servers/abc"));

  auto lines = file.lines();
  REQUIRE(lines.size() == 2);
  CHECK(std::regex_match(lines[0], std::regex(R"(\d{13} GET http://127\.0\.0\.1:8774/v2\.1/servers 200 \d+)")));
  CHECK(std::regex_match(lines[1], std::regex(R"(\d{13} GET https://nova\.example:443/v2\.1/servers/abc 200 \d+)")));
  auto text = file.text();
  for (const char* secret : {"gAAAAA-secret-token-0001", "secret-name", "body-password", "body-secret", "pw@", "X-Auth"}) {
    INFO(secret);
    CHECK(text.find(secret) == std::string::npos);
  }
}

TEST_CASE("trace: failures are traced with their kind and rethrown", "[trace]") {
  TraceFile file;
  auto transport = make_tracing_transport(
      std::make_unique<CannedTransport>(0, TransportError::Kind::ReadTimeout), file.path.string());
  CHECK_THROWS_AS(transport->send(authenticated_get("http://127.0.0.1:8774/v2.1/servers")), TransportError);
  auto lines = file.lines();
  REQUIRE(lines.size() == 1);
  CHECK(std::regex_match(lines[0], std::regex(R"(\d+ GET http://127\.0\.0\.1:8774/v2\.1/servers ERR:ReadTimeout \d+)")));
}

TEST_CASE("trace: appends to an existing file (shared by several processes)", "[trace]") {
  TraceFile file;
  std::ofstream(file.path) << "earlier line\n";
  auto transport = make_tracing_transport(std::make_unique<CannedTransport>(404), file.path.string());
  transport->send(authenticated_get("http://127.0.0.1:9292/v2/images/x"));
  auto lines = file.lines();
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "earlier line");
  CHECK(lines[1].find(" 404 ") != std::string::npos);
}

TEST_CASE("trace: an unwritable trace file never fails the request", "[trace]") {
  auto transport = make_tracing_transport(std::make_unique<CannedTransport>(200), "/nonexistent-dir/trace.log");
  CHECK(transport->send(authenticated_get("http://127.0.0.1:1/")).status == 200);
}

TEST_CASE("trace: trace_if_requested wraps only when STACKRESCUE_TRACE is set", "[trace]") {
  TraceFile file;
  unsetenv("STACKRESCUE_TRACE");
  auto inner = std::make_unique<CannedTransport>(200);
  auto* raw = inner.get();
  auto untouched = trace_if_requested(std::move(inner));
  CHECK(untouched.get() == raw);

  setenv("STACKRESCUE_TRACE", file.path.c_str(), 1);
  auto traced = trace_if_requested(std::make_unique<CannedTransport>(201));
  unsetenv("STACKRESCUE_TRACE");
  CHECK(traced->send(authenticated_get("http://127.0.0.1:5000/v3/auth/tokens")).status == 201);
  CHECK(file.lines().size() == 1);
}
