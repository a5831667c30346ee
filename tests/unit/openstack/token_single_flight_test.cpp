// The token cache's single flight: processes sharing a cache entry wait on its lock instead
// of each asking Keystone; a bounded wait; a refused token replaced once. (Other processes
// are played by other TokenCache/Session objects: flock locks conflict between open file
// descriptions, also inside one process.)
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "openstack/token_cache.hpp"
#include "session_fixture.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::member_config;
using stackrescue::testing::SessionFixture;
using stackrescue::testing::temp_cache_dir;
using nlohmann::json;
using std::chrono::milliseconds;

namespace {

TokenCache member_cache(const std::string& dir) {
  const CloudConfig config = member_config();
  return TokenCache(dir, {{"auth_type", static_cast<int>(config.auth_type)}, {"auth", config.auth}});
}

ApiRequest get(const std::string& path) {
  ApiRequest r;
  r.path = path;
  return r;
}

CachedToken peer_token(const std::string& text) {
  CachedToken token;
  token.token = text;
  token.expires_at = 4102444800.0;  // 2100
  token.token_body = testing::fixture("identity/token_member.json");
  return token;
}

}  // namespace

TEST_CASE("the lock is exclusive between holders and bounded for waiters", "[cache][single-flight]") {
  const std::string dir = temp_cache_dir();
  const TokenCache a = member_cache(dir);
  const TokenCache b = member_cache(dir);
  {
    const TokenCache::Lock first = a.lock(milliseconds(100));
    REQUIRE(first.held());
    const auto started = std::chrono::steady_clock::now();
    const TokenCache::Lock second = b.lock(milliseconds(80));
    CHECK_FALSE(second.held());  // the wait ran out
    CHECK(std::chrono::steady_clock::now() - started >= milliseconds(80));
  }
  CHECK(b.lock(milliseconds(0)).held());  // released with its holder
}

TEST_CASE("a process waiting on the lock uses the token its peer stored: no token request", "[cache][single-flight]") {
  const std::string dir = temp_cache_dir();
  const TokenCache peer = member_cache(dir);
  auto hold = std::make_unique<TokenCache::Lock>(peer.lock(milliseconds(100)));
  REQUIRE(hold->held());

  SessionFixture waiter(true, dir);  // scripted with nothing: a token request would throw
  std::string error;
  std::thread run([&] {
    try {
      waiter.session->project_id();
    } catch (const std::exception& e) {
      error = e.what();
    }
  });
  std::this_thread::sleep_for(milliseconds(150));  // the waiter found no token and waits
  peer.store(peer_token("tok-peer-0001"));
  hold.reset();
  run.join();
  CHECK(error.empty());
  CHECK(waiter.session->token_requests() == 0);
  CHECK(waiter.transport->sent().empty());
}

TEST_CASE("when the wait runs out the process authenticates itself", "[cache][single-flight]") {
  const std::string dir = temp_cache_dir();
  const TokenCache peer = member_cache(dir);
  const TokenCache::Lock hold = peer.lock(milliseconds(100));
  REQUIRE(hold.held());
  SessionFixture impatient(true, dir, member_config(), milliseconds(50));
  testing::with_keystone_v3(*impatient.transport, "tok-own-0002");
  impatient.session->project_id();
  CHECK(impatient.session->token_requests() == 1);
}

TEST_CASE("a refused token is replaced once, not by every process holding it", "[cache][single-flight]") {
  const std::string dir = temp_cache_dir();
  member_cache(dir).store(peer_token("tok-revoked-01"));
  SessionFixture first(true, dir);
  SessionFixture second(true, dir);
  first.session->project_id();   // both start with the cached token
  second.session->project_id();

  first.transport->on("GET", "/servers/s1", 401);
  testing::with_keystone_v3(*first.transport, "tok-renewed-02");
  first.transport->on("GET", "/servers/s1", 200, json{{"server", {{"id", "s1"}}}});
  first.session->request(Service::Compute, get("/servers/s1"));
  CHECK(first.session->token_requests() == 1);

  // The second finds the refused token already replaced: it takes the new one.
  second.transport->on("GET", "/servers/s2", 401);
  second.transport->on("GET", "/servers/s2", 200, json{{"server", {{"id", "s2"}}}});
  second.session->request(Service::Compute, get("/servers/s2"));
  CHECK(second.session->token_requests() == 0);
  CHECK(second.transport->sent().back().headers.get("X-Auth-Token") == "tok-renewed-02");
}

TEST_CASE("the compute version range is read once per token, also by processes that loaded it earlier", "[cache][single-flight]") {
  const std::string dir = temp_cache_dir();
  member_cache(dir).store(peer_token("tok-shared-03"));
  SessionFixture first(true, dir);
  SessionFixture second(true, dir);
  first.session->project_id();
  second.session->project_id();  // loaded before the range was cached

  testing::with_compute_versions(*first.transport, "2.90");
  CHECK(first.session->compute_microversions().max == "2.90");
  CHECK(second.session->compute_microversions().max == "2.90");
  CHECK(second.transport->sent().empty());
  CHECK(second.session->token_requests() + first.session->token_requests() == 0);
}
