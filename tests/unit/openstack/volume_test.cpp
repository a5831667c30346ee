// The Cinder client: its endpoint (block-storage, else volumev3), its microversion header, and
// the answers captured from the real local Cinder (tests/fixtures/volume).
#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "openstack/volume.hpp"
#include "session_fixture.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::fixture;
using stackrescue::testing::SessionFixture;
using nlohmann::json;

namespace {

const std::string kCinder = "http://127.0.0.1:8776/v3/9f1d2c3b4a5e4d6c8b7a9f0e1d2c3b4a";
const std::string kVolume = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const std::string kSnapshot = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b";

// The captured token, its catalog keeping only the Cinder entries of `types` (and compute).
void token_with(testing::ScriptedTransport& transport, const std::vector<std::string>& types) {
  json token = fixture("identity/token_member.json");
  json kept = json::array();
  for (const auto& service : token["token"]["catalog"]) {
    const std::string type = service["type"];
    const bool cinder = type == "block-storage" || type == "volumev3";
    if (!cinder || std::find(types.begin(), types.end(), type) != types.end()) kept.push_back(service);
  }
  token["token"]["catalog"] = kept;
  http::Headers headers;
  headers.set("X-Subject-Token", "tok-volume-0001");
  transport.on("POST", "/v3/auth/tokens", 201, token, headers);
}

}  // namespace

TEST_CASE("Cinder is found as block-storage, else as volumev3, and sent volume 3.40", "[volume]") {
  for (const auto& types : std::vector<std::vector<std::string>>{{"block-storage", "volumev3"}, {"volumev3"}}) {
    SessionFixture f;
    token_with(*f.transport, types);
    f.transport->on("GET", kCinder + "/volumes/" + kVolume, 200, fixture("volume/volume_in_use.json"));
    VolumeClient volumes(*f.session);
    const Volume volume = volumes.get_volume(kVolume);
    CHECK(volume.status == "in-use");
    CHECK(volume.size == 1);
    CHECK(volume.bootable);
    REQUIRE(volume.attachments.size() == 1);
    CHECK(volume.attachments[0].device == "/dev/sda");
    const auto& sent = f.transport->sent().back();
    CHECK(sent.headers.get("OpenStack-API-Version").value_or("") == "volume 3.40");
    CHECK_FALSE(sent.headers.get("X-OpenStack-Nova-API-Version"));
  }
  SessionFixture none;
  token_with(*none.transport, {});
  VolumeClient volumes(*none.session);
  CHECK_THROWS_WITH(volumes.get_volume(kVolume), Catch::Contains("no volumev3 service") &&
                                                     Catch::Contains("block-storage, then volumev3"));
}

TEST_CASE("a snapshot is created once with force and metadata, never retried", "[volume]") {
  SessionFixture f;
  token_with(*f.transport, {"block-storage"});
  const json body = {{"snapshot",
                      {{"volume_id", kVolume}, {"name", "n"}, {"force", true}, {"metadata", {{"k", "v"}}}}}};
  f.transport->on("POST", kCinder + "/snapshots", 503, json{{"message", "busy"}});
  VolumeClient volumes(*f.session);
  CHECK_THROWS_AS(volumes.create_snapshot(kVolume, "n", {{"k", "v"}}), ApiError);
  CHECK(json::parse(f.transport->sent().back().body) == body);
  CHECK(f.transport->count("POST", "/snapshots") == 1);
}

TEST_CASE("snapshots by metadata: Cinder's filter as JSON, checked again, across pages", "[volume]") {
  SessionFixture f;
  token_with(*f.transport, {"block-storage"});
  json page = fixture("volume/snapshots_of_server.json");
  json foreign = page["snapshots"][0];
  foreign["id"] = "other";
  foreign["metadata"]["stackrescue_snapshot_of"] = "another-server";  // a filter that leaked
  page["snapshots"].push_back(foreign);
  page["snapshots_links"] = json::array({{{"rel", "next"}, {"href", "ignored"}}});
  f.transport->on("GET", kCinder + "/snapshots/detail?metadata=%7B%22stackrescue_snapshot_of%22%3A%226a5b", 200, page);
  f.transport->on("GET", "&marker=other", 200, fixture("volume/snapshots_empty.json"));
  VolumeClient volumes(*f.session);
  const auto found = volumes.snapshots_by_metadata("stackrescue_snapshot_of", "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == kSnapshot);
  CHECK(found[0].status == "available");
  CHECK(found[0].metadata.at("stackrescue_snapshot_set") == "db-1-rescue-20261207T074500Z");
  CHECK(f.transport->remaining() == 0);
}

TEST_CASE("a snapshot already gone counts as deleted; a 404 on show is NotFound", "[volume]") {
  SessionFixture f;
  token_with(*f.transport, {"block-storage"});
  f.transport->on("DELETE", kCinder + "/snapshots/" + kSnapshot, 404, fixture("volume/snapshot_not_found.json"));
  f.transport->on("GET", kCinder + "/snapshots/" + kSnapshot, 404, fixture("volume/snapshot_not_found.json"));
  VolumeClient volumes(*f.session);
  CHECK_NOTHROW(volumes.delete_snapshot(kSnapshot));
  CHECK_THROWS_AS(volumes.get_snapshot(kSnapshot), NotFound);
}

TEST_CASE("a server's volumes as Nova lists them", "[volume]") {
  SessionFixture f;
  token_with(*f.transport, {"block-storage"});
  f.transport->on("GET", ":8774/v2.1/servers/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d/os-volume_attachments", 200,
                  fixture("compute/volume_attachments.json"));
  VolumeClient volumes(*f.session);
  const auto attached = volumes.server_volumes("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d");
  REQUIRE(attached.size() == 1);
  CHECK(attached[0].volume_id == kVolume);
  CHECK(attached[0].device == "/dev/sda");
}

TEST_CASE("endpoint() names the missing block storage before any request to it", "[volume]") {
  SessionFixture f;
  token_with(*f.transport, {});
  VolumeClient volumes(*f.session);
  CHECK_THROWS_AS(volumes.endpoint(), ConfigError);
  CHECK(f.transport->sent().size() == 1);  // the token only
}
