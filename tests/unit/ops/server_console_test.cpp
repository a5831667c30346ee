#include <catch2/catch.hpp>

#include "ops/server_console.hpp"
#include "ops/errors.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

TEST_CASE("console types default by protocol", "[console]") {
  CHECK(ops::console_type("vnc", std::nullopt) == "novnc");
  CHECK(ops::console_type("spice", std::nullopt) == "spice-html5");
  CHECK(ops::console_type("serial", std::nullopt) == "serial");
  CHECK(ops::console_type("mks", std::nullopt) == "webmks");
  CHECK(ops::console_type("spice", std::string("spice-direct")) == "spice-direct");
}

TEST_CASE("an invalid protocol/type pair fails naming the valid types, before any request", "[console]") {
  CHECK_THROWS_WITH(ops::console_type("vnc", std::string("spice-html5")),
                    "console type 'spice-html5' is not valid for protocol 'vnc'; valid: novnc");
  CHECK_THROWS_WITH(ops::console_type("spice", std::string("novnc")),
                    "console type 'novnc' is not valid for protocol 'spice'; valid: spice-html5, spice-direct");
  CHECK_THROWS_WITH(ops::console_type("serial", std::string("xvpvnc")), Catch::EndsWith("valid: serial"));
}

TEST_CASE("the cloud's microversions limit the pairs", "[console]") {
  const openstack::MicroversionRange zed{"2.1", "2.93"}, old{"2.1", "2.5"};
  CHECK(ops::console_types("spice", zed) == std::vector<std::string>{"spice-html5"});
  CHECK_THROWS_WITH(ops::check_console_type("spice", "spice-direct", zed),
                    Catch::StartsWith("console type 'spice-direct' needs compute API microversion 2.99"));
  CHECK_THROWS_WITH(ops::check_console_type("mks", "webmks", old),
                    Catch::Contains("needs compute API microversion 2.8; the maximum is 2.5"));
  CHECK_NOTHROW(ops::check_console_type("mks", "webmks", zed));
}

TEST_CASE("a console URL from remote-consoles", "[console]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"))
      .expect(call("POST", kServerPath + "/remote-consoles", 200, fixture("compute/remote_console_novnc.json"),
                   json{{"remote_console", {{"protocol", "vnc"}, {"type", "novnc"}}}}));
  auto server = cloud.compute->get_server(kServerId);
  auto console = ops::open_console(*cloud.compute, server, "vnc", "novnc");
  auto values = ops::return_values(console);
  CHECK(values["url"] == fixture("compute/remote_console_novnc.json")["remote_console"]["url"]);
  CHECK(values["console"] == json{{"protocol", "vnc"}, {"type", "novnc"}, {"url", values["url"]}});
}

TEST_CASE("a console URL from the legacy action below 2.6", "[console]") {
  TestCloud cloud("2.5");
  cloud.script()
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
      .expect(call("POST", kServerPath + "/action", 200, fixture("compute/legacy_console_novnc.json"),
                   json{{"os-getVNCConsole", {{"type", "novnc"}}}}));
  auto server = cloud.compute->get_server(kServerId);
  auto console = ops::open_console(*cloud.compute, server, "vnc", "novnc");
  CHECK(console.protocol == "vnc");
  CHECK(console.url.find("vnc_auto.html") != std::string::npos);
}
