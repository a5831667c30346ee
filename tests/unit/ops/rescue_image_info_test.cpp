#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "ops/errors.hpp"
#include "ops/rescue_image_info.hpp"
#include "ops/server_rescue.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

const std::string kTagged = ":9292/v2/images?tag=system-rescue";

json detail_list(std::initializer_list<std::pair<std::string, std::string>> servers) {
  json list = {{"servers", json::array()}};
  for (const auto& [id, name] : servers) {
    json s = fixture("compute/server_active.json")["server"];
    s["id"] = id;
    s["name"] = name;
    list["servers"].push_back(s);
  }
  return list;
}

ops::RescueRequest rescue(const std::string& server) {
  ops::RescueRequest request;
  request.server = server;
  return request;
}

}  // namespace

TEST_CASE("rescue images: every status newest first, the newest active picked", "[lookup]") {
  TestCloud cloud(std::nullopt);
  cloud.script().on("GET", kTagged, 200, fixture("image/images_tagged.json"));
  auto found = ops::rescue_images(*cloud.image, "system-rescue");
  REQUIRE(found.images.size() == 3);
  CHECK(found.images[0].status == "queued");
  REQUIRE(found.newest_active);
  CHECK(found.newest_active->id == kRescueImageId);
  auto values = ops::return_values(found);
  CHECK(values["images"].size() == 3);
  CHECK(values["image"]["hw_rescue_bus"] == "virtio");
  CHECK(values["images"][0]["hw_rescue_bus"].is_null());
  CHECK(cloud.transport->sent().back().url.find("sort=created_at%3Adesc") != std::string::npos);
}

TEST_CASE("rescue images: none is not an error", "[lookup]") {
  TestCloud cloud(std::nullopt);
  cloud.script().on("GET", ":9292/v2/images?tag=other", 200, fixture("image/images_empty.json"));
  auto values = ops::return_values(ops::rescue_images(*cloud.image, "other"));
  CHECK(values["images"].empty());
  CHECK(values["image"].is_null());
}

TEST_CASE("choosing the rescue image", "[lookup]") {
  SECTION("no active tagged image: fail listing what was found") {
    TestCloud cloud(std::nullopt);
    cloud.script().on("GET", kTagged, 200, fixture("image/images_tagged_none_active.json"));
    CHECK_THROWS_WITH(ops::choose_rescue_image(*cloud.image, std::nullopt, "system-rescue"),
                      "no active image tagged 'system-rescue': image 'stackrescue-rescue-new' (" + kQueuedImageId +
                          ") is queued, image 'stackrescue-rescue-old' (3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a) is "
                          "deactivated");
  }
  SECTION("no tagged image at all") {
    TestCloud cloud(std::nullopt);
    cloud.script().on("GET", kTagged, 200, fixture("image/images_empty.json"));
    CHECK_THROWS_WITH(ops::choose_rescue_image(*cloud.image, std::nullopt, "system-rescue"),
                      Catch::StartsWith("no image tagged 'system-rescue' is visible to this project"));
  }
  SECTION("by name, exactly; several with that name fail listing their IDs") {
    TestCloud cloud(std::nullopt);
    auto one = fixture("image/image_rescue_active.json");
    auto two = fixture("image/image_plain_active.json");
    two["name"] = one["name"];
    cloud.script().on("GET", ":9292/v2/images?name=stackrescue-rescue", 200, json{{"images", {one, two}}});
    CHECK_THROWS_AS(ops::choose_rescue_image(*cloud.image, std::string("stackrescue-rescue"), "x"),
                    openstack::LookupError);
  }
}

TEST_CASE("a non-active rescue image is refused before Nova is called", "[lookup][rescue]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
      .on("GET", ":9292/v2/images/" + kQueuedImageId, 200, fixture("image/image_rescue_queued.json"));
  auto request = rescue(kServerId);
  request.image = kQueuedImageId;
  CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                    "rescue image 'stackrescue-rescue-new' (" + kQueuedImageId +
                        ") is queued, not active: Nova would accept it and server 'web-1' (" + kServerId +
                        ") would end in ERROR; not rescuing");
  CHECK(cloud.transport->count("POST", "/action") == 0);
}

TEST_CASE("volume-backed servers", "[lookup][rescue][bfv]") {
  const std::string path = "/v2.1/servers/" + kVolumeServerId;
  const json bfv = fixture("compute/server_volume_backed.json");
  SECTION("refused when the cloud's maximum microversion is below 2.87") {
    TestCloud cloud("2.86");
    cloud.script().on("GET", path, 200, bfv).on("GET", kTagged, 200, fixture("image/images_tagged.json"));
    CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue(kVolumeServerId)),
                      "server 'db-1' (" + kVolumeServerId +
                          ") is volume-backed: rescuing it needs compute API microversion 2.87, and this cloud "
                          "supports at most 2.86");
  }
  SECTION("refused when the image lacks hw_rescue_device or hw_rescue_bus") {
    TestCloud cloud;
    auto image = fixture("image/image_rescue_active.json");
    image.erase("hw_rescue_bus");
    cloud.script().on("GET", path, 200, bfv).on("GET", ":9292/v2/images/" + kRescueImageId, 200, image);
    auto request = rescue(kVolumeServerId);
    request.image = kRescueImageId;
    CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                      Catch::Contains("is volume-backed: Nova rescues it only with an image that sets both "
                                      "hw_rescue_device and hw_rescue_bus") &&
                          Catch::Contains("lacks hw_rescue_bus"));
  }
  SECTION("both missing are both named") {
    TestCloud cloud;
    cloud.script().on("GET", path, 200, bfv).on("GET", ":9292/v2/images?name=plain-rescue", 200,
                                                  json{{"images", {fixture("image/image_plain_active.json")}}});
    auto request = rescue(kVolumeServerId);
    request.image = "plain-rescue";
    CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                      Catch::Contains("lacks hw_rescue_device and hw_rescue_bus"));
  }
  SECTION("refused with use_base_image: it has no image of its own") {
    TestCloud cloud;
    cloud.script().on("GET", path, 200, bfv);
    auto request = rescue(kVolumeServerId);
    request.use_base_image = true;
    CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                      Catch::Contains("volume-backed and has no image of its own"));
  }
  SECTION("accepted at 2.87 with both properties") {
    TestCloud cloud;
    cloud.script().on("GET", path, 200, bfv).on("GET", kTagged, 200, fixture("image/images_tagged.json"));
    auto plan = ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue(kVolumeServerId));
    CHECK(plan.changed());
    CHECK(plan.microversion == "2.87");
    CHECK(plan.rescue_image->id == kRescueImageId);
  }
}

TEST_CASE("server names are matched exactly, whatever regex metacharacters they hold", "[lookup]") {
  const std::string name = "web.1(a)+[x]";
  SECTION("the query is anchored and escaped; look-alikes Nova returns are ignored") {
    TestCloud cloud;
    cloud.script().expect(call("GET", "/v2.1/servers/detail?name=", 200,
                               detail_list({{"11111111-1111-4111-8111-111111111111", "WEB.1(A)+[X]"},
                                            {kServerId, name}}),
                               std::nullopt, [](const http::Request& request) {
                                 // ^web\.1\(a\)\+\[x\]$, percent-encoded
                                 CHECK(request.url.find("name=%5Eweb%5C.1%5C%28a%5C%29%5C%2B%5C%5Bx%5C%5D%24") !=
                                       std::string::npos);
                               }));
    cloud.script().on("GET", ":9292/v2/images?tag=system-rescue", 200, fixture("image/images_tagged.json"));
    auto plan = ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue(name));
    CHECK(plan.server.id == kServerId);
  }
  SECTION("none found names what was looked for") {
    TestCloud cloud;
    cloud.script().on("GET", "/v2.1/servers/detail?name=", 200, fixture("compute/servers_detail_empty.json"));
    CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue(name)),
                      Catch::Contains("'" + name + "'"));
  }
  SECTION("two servers with that very name: fail listing both IDs, touch neither") {
    TestCloud cloud;
    cloud.script().on("GET", "/v2.1/servers/detail?name=", 200,
                      detail_list({{"22222222-2222-4222-8222-222222222222", name}, {kServerId, name}}));
    CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue(name)),
                      Catch::Contains("22222222-2222-4222-8222-222222222222") && Catch::Contains(kServerId));
    CHECK(cloud.transport->count("POST", "/action") == 0);
  }
}
