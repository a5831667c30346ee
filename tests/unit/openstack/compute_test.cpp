#include <catch2/catch.hpp>

#include "common/secrets.hpp"
#include "openstack/compute.hpp"
#include "openstack/errors.hpp"
#include "session_fixture.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::SessionFixture;
using nlohmann::json;

namespace {

const std::string kId = "0b6bd2a0-5c5f-4a8e-9d7e-2f4c1c3b7a11";

json server(const std::string& id, const std::string& name, const std::string& status = "ACTIVE") {
  return {{"id", id}, {"name", name}, {"status", status}, {"OS-EXT-STS:vm_state", "active"},
          {"OS-EXT-STS:task_state", nullptr}, {"OS-EXT-STS:power_state", 1}, {"locked", false},
          {"image", {{"id", "img"}}}};
}

struct ComputeFixture : SessionFixture {
  ComputeClient compute{*session};
  ComputeFixture() {
    testing::with_keystone_v3(*transport);
    testing::with_compute_versions(*transport);
    session->compute_microversions();  // consume the discovery calls up front
  }
};

}  // namespace

TEST_CASE("a UUID is looked up directly", "[compute]") {
  ComputeFixture f;
  f.transport->on("GET", "/servers/" + kId, 200, json{{"server", server(kId, "web")}});
  const Server s = f.compute.find_server(kId);
  CHECK(s.name == "web");
  CHECK(f.transport->sent().back().headers.get("OpenStack-API-Version") == "compute 2.87");
}

TEST_CASE("names are matched exactly: anchored, escaped, then compared", "[compute]") {
  ComputeFixture f;
  const std::string name = "web.1(a)+[x]";
  f.transport->expect({"GET", "/servers/detail?name=%5Eweb%5C.1%5C%28a%5C%29%5C%2B%5C%5Bx%5C%5D%24", std::nullopt, nullptr,
                       http::Response{200, "OK", {}, json{{"servers", {server("s1", name), server("s2", "WEB.1(A)+[X]")}}}.dump()},
                       std::nullopt});
  CHECK(f.compute.find_server(name).id == "s1");
}

TEST_CASE("a name with '|' is matched client-side over the whole list", "[compute]") {
  ComputeFixture f;
  f.transport->on("GET", "/servers/detail?limit=1000", 200,
                  json{{"servers", {server("s1", "a|b"), server("s2", "a")}}});
  CHECK(f.compute.find_server("a|b").id == "s1");
}

TEST_CASE("several servers with one name fail listing their IDs; none fails naming the input", "[compute]") {
  ComputeFixture f;
  f.transport->on("GET", "/servers/detail", 200, json{{"servers", {server("s1", "db"), server("s2", "db")}}});
  CHECK_THROWS_WITH(f.compute.find_server("db"), Catch::Contains("2 servers are named 'db' (s1, s2)"));
  f.transport->on("GET", "/servers/detail", 200, json{{"servers", json::array()}});
  CHECK_THROWS_WITH(f.compute.find_server("ghost"), Catch::Contains("no server with the name or ID 'ghost'"));
}

TEST_CASE("a UUID that is no server's ID is tried as a name", "[compute]") {
  ComputeFixture f;
  f.transport->on("GET", "/servers/" + kId, 404, json{{"itemNotFound", {{"code", 404}, {"message", "Instance could not be found."}}}});
  f.transport->on("GET", "/servers/detail", 200, json{{"servers", {server("s9", kId)}}});
  CHECK(f.compute.find_server(kId).id == "s9");
}

TEST_CASE("name lookup follows pages", "[compute]") {
  ComputeFixture f;
  // Nova's next link repeats the query and adds the marker.
  const std::string next = "http://127.0.0.1:8774/v2.1/servers/detail?name=%5Ey%24&limit=1000&marker=s1";
  f.transport->on("GET", "/servers/detail", 200,
                  json{{"servers", {server("s1", "x")}}, {"servers_links", {{{"rel", "next"}, {"href", next}}}}});
  f.transport->on("GET", "marker=s1", 200, json{{"servers", {server("s2", "y")}}});
  CHECK(f.compute.find_server("y").id == "s2");
}

TEST_CASE("server fields are parsed from Nova's names", "[compute]") {
  json raw = server(kId, "web", "ERROR");
  raw["OS-EXT-STS:vm_state"] = "error";
  raw["OS-EXT-STS:task_state"] = "rescuing";
  raw["fault"] = {{"code", 400}, {"message", "Instance cannot be rescued"}, {"created", "2026-11-26T13:00:00Z"}};
  raw["image"] = "";
  const Server s = parse_server(raw);
  CHECK(s.task_state == "rescuing");
  CHECK(s.fault->message == "Instance cannot be rescued");
  CHECK(s.volume_backed);
  CHECK(to_json(s)["task_state"] == "rescuing");
  CHECK_THROWS_AS(parse_server(json{{"name", "no id"}}), ResponseError);
}

TEST_CASE("rescue sends the image and keeps Nova's generated password as a secret", "[compute]") {
  ComputeFixture f;
  testing::ExpectedCall call{"POST", "/servers/s1/action", json{{"rescue", {{"rescue_image_ref", "img-1"}}}}, nullptr,
                    http::Response{200, "OK", {}, R"({"adminPass": "Gen3ratedPw"})"}, std::nullopt};
  f.transport->expect(call);
  const RescueAccepted r = f.compute.rescue("s1", std::string("img-1"), std::nullopt, "2.87");
  CHECK(r.admin_password == "Gen3ratedPw");
  CHECK(secrets::contains_secret("Gen3ratedPw"));
  CHECK(f.transport->sent().back().headers.get("OpenStack-API-Version") == "compute 2.87");
}

TEST_CASE("rescue with neither image nor password sends null; unrescue sends null", "[compute]") {
  ComputeFixture f;
  f.transport->expect({"POST", "/servers/s1/action", json{{"rescue", nullptr}}, nullptr, http::Response{200, "OK", {}, "{}"}, std::nullopt});
  CHECK_FALSE(f.compute.rescue("s1", std::nullopt, std::nullopt, "2.87").admin_password);
  f.transport->expect({"POST", "/servers/s1/action", json{{"unrescue", nullptr}}, nullptr, http::Response{202, "Accepted", {}, ""}, std::nullopt});
  f.compute.unrescue("s1");
  CHECK(f.transport->remaining() == 0);
}

TEST_CASE("consoles use remote-consoles from 2.6, the legacy action before", "[compute]") {
  SECTION("remote-consoles") {
    ComputeFixture f;
    f.transport->expect({"POST", "/servers/s1/remote-consoles", json{{"remote_console", {{"protocol", "vnc"}, {"type", "novnc"}}}},
                         nullptr, http::Response{200, "OK", {}, R"({"remote_console": {"protocol": "vnc", "type": "novnc", "url": "http://127.0.0.1:6080/vnc_auto.html?path=x"}})"},
                         std::nullopt});
    CHECK(f.compute.remote_console("s1", "vnc", "novnc").url == "http://127.0.0.1:6080/vnc_auto.html?path=x");
  }
  SECTION("legacy") {
    SessionFixture f;
    ComputeClient compute{*f.session};
    testing::with_keystone_v3(*f.transport);
    testing::with_compute_versions(*f.transport, "2.5");
    f.transport->expect({"POST", "/servers/s1/action", json{{"os-getVNCConsole", {{"type", "novnc"}}}}, nullptr,
                         http::Response{200, "OK", {}, R"({"console": {"type": "novnc", "url": "http://c/vnc"}})"}, std::nullopt});
    const Console c = compute.remote_console("s1", "vnc", "novnc");
    CHECK(c.url == "http://c/vnc");
    CHECK(c.protocol == "vnc");
    CHECK_THROWS_WITH(compute.remote_console("s1", "mks", "webmks"), Catch::Contains("has no mks consoles"));
  }
}
