// server_rescue's snapshot: true, against answers captured from the real libvirt host
// (tests/fixtures/capture/capture_snapshot_fixtures.py).
#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "ops/errors.hpp"
#include "ops/server_rescue.hpp"
#include "ops/snapshot.hpp"
#include "snapshot_run.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;
using std::chrono::seconds;

namespace {

const std::string kAction = kServerPath + "/action";
const std::string kTagged = ":9292/v2/images?tag=system-rescue";
const std::string kSnapshotId = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d";
const std::string kSnapshotPath = ":9292/v2/images/" + kSnapshotId;
const std::string kSnapshotsOfServer = ":9292/v2/images?stackrescue_snapshot_of=" + kServerId;
// Named after the server and the fake clock's start (2026-11-18 11:06:40 UTC).
const std::string kSnapshotName = "web-1-rescue-20261118T110640Z";
const json kCreateImage = {
    {"createImage", {{"name", kSnapshotName}, {"metadata", {{"stackrescue_snapshot_of", kServerId}}}}}};

ops::RescueRequest snapshot_rescue(seconds timeout = seconds(600)) { return snapshot_rescue_of(kServerId, timeout); }

// The server read, the tagged rescue images listed: what plan_rescue asks before a rescue.
ScriptedTransport& planned(TestCloud& cloud) {
  return cloud.script()
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
      .on("GET", kTagged, 200, fixture("image/images_tagged.json"));
}

// Nova's answers until the captured snapshot is active and its task gone.
ScriptedTransport& snapshot_done(ScriptedTransport& script) {
  return script.on("GET", kSnapshotPath, 200, fixture("image/snapshot_queued.json"))
      .on("GET", kSnapshotPath, 200, fixture("image/snapshot_active.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_image_uploading.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_active.json"));
}

ScriptedTransport& rescue_done(ScriptedTransport& script) {
  return script.on("POST", kAction, 200, fixture("compute/rescue_accepted.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_rescuing.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_rescued.json"));
}

int posts(TestCloud& cloud) { return cloud.transport->count("POST", "/action"); }
int rescue_posts(TestCloud& cloud) {
  int n = 0;
  for (const auto& request : cloud.transport->sent())
    if (request.body.find("\"rescue\"") != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("snapshot, wait until active and the task is done, then rescue", "[snapshot]") {
  TestCloud exact;
  planned(exact).expect(call("POST", kAction, 202, fixture("compute/create_image_accepted.json"), kCreateImage));
  rescue_done(snapshot_done(exact.script()));
  auto out = plan_and_run(exact, snapshot_rescue());
  CHECK(out.changed);
  CHECK(out.server.status == "RESCUE");
  REQUIRE(out.snapshot);
  CHECK(out.snapshot->id == kSnapshotId);
  CHECK(out.snapshot->name == kSnapshotName);
  CHECK(out.message == "after snapshot '" + kSnapshotName + "' (" + kSnapshotId + "), rescued server 'web-1' (" +
                           kServerId + ") with image 'stackrescue-rescue' (" + kRescueImageId + ")");
  CHECK(ops::return_values(out)["snapshot"] == json{{"id", kSnapshotId}, {"name", kSnapshotName}});
  CHECK(ops::diff(out)["after"] == json{{"status", "RESCUE"}, {"vm_state", "rescued"}, {"snapshot", kSnapshotName}});
  CHECK(ops::diff(out)["before"] == json{{"status", "ACTIVE"}, {"vm_state", "active"}});
  CHECK(exact.transport->remaining() == 0);
  CHECK(exact.transport->count("POST", "/action") == 2);  // createImage once, rescue once
}

TEST_CASE("createImage below 2.45: the image ID from the Location header", "[snapshot]") {
  TestCloud cloud("2.44");
  const json accepted = fixture("compute/create_image_accepted_2_44.json");
  http::Headers location;
  location.set("Location", accepted["headers"]["Location"].get<std::string>());
  planned(cloud).on("POST", kAction, 202, nullptr, location);
  const std::string old_id = "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b";
  auto active = fixture("image/snapshot_active.json");
  active["id"] = old_id;
  cloud.script()
      .on("GET", ":9292/v2/images/" + old_id, 200, active)
      .on("GET", kServerPath, 200, fixture("compute/server_active.json"));
  rescue_done(cloud.script());
  auto out = plan_and_run(cloud, snapshot_rescue());
  REQUIRE(out.snapshot);
  CHECK(out.snapshot->id == old_id);
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("createImage answered without any image ID: no rescue, not sent again", "[snapshot]") {
  TestCloud cloud;
  planned(cloud).on("POST", kAction, 202, nullptr).on("GET", kSnapshotsOfServer, 200, json{{"images", json::array()}});
  CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                    Catch::Contains("without the new image's ID") && Catch::Contains("not sent again") &&
                        Catch::Contains("not rescued"));
  CHECK(posts(cloud) == 1);
  CHECK(rescue_posts(cloud) == 0);
}

TEST_CASE("a re-run while rescued takes no second snapshot and reports the newest", "[snapshot]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, fixture("compute/server_rescued.json"))
      .on("GET", kSnapshotsOfServer, 200, fixture("image/snapshots_of_server.json"));
  auto out = plan_and_run(cloud, snapshot_rescue());
  CHECK_FALSE(out.changed);
  CHECK(posts(cloud) == 0);
  REQUIRE(out.snapshot);
  CHECK(out.snapshot->id == kSnapshotId);  // the newer of the two captured
  CHECK_FALSE(out.snapshot_taken);
  CHECK_FALSE(ops::diff(out)["after"].contains("snapshot"));
  REQUIRE(out.warnings.size() == 1);
  CHECK_THAT(out.warnings[0], Catch::Contains("no new snapshot"));

  SECTION("none from an earlier run: snapshot null, and a warning") {
    TestCloud none;
    none.script()
        .on("GET", kServerPath, 200, fixture("compute/server_rescued.json"))
        .on("GET", kSnapshotsOfServer, 200, json{{"images", json::array()}});
    auto run = plan_and_run(none, snapshot_rescue());
    CHECK(ops::return_values(run)["snapshot"].is_null());
    CHECK_THAT(run.warnings.at(0), Catch::Contains("no active snapshot"));
  }
}

TEST_CASE("check mode says a snapshot would be made and makes none", "[snapshot][check]") {
  TestCloud cloud;
  planned(cloud);
  auto out = ops::predict(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, snapshot_rescue(), cloud.clock));
  CHECK(out.changed);
  CHECK(posts(cloud) == 0);
  CHECK_THAT(out.message, Catch::StartsWith("would snapshot the server as '" + kSnapshotName + "', then rescue"));
  CHECK(ops::return_values(out)["snapshot"] == json{{"id", nullptr}, {"name", kSnapshotName}});
  CHECK(ops::diff(out)["after"]["snapshot"] == kSnapshotName);
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("a cloud that refuses the snapshot: Nova's message, no rescue", "[snapshot]") {
  const json policy = {{"forbidden",
                        {{"code", 403},
                         {"message", "Policy doesn't allow os_compute_api:servers:create_image to be performed."}}}};
  for (const auto& [status, body] : std::vector<std::pair<int, json>>{
           {409, fixture("compute/create_image_conflict_rescued.json")}, {403, policy}}) {
    TestCloud cloud;
    planned(cloud).on("POST", kAction, status, body);
    const std::string nova = body.begin().value()["message"];
    CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                      Catch::Contains("the cloud refused to snapshot server 'web-1'") && Catch::Contains(nova) &&
                          Catch::Contains("HTTP " + std::to_string(status)) && Catch::Contains("not rescued"));
    CHECK(posts(cloud) == 1);
    CHECK(cloud.transport->remaining() == 0);
  }
}

TEST_CASE("a snapshot not active in time is deleted, the server not rescued", "[snapshot]") {
  TestCloud cloud;
  planned(cloud).on("POST", kAction, 202, fixture("compute/create_image_accepted.json"));
  for (int poll = 0; poll < 5; ++poll) cloud.script().on("GET", kSnapshotPath, 200, fixture("image/snapshot_queued.json"));
  cloud.script().expect(call("DELETE", kSnapshotPath, 204, nullptr));
  CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue(seconds(5))),
                    Catch::Contains("timed out after 5 s waiting for the snapshot") &&
                        Catch::Contains("last status queued") && Catch::Contains("the unfinished image was deleted") &&
                        Catch::Contains("not rescued"));
  CHECK(rescue_posts(cloud) == 0);
  CHECK(cloud.transport->remaining() == 0);

  SECTION("and says so when the delete fails") {
    TestCloud failing;
    planned(failing).on("POST", kAction, 202, fixture("compute/create_image_accepted.json"));
    for (int poll = 0; poll < 5; ++poll)
      failing.script().on("GET", kSnapshotPath, 200, fixture("image/snapshot_queued.json"));
    failing.script().on("DELETE", kSnapshotPath, 403, json{{"message", "403 Forbidden"}});
    CHECK_THROWS_WITH(plan_and_run(failing, snapshot_rescue(seconds(5))),
                      Catch::Contains("NOT deleted") && Catch::Contains(kSnapshotId));
  }
}

TEST_CASE("a snapshot that ends killed or disappears fails the task before any rescue", "[snapshot]") {
  SECTION("killed") {
    TestCloud cloud;
    auto killed = fixture("image/snapshot_queued.json");
    killed["status"] = "killed";
    planned(cloud)
        .on("POST", kAction, 202, fixture("compute/create_image_accepted.json"))
        .on("GET", kSnapshotPath, 200, killed);
    CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                      Catch::Contains("ended in status killed") && Catch::Contains("not rescued"));
    CHECK(rescue_posts(cloud) == 0);
  }
  SECTION("deleted (Nova deletes the image when its snapshot fails)") {
    TestCloud cloud;
    planned(cloud)
        .on("POST", kAction, 202, fixture("compute/create_image_accepted.json"))
        .on("GET", kSnapshotPath, 404, json{{"message", "404 Not Found"}});
    CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                      Catch::Contains("was deleted before it became active") && Catch::Contains("not rescued"));
    CHECK(rescue_posts(cloud) == 0);
  }
}

TEST_CASE("a lost answer to createImage: found by name and property, never sent again", "[snapshot]") {
  SECTION("the image exists: go on with it") {
    TestCloud cloud;
    planned(cloud)
        .on_error("POST", kAction, http::TransportError::Kind::ReadTimeout)
        .on("GET", kSnapshotsOfServer, 200, fixture("image/snapshots_of_server.json"));
    rescue_done(snapshot_done(cloud.script()));
    auto out = plan_and_run(cloud, snapshot_rescue());
    CHECK(out.changed);
    CHECK(out.snapshot->id == kSnapshotId);
    CHECK_THAT(out.warnings.at(0), Catch::Contains("was lost") && Catch::Contains("not sent again"));
    CHECK(cloud.transport->remaining() == 0);
  }
  SECTION("no such image: fail, not sent again") {
    TestCloud cloud;
    planned(cloud)
        .on_error("POST", kAction, http::TransportError::Kind::ConnectionReset)
        .on("GET", kSnapshotsOfServer, 200, json{{"images", json::array()}});
    CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                      Catch::Contains("got no answer") && Catch::Contains("not sent again"));
    CHECK(posts(cloud) == 1);
  }
}

TEST_CASE("the rescue fails after the snapshot: the failure names the kept snapshot", "[snapshot]") {
  TestCloud cloud;
  planned(cloud).on("POST", kAction, 202, fixture("compute/create_image_accepted.json"));
  snapshot_done(cloud.script())
      .on("POST", kAction, 409, fixture("compute/conflict_locked.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_active.json"));
  try {
    plan_and_run(cloud, snapshot_rescue());
    FAIL("no failure");
  } catch (const ops::OperationFailed& failure) {
    CHECK_THAT(failure.what(), Catch::Contains("is locked") && Catch::Contains("taken before is kept"));
    CHECK(failure.details()["snapshot"] == json{{"id", kSnapshotId}, {"name", kSnapshotName}});
  }
}

TEST_CASE("snapshot goes with state rescued only", "[snapshot]") {
  TestCloud cloud;
  auto request = snapshot_rescue();
  request.state = ops::Goal::Unrescued;
  CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request, cloud.clock),
                    Catch::Contains("snapshot: true goes with state: rescued"));
  CHECK(cloud.transport->sent().empty());
}

TEST_CASE("snapshot names: server name and UTC time, within Glance's 255 bytes", "[snapshot]") {
  openstack::Server server;
  server.id = kServerId;
  server.name = "web-1";
  CHECK(ops::snapshot_name(server, 1795000000.7) == kSnapshotName);
  server.name.clear();
  CHECK(ops::snapshot_name(server, 1795000000) == kServerId + "-rescue-20261118T110640Z");
  server.name = std::string(230, 'a') + "\xc3\xa9" + "tail";  // é straddles the cut at 231 bytes
  const auto name = ops::snapshot_name(server, 1795000000);
  CHECK(name.size() == 254);
  CHECK(name == std::string(230, 'a') + "-rescue-20261118T110640Z");
}

// Another project's image that claims to be a snapshot of our server (the property is
// anyone's to set): a captured snapshot with another owner, newer than the captured ones.
json planted_snapshot(const std::string& name) {
  auto planted = fixture("image/snapshots_of_server.json")["images"][0];
  planted["id"] = "0badc0de-0000-4000-8000-000000000000";
  planted["name"] = name;
  planted["owner"] = "a11ce0000000400080000000000000ff";
  planted["created_at"] = "2026-12-01T00:00:00Z";
  return planted;
}

TEST_CASE("the newest snapshot is one of the server's own project: a planted image is ignored", "[snapshot]") {
  auto answer = fixture("image/snapshots_of_server.json");
  answer["images"].insert(answer["images"].begin(), planted_snapshot("web-1-rescue-20261201T000000Z"));
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, fixture("compute/server_rescued.json"))
      .on("GET", kSnapshotsOfServer, 200, answer);
  auto out = plan_and_run(cloud, snapshot_rescue());
  REQUIRE(out.snapshot);
  CHECK(out.snapshot->id == kSnapshotId);  // the newest of our own, not the planted one
  // Glance is asked for the server's project's images only (tenant_id of the server).
  CHECK(cloud.transport->count("GET", "&owner=9f1d2c3b4a5e4d6c8b7a9f0e1d2c3b4a&") == 1);
}

TEST_CASE("a lost createImage answer is not settled by a planted image of our snapshot's name", "[snapshot]") {
  TestCloud cloud;
  planned(cloud)
      .on_error("POST", kAction, http::TransportError::Kind::ReadTimeout)
      .on("GET", kSnapshotsOfServer, 200, json{{"images", {planted_snapshot(kSnapshotName)}}});
  CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                    Catch::Contains("got no answer") && Catch::Contains("not sent again"));
  CHECK(rescue_posts(cloud) == 0);
}
