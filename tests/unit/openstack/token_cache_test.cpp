#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "openstack/token_cache.hpp"
#include "session_fixture.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::member_config;
using stackrescue::testing::SessionFixture;
using stackrescue::testing::temp_cache_dir;
using nlohmann::json;

namespace {

ApiRequest get(const std::string& path) {
  ApiRequest r;
  r.path = path;
  return r;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string cache_file(const std::string& dir, const CloudConfig& config) {
  return TokenCache(dir, {{"auth_type", static_cast<int>(config.auth_type)}, {"auth", config.auth}}).path();
}

}  // namespace

TEST_CASE("a cached token serves the next run: no token request, no version request", "[cache]") {
  const std::string dir = temp_cache_dir();
  {
    SessionFixture first(true, dir);
    testing::with_keystone_v3(*first.transport, "tok-cached-0001");
    testing::with_compute_versions(*first.transport);
    first.session->compute_microversions();
    CHECK(first.session->token_requests() == 1);
  }
  SessionFixture second(true, dir);
  second.transport->on("GET", "/servers/s1", 200, json{{"server", {{"id", "s1"}}}});
  CHECK(second.session->compute_microversions().max == "2.93");
  second.session->request(Service::Compute, get("/servers/s1"));
  CHECK(second.session->token_requests() == 0);
  CHECK(second.transport->sent().back().headers.get("X-Auth-Token") == "tok-cached-0001");

  const std::string path = cache_file(dir, member_config());
  struct stat info {};
  REQUIRE(stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  REQUIRE(stat(dir.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0700);
  CHECK(read_all(path).find("member-pw-1234") == std::string::npos);  // never the password
}

TEST_CASE("another secret finds no cached token", "[cache]") {
  const std::string dir = temp_cache_dir();
  {
    SessionFixture first(true, dir);
    testing::with_keystone_v3(*first.transport, "tok-a-0001");
    first.session->project_id();
  }
  SessionFixture other(true, dir, member_config("another-password"));
  testing::with_keystone_v3(*other.transport, "tok-b-0002");
  other.session->project_id();
  CHECK(other.session->token_requests() == 1);
}

TEST_CASE("with the cache off every session authenticates", "[cache]") {
  const std::string dir = temp_cache_dir();
  for (int run = 0; run < 3; ++run) {
    SessionFixture f(false, dir);
    testing::with_keystone_v3(*f.transport);
    f.session->project_id();
    CHECK(f.session->token_requests() == 1);
  }
}

TEST_CASE("corrupt, truncated, world-readable or expired cache files are not trusted", "[cache]") {
  const std::string dir = temp_cache_dir();
  {
    SessionFixture seed(true, dir);
    testing::with_keystone_v3(*seed.transport, "tok-seed-0001");
    seed.session->project_id();
  }
  const std::string path = cache_file(dir, member_config());
  const std::string good = read_all(path);

  std::string refusal;  // the reason the cache must give, "" when none
  SECTION("truncated") {
    std::ofstream(path, std::ios::trunc) << good.substr(0, good.size() / 2);
    refusal = "corrupt or truncated";
  }
  SECTION("not JSON") {
    std::ofstream(path, std::ios::trunc) << "garbage";
    refusal = "corrupt or truncated";
  }
  SECTION("a JSON object without the token") {
    std::ofstream(path, std::ios::trunc) << R"({"token_body": {}, "expires_at": 4102444800})";
    refusal = "corrupt or truncated";
  }
  SECTION("a JSON object without expires_at") {
    std::ofstream(path, std::ios::trunc) << R"({"token": "x", "token_body": {}})";
    refusal = "corrupt or truncated";
  }
  SECTION("world-readable") {
    chmod(path.c_str(), 0644);
    refusal = "readable or writable by others";
  }
  SECTION("owned by another user") {
    REQUIRE(chown(path.c_str(), 65534, 65534) == 0);  // nobody; the tests run as root
    refusal = "owned by another user";
  }
  SECTION("expired") {
    json doc = json::parse(good);
    doc["expires_at"] = 1000.0;
    std::ofstream(path, std::ios::trunc) << doc.dump();
  }
  SessionFixture f(true, dir);
  testing::with_keystone_v3(*f.transport, "tok-fresh-0002");
  f.session->project_id();
  CHECK(f.session->token_requests() == 1);
  if (refusal.empty()) {
    CHECK(f.warnings.empty());  // an expired token is simply renewed
  } else {
    REQUIRE(f.warnings.size() == 1);
    CHECK_THAT(f.warnings[0], Catch::Contains("refused: " + refusal) && Catch::Contains("authenticated anew"));
  }
  CHECK(json::parse(read_all(path))["token"] == "tok-fresh-0002");
}

TEST_CASE("a 401 drops the cached token", "[cache]") {
  const std::string dir = temp_cache_dir();
  {
    SessionFixture seed(true, dir);
    testing::with_keystone_v3(*seed.transport, "tok-revoked-01");
    seed.session->project_id();
  }
  SessionFixture f(true, dir);
  f.transport->on("GET", "/servers/s1", 401);
  testing::with_keystone_v3(*f.transport, "tok-renewed-02");
  f.transport->on("GET", "/servers/s1", 200, json{{"server", {{"id", "s1"}}}});
  f.session->request(Service::Compute, get("/servers/s1"));
  CHECK(json::parse(read_all(cache_file(dir, member_config())))["token"] == "tok-renewed-02");
}

TEST_CASE("ISO 8601 expiry times parse", "[cache]") {
  CHECK(parse_iso8601_utc("1970-01-01T00:01:00.500000Z") == Approx(60.5));
  CHECK(parse_iso8601_utc("2026-11-26T00:00:00Z") == Approx(1795651200.0));
  CHECK_FALSE(parse_iso8601_utc("tomorrow").has_value());
}
