#include <catch2/catch.hpp>

#include "common/secrets.hpp"
#include "openstack/errors.hpp"
#include "session_fixture.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::SessionFixture;
using Kind = http::TransportError::Kind;
using nlohmann::json;

namespace {

http::Headers with_header(const std::string& name, const std::string& value) {
  http::Headers h;
  h.set(name, value);
  return h;
}

ApiRequest get(const std::string& path) {
  ApiRequest r;
  r.path = path;
  return r;
}

ApiRequest post(const std::string& path, json body) {
  ApiRequest r;
  r.method = "POST";
  r.path = path;
  r.body = std::move(body);
  return r;
}

}  // namespace

TEST_CASE("one token serves every request; the token travels in X-Auth-Token", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport, "tok-aaaa-1111");
  f.transport->on("GET", "/v2.1/servers/s1", 200, json{{"server", {{"id", "s1"}}}});
  f.transport->on("GET", ":9292/v2/images", 200, json{{"images", json::array()}});
  f.session->request(Service::Compute, get("/servers/s1"));
  f.session->request(Service::Image, get("/images"));
  CHECK(f.session->token_requests() == 1);
  CHECK(f.transport->sent()[1].headers.get("X-Auth-Token") == "tok-aaaa-1111");
  const json auth = json::parse(f.transport->sent()[0].body);
  CHECK(auth["auth"]["identity"]["password"]["user"]["name"] == "member");
  CHECK(f.session->project_id() == "4b309d0ac4c748448343770adc10e2cf");
  CHECK(secrets::contains_secret("tok-aaaa-1111"));
}

TEST_CASE("a 401 from a service re-authenticates once and resends", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport, "tok-old-0001");
  f.transport->on("POST", "/servers/s1/action", 401, json{{"error", {{"code", 401}, {"message", "expired"}}}});
  testing::with_keystone_v3(*f.transport, "tok-new-0002");
  f.transport->on("POST", "/servers/s1/action", 202);
  f.session->request(Service::Compute, post("/servers/s1/action", {{"unrescue", nullptr}}));
  CHECK(f.session->token_requests() == 2);
  CHECK(f.transport->sent().back().headers.get("X-Auth-Token") == "tok-new-0002");
  CHECK(f.transport->count("POST", "/servers/s1/action") == 2);
}

TEST_CASE("a second 401 in a row is final", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on("GET", "/servers/s1", 401);
  testing::with_keystone_v3(*f.transport);
  f.transport->on("GET", "/servers/s1", 401);
  CHECK_THROWS_AS(f.session->request(Service::Compute, get("/servers/s1")), AuthenticationFailed);
  CHECK(f.transport->remaining() == 0);
}

TEST_CASE("Keystone refusing the password names the user, never the password", "[session]") {
  SessionFixture f;
  f.transport->on("POST", "/v3/auth/tokens", 401,
                  json{{"error", {{"code", 401}, {"title", "Unauthorized"}, {"message", "The request you have made requires authentication."}}}});
  try {
    f.session->request(Service::Compute, get("/servers"));
    FAIL("no exception");
  } catch (const AuthenticationFailed& e) {
    const std::string what = e.what();
    CHECK_THAT(what, Catch::Contains("username 'member'") && Catch::Contains("requires authentication"));
    CHECK_THAT(what, !Catch::Contains("member-pw-1234"));
  }
}

TEST_CASE("GETs are retried on 503 honouring Retry-After, and on connection failures", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on("GET", "/servers/s1", 503, json("busy"), with_header("Retry-After", "2"));
  f.transport->on_error("GET", "/servers/s1", Kind::ConnectionReset);
  f.transport->on("GET", "/servers/s1", 200, json{{"server", {{"id", "s1"}}}});
  const ApiResponse r = f.session->request(Service::Compute, get("/servers/s1"));
  CHECK(r.body["server"]["id"] == "s1");
  REQUIRE(f.clock.sleeps.size() == 2);
  CHECK(f.clock.sleeps[0] == std::chrono::milliseconds(2000));
  CHECK(f.clock.sleeps[1] == std::chrono::milliseconds(1000));
}

TEST_CASE("retries stop after max_retries and surface the last answer", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  for (int i = 0; i < 4; ++i) f.transport->on("GET", "/servers/s1", 503, json{{"serviceUnavailable", {{"message", "down"}}}});
  CHECK_THROWS_WITH(f.session->request(Service::Compute, get("/servers/s1")), Catch::Contains("down (HTTP 503"));
  CHECK(f.transport->remaining() == 0);
}

TEST_CASE("a state-changing POST is never resent after its answer was lost", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on_error("POST", "/servers/s1/action", Kind::ReadTimeout);
  try {
    f.session->request(Service::Compute, post("/servers/s1/action", {{"rescue", nullptr}}));
    FAIL("expected openstack::Unreachable");
  } catch (const Unreachable& lost) {  // the transport's failure, in the openstack layer's terms
    CHECK(lost.request_may_have_been_sent());
    CHECK_THAT(lost.what(), Catch::Contains("scripted failure"));
  }
  CHECK(f.transport->count("POST", "/servers/s1/action") == 1);
}

TEST_CASE("a POST whose connection was refused is resent (it never left)", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on_error("POST", "/servers/s1/action", Kind::ConnectionRefused);
  f.transport->on("POST", "/servers/s1/action", 200, json{{"adminPass", "generated-pw-1"}});
  f.session->request(Service::Compute, post("/servers/s1/action", {{"rescue", nullptr}}));
  CHECK(f.transport->count("POST", "/servers/s1/action") == 2);
}

TEST_CASE("a 503 on a POST is not retried", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on("POST", "/servers/s1/action", 503, json{{"serviceUnavailable", {{"message", "down"}}}});
  CHECK_THROWS_AS(f.session->request(Service::Compute, post("/servers/s1/action", {{"rescue", nullptr}})), ApiError);
  CHECK(f.clock.sleeps.empty());
}

TEST_CASE("error bodies become one error type with the message and request id", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on("POST", "/servers/s1/action", 409,
                  json{{"conflictingRequest", {{"code", 409}, {"message", "Cannot 'rescue' instance s1 while it is in vm_state rescued"}}}},
                  with_header("X-OpenStack-Request-Id", "req-1234"));
  try {
    f.session->request(Service::Compute, post("/servers/s1/action", {{"rescue", nullptr}}));
    FAIL("no exception");
  } catch (const Conflict& e) {
    CHECK(e.status() == 409);
    CHECK(e.request_id() == "req-1234");
    CHECK(e.api_message() == "Cannot 'rescue' instance s1 while it is in vm_state rescued");
    CHECK_THAT(std::string(e.what()), Catch::Contains("req-1234") && Catch::Contains("POST http://127.0.0.1:8774/v2.1/servers/s1/action"));
  }
}

TEST_CASE("Glance's HTML-ish error text is cleaned, 404 is NotFound", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on("GET", "/v2/images/x", 404,
                  json{{"message", "No image found with ID x<br /><br />\n\n\n"}, {"code", "404 Not Found"}, {"title", "Not Found"}});
  CHECK_THROWS_WITH(f.session->request(Service::Image, get("/images/x")), Catch::StartsWith("No image found with ID x (HTTP 404"));
}

TEST_CASE("a lying endpoint: a body that is not JSON, a token response without a token", "[session]") {
  SECTION("not JSON") {
    SessionFixture f;
    testing::with_keystone_v3(*f.transport);
    f.transport->on("GET", "/servers/s1", 200, json("<html>hello</html>"));
    CHECK_THROWS_WITH(f.session->request(Service::Compute, get("/servers/s1")), Catch::Contains("not JSON"));
  }
  SECTION("no X-Subject-Token") {
    SessionFixture f;
    f.transport->on("POST", "/v3/auth/tokens", 201, json{{"token", json::object()}});
    CHECK_THROWS_WITH(f.session->request(Service::Compute, get("/servers")), Catch::Contains("without a token"));
  }
  SECTION("deeply nested JSON does not crash the parser") {
    SessionFixture f;
    testing::with_keystone_v3(*f.transport);
    f.transport->on("GET", "/servers/s1", 200, json(std::string(100000, '[')));
    CHECK_THROWS_WITH(f.session->request(Service::Compute, get("/servers/s1")), Catch::Contains("nested deeper"));
  }
}

TEST_CASE("microversion headers are sent in both spellings", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  f.transport->on("POST", "/servers/s1/action", 200, json::object());
  ApiRequest r = post("/servers/s1/action", {{"rescue", nullptr}});
  r.microversion = "2.87";
  f.session->request(Service::Compute, r);
  const auto& sent = f.transport->sent().back();
  CHECK(sent.headers.get("OpenStack-API-Version") == "compute 2.87");
  CHECK(sent.headers.get("X-OpenStack-Nova-API-Version") == "2.87");
  CHECK(sent.headers.get("Content-Type") == "application/json");
}

TEST_CASE("the compute microversion range is read once", "[session]") {
  SessionFixture f;
  testing::with_keystone_v3(*f.transport);
  testing::with_compute_versions(*f.transport, "2.79");
  CHECK(f.session->compute_microversions().max == "2.79");
  CHECK(f.session->compute_microversions().max == "2.79");
  CHECK(f.transport->remaining() == 0);
  CHECK(f.transport->sent().back().url == "http://127.0.0.1:8774/v2.1/");
}

TEST_CASE("a refused certificate is not retried: the answer would be the same", "[session]") {
  SessionFixture f;
  f.transport->on_error("POST", "/v3/auth/tokens", Kind::Tls);
  try {
    f.session->request(Service::Compute, get("/servers"));
    FAIL("expected openstack::Unreachable");
  } catch (const Unreachable& refused) {
    CHECK_FALSE(refused.request_may_have_been_sent());
  }
  CHECK(f.transport->sent().size() == 1);
  CHECK(f.clock.sleeps.empty());
}
