#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "openstack/image.hpp"
#include "session_fixture.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::SessionFixture;
using nlohmann::json;

namespace {

json image(const std::string& id, const std::string& status = "active") {
  return {{"id", id}, {"name", "rescue-" + id}, {"status", status}, {"created_at", "2026-11-26T12:00:00Z"},
          {"tags", {"system-rescue"}}, {"visibility", "public"}, {"hw_rescue_device", "disk"}, {"hw_rescue_bus", "virtio"}};
}

struct ImageFixture : SessionFixture {
  ImageClient images{*session};
  ImageFixture() { testing::with_keystone_v3(*transport); }
};

}  // namespace

TEST_CASE("images are listed by tag server-side, newest first, across pages", "[image]") {
  ImageFixture f;
  f.transport->on("GET", ":9292/v2/images?tag=system-rescue&sort=created_at%3Adesc%2Cid%3Aasc&limit=100", 200,
                  json{{"images", {image("i1"), image("i2", "queued")}}, {"next", "/v2/images?marker=i2"}});
  f.transport->on("GET", "&marker=i2", 200, json{{"images", {image("i3", "deactivated")}}});
  const auto list = f.images.list_by_tag("system-rescue");
  REQUIRE(list.size() == 3);
  CHECK(list[1].status == "queued");
  CHECK(list[0].hw_rescue_bus == "virtio");
  CHECK(to_json(list[0])["tags"] == json{"system-rescue"});
}

TEST_CASE("find: by ID, else by exact name; ambiguity lists IDs", "[image]") {
  ImageFixture f;
  const std::string id = "7d1f5b2e-4c3a-4b9e-8f6d-1a2b3c4d5e6f";
  f.transport->on("GET", "/v2/images/" + id, 200, image(id));
  CHECK(f.images.find(id).id == id);
  f.transport->on("GET", "/v2/images?name=sysrescue", 200, json{{"images", {image("a"), image("b")}}});
  CHECK_THROWS_WITH(f.images.find("sysrescue"), Catch::Contains("2 images are named 'sysrescue' (a, b)"));
  f.transport->on("GET", "/v2/images?name=none", 200, json{{"images", json::array()}});
  CHECK_THROWS_AS(f.images.find("none"), LookupError);
}

TEST_CASE("by property: Glance filters, and only exact matches are kept; paging goes on past dropped ones", "[image]") {
  ImageFixture f;
  auto mine = image("i1"), other = image("i2"), last = image("i3");
  mine["stackrescue_snapshot_of"] = "srv-1";
  other["stackrescue_snapshot_of"] = "srv-10";  // a filter that matched too much must not count
  last["stackrescue_snapshot_of"] = "srv-1";
  for (auto* i : {&mine, &other, &last}) (*i)["owner"] = "proj-a";
  f.transport->on("GET",
                  ":9292/v2/images?stackrescue_snapshot_of=srv-1&owner=proj-a&sort=created_at%3Adesc%2Cid%3Aasc&limit=100",
                  200, json{{"images", {mine, other}}, {"next", "/v2/images?marker=i2"}});
  f.transport->on("GET", "&marker=i2", 200, json{{"images", {last}}});
  const auto list = f.images.list_by_property("stackrescue_snapshot_of", "srv-1", "proj-a");
  REQUIRE(list.size() == 2);
  CHECK(list[0].id == "i1");
  CHECK(list[1].id == "i3");
  CHECK(list[0].owner == "proj-a");
}

TEST_CASE("by property: an image of another owner never counts, even when Glance returns it", "[image]") {
  ImageFixture f;
  auto planted = image("planted"), mine = image("mine"), unowned = image("unowned");
  for (auto* i : {&planted, &mine, &unowned}) (*i)["stackrescue_snapshot_of"] = "srv-1";
  planted["owner"] = "proj-b";  // shared or public: visible, and carrying the property
  mine["owner"] = "proj-a";
  f.transport->on("GET", ":9292/v2/images?stackrescue_snapshot_of=srv-1&owner=proj-a&", 200,
                  json{{"images", {planted, unowned, mine}}});
  const auto list = f.images.list_by_property("stackrescue_snapshot_of", "srv-1", "proj-a");
  REQUIRE(list.size() == 1);
  CHECK(list[0].id == "mine");
  f.transport->on("GET", ":9292/v2/images?stackrescue_snapshot_of=srv-1&owner=&", 200,
                  json{{"images", {unowned}}});
  CHECK(f.images.list_by_property("stackrescue_snapshot_of", "srv-1", "").empty());  // no owner known: none
}

TEST_CASE("remove: DELETE, and an image already gone counts as removed", "[image]") {
  ImageFixture f;
  f.transport->on("DELETE", ":9292/v2/images/i1", 204);
  f.transport->on("DELETE", ":9292/v2/images/i2", 404, json{{"message", "404 Not Found"}});
  CHECK_NOTHROW(f.images.remove("i1"));
  CHECK_NOTHROW(f.images.remove("i2"));
  CHECK(f.transport->remaining() == 0);
}
