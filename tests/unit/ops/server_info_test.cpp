// Selecting servers (server_info): Nova's server-side filters, the client-side re-check of
// every filter, and pagination along servers_links.
#include <catch2/catch.hpp>

#include "ops/errors.hpp"
#include "ops/server_info.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

// One server as Nova lists it (the captured fixture, with the given fields replaced).
json listed(const std::string& id, const std::string& name, json changes = json::object()) {
  json s = fixture("compute/server_active.json")["server"];
  s["id"] = id;
  s["name"] = name;
  for (const auto& [key, value] : changes.items()) s[key] = value;
  return s;
}

json page(json servers, const std::string& next_query = "") {
  json body = {{"servers", std::move(servers)}};
  // Nova writes the link with the host it was asked on: through a proxy, another one.
  if (!next_query.empty()) body["servers_links"] = {{{"rel", "next"}, {"href", "http://10.9.9.9:8774/v2.1/servers/detail" + next_query}}};
  return body;
}

std::vector<std::string> names(const std::vector<openstack::Server>& servers) {
  std::vector<std::string> out;
  for (const auto& s : servers) out.push_back(s.name);
  return out;
}

}  // namespace

TEST_CASE("every page is read along the next links, against the catalog's endpoint", "[select]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", "127.0.0.1:8774/v2.1/servers/detail?status=ACTIVE&limit=2", 200,
          page({listed("a1", "fleet-1"), listed("a2", "fleet-2")}, "?status=ACTIVE&limit=2&marker=a2"))
      .on("GET", "127.0.0.1:8774/v2.1/servers/detail?status=ACTIVE&limit=2&marker=a2", 200,
          page({listed("a3", "fleet-3"), listed("a4", "fleet-4")}, "?status=ACTIVE&limit=2&marker=a4"))
      .on("GET", "127.0.0.1:8774/v2.1/servers/detail?status=ACTIVE&limit=2&marker=a4", 200, page({listed("a5", "fleet-5")}));
  ops::ServerSelection selection;
  selection.status = {"active"};
  selection.page_size = 2;
  CHECK(names(ops::select_servers(*cloud.compute, selection)) ==
        std::vector<std::string>{"fleet-1", "fleet-2", "fleet-3", "fleet-4", "fleet-5"});
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("a next link back to the same page ends the listing instead of looping", "[select]") {
  TestCloud cloud;
  cloud.script().on("GET", "/servers/detail?limit=1000", 200, page({listed("a1", "x")}, "?limit=1000"));
  CHECK(ops::select_servers(*cloud.compute, {}).size() == 1);
}

TEST_CASE("filters go to Nova where it has them, and every filter is checked again", "[select]") {
  TestCloud cloud;
  const json tagged = json::array({"broken-kernel", "web"});
  cloud.script().on(
      "GET",
      "/servers/detail?name=%5Efleet-&status=ACTIVE&status=ERROR&tags=broken-kernel%2Cweb&availability_zone=nova&limit=1000",
      200,
      page({listed("a1", "fleet-1", {{"tags", tagged}, {"metadata", {{"role", "web"}}}}),
            listed("a2", "fleet-2", {{"tags", tagged}, {"metadata", {{"role", "db"}}}}),       // metadata differs
            listed("a3", "fleet-3", {{"tags", {"web"}}, {"metadata", {{"role", "web"}}}}),    // a tag missing
            listed("a4", "FLEET-4", {{"tags", tagged}, {"metadata", {{"role", "web"}}}, {"status", "ERROR"}}),
            listed("a5", "fleet-5", {{"tags", tagged}, {"metadata", {{"role", "web"}}}, {"status", "SHUTOFF"}}),
            listed("a6", "fleet-6", {{"tags", tagged}, {"metadata", {{"role", "web"}}}, {"OS-EXT-AZ:availability_zone", "qemu"}}),
            listed("a7", "fleet-7", {{"tags", tagged}, {"metadata", {{"role", "web"}}}, {"flavor", {{"original_name", "m1.big"}}}})}));
  ops::ServerSelection selection;
  selection.name_regex = "^fleet-";
  selection.status = {"ACTIVE", "error"};
  selection.tags = {"broken-kernel", "web"};
  selection.metadata = {{"role", "web"}};
  selection.availability_zone = "nova";
  selection.flavor = "m1.tiny";
  CHECK(names(ops::select_servers(*cloud.compute, selection)) == std::vector<std::string>{"fleet-1", "FLEET-4"});
}

TEST_CASE("all_projects asks Nova for every tenant's servers", "[select]") {
  TestCloud cloud;
  cloud.script().on("GET", "/servers/detail?all_tenants=1&limit=1000", 200, page({listed("a1", "other")}));
  ops::ServerSelection selection;
  selection.all_projects = true;
  CHECK(ops::select_servers(*cloud.compute, selection).size() == 1);
}

TEST_CASE("an exact ID is one GET; a name is matched exactly", "[select]") {
  TestCloud cloud;
  cloud.script().on("GET", "/servers/" + kServerId, 200, fixture("compute/server_active.json"));
  ops::ServerSelection by_id;
  by_id.name = kServerId;
  CHECK(names(ops::select_servers(*cloud.compute, by_id)) == std::vector<std::string>{"web-1"});

  cloud.script().on("GET", "/servers/detail?name=%5Eweb-1%24&limit=1000", 200,
                    page({listed("a1", "web-1"), listed("a2", "web-10")}));
  ops::ServerSelection by_name;
  by_name.name = "web-1";
  CHECK(names(ops::select_servers(*cloud.compute, by_name)) == std::vector<std::string>{"web-1"});
}

TEST_CASE("the returned server carries tags, metadata, image, flavor, zone and volume_backed", "[select]") {
  const auto server = openstack::parse_server(listed("a1", "web-1", {{"tags", {"t"}}, {"metadata", {{"k", "v"}}}}));
  const json out = openstack::to_detailed_json(server);
  CHECK(out["tags"] == json::array({"t"}));
  CHECK(out["metadata"] == json{{"k", "v"}});
  CHECK(out["image"]["id"] == "0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4");
  CHECK(out["flavor"]["original_name"] == "m1.tiny");
  CHECK(out["availability_zone"] == "nova");
  CHECK(out["volume_backed"] == false);
  const auto volume = openstack::parse_server(fixture("compute/server_volume_backed.json")["server"]);
  CHECK(openstack::to_detailed_json(volume)["image"].is_null());
  CHECK(openstack::to_json(volume)["volume_backed"] == true);
}

TEST_CASE("bad selections fail before any request, naming the option", "[select]") {
  ops::ServerSelection regex;
  regex.name_regex = "([";
  CHECK_THROWS_WITH(ops::check_selection(regex), Catch::StartsWith("name_regex '([' is not a valid regular expression"));
  ops::ServerSelection zero;
  zero.page_size = 0;
  CHECK_THROWS_WITH(ops::check_selection(zero), "page_size must be at least 1, not 0");
  TestCloud old_cloud("2.25");
  ops::ServerSelection tags;
  tags.tags = {"x"};
  CHECK_THROWS_WITH(ops::select_servers(*old_cloud.compute, tags),
                    "selecting by tags needs compute microversion 2.26; this cloud's maximum is 2.25");
}
