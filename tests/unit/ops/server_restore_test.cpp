// server_restore: a server put back from its snapshot with a rebuild, against answers
// captured from the real libvirt host (tests/fixtures/capture/capture_rebuild_fixtures.py).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "ops/errors.hpp"
#include "ops/server_restore.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;
using std::chrono::milliseconds;

namespace {

const std::string kAction = kServerPath + "/action";
const std::string kSnapshotId = "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d";
const std::string kOlderSnapshotId = "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b";
const std::string kSnapshotsOfServer = ":9292/v2/images?stackrescue_snapshot_of=" + kServerId;
const std::string kActions = kServerPath + "/os-instance-actions";
const json kRebuild = {{"rebuild", {{"imageRef", kSnapshotId}}}};
const ops::PollPolicy kEverySecond{milliseconds(1000), milliseconds(1000), 1.0, 3};
const std::string kLockDir =
    (std::filesystem::temp_directory_path() / ("srestore-test-" + std::to_string(::getpid()))).string();

ops::RestoreRequest restore(std::optional<std::string> snapshot = std::nullopt) {
  ops::RestoreRequest request;
  request.server = kServerId;
  request.snapshot = std::move(snapshot);
  request.lock_directory = kLockDir;
  return request;
}

ops::RestoreOutcome plan_and_run(TestCloud& cloud, const ops::RestoreRequest& request) {
  auto plan = ops::plan_restore(*cloud.compute, *cloud.image, request);
  return ops::carry_out(*cloud.compute, *cloud.image, plan, cloud.clock, kEverySecond);
}

int posts(TestCloud& cloud) { return cloud.transport->count("POST", "/action"); }
int rebuild_posts(TestCloud& cloud) {
  int n = 0;
  for (const auto& request : cloud.transport->sent())
    if (request.body.find("\"rebuild\"") != std::string::npos) ++n;
  return n;
}

// The server read, its snapshots listed: what plan_restore asks.
ScriptedTransport& planned(TestCloud& cloud, const json& server) {
  return cloud.script()
      .on("GET", kServerPath, 200, server)
      .on("GET", kSnapshotsOfServer, 200, fixture("image/snapshots_of_server.json"));
}

// The rebuild's answers as captured: 202 (with the request ID its action has in the log),
// rebuilding, rebuild_spawning, done.
ScriptedTransport& rebuild_done(ScriptedTransport& script) {
  auto accepted = call("POST", kAction, 202, fixture("compute/rebuild_accepted.json"), kRebuild);
  accepted.response.headers.set(
      "X-OpenStack-Request-Id",
      fixture("compute/instance_actions_rebuilt.json")["instanceActions"][0]["request_id"].get<std::string>());
  return script.expect(accepted)
      .on("GET", kServerPath, 200, fixture("compute/server_rebuilding.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_rebuild_spawning.json"))
      .on("GET", kServerPath, 200, fixture("compute/server_rebuilt.json"))
      .on("GET", kActions, 200, fixture("compute/instance_actions_rebuilt.json"));
}

}  // namespace

TEST_CASE("a rescued server is unrescued, then rebuilt from its newest snapshot", "[restore]") {
  TestCloud cloud;
  planned(cloud, server_json("RESCUE", "rescued"))
      .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"))   // server_rescue's own plan
      .on("POST", kAction, 202, std::string(""))
      .on("GET", kServerPath, 200, server_json("RESCUE", "rescued", "unrescuing"))
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
  rebuild_done(cloud.script());
  auto out = plan_and_run(cloud, restore());
  CHECK(out.changed);
  CHECK(out.actions == std::vector<std::string>{"unrescue", "rebuild"});
  CHECK(out.snapshot.id == kSnapshotId);   // the newer of the two active ones
  CHECK(out.server.status == "ACTIVE");
  CHECK(out.server.image_id == kSnapshotId);
  CHECK(rebuild_posts(cloud) == 1);
  CHECK(out.message == "restored server 'web-1' (" + kServerId + ") from the snapshot image "
                       "'web-1-rescue-20261118T110640Z' (" + kSnapshotId + ") (unrescue and rebuild)");
  auto d = ops::diff(out);
  CHECK(d["before"] == json{{"status", "RESCUE"}, {"vm_state", "rescued"}, {"image", out.before_image}});
  CHECK(d["after"] == json{{"status", "ACTIVE"}, {"vm_state", "active"}, {"image", kSnapshotId}});
  CHECK(ops::return_values(out)["actions"] == json{"unrescue", "rebuild"});
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("check mode predicts the unrescue and the rebuild and sends nothing", "[restore]") {
  TestCloud cloud;
  planned(cloud, server_json("RESCUE", "rescued"));
  auto out = ops::predict(ops::plan_restore(*cloud.compute, *cloud.image, restore()));
  CHECK(out.changed);
  CHECK(out.actions == std::vector<std::string>{"unrescue", "rebuild"});
  CHECK(out.after_image == kSnapshotId);
  CHECK_THAT(out.message, Catch::StartsWith("would unrescue and rebuild server 'web-1'"));
  CHECK(posts(cloud) == 0);
}

TEST_CASE("a server already rebuilt from the snapshot, not rescued since, is left alone", "[restore]") {
  TestCloud cloud;
  planned(cloud, fixture("compute/server_rebuilt.json"))
      .on("GET", kActions, 200, fixture("compute/instance_actions_rebuilt.json"));
  auto out = plan_and_run(cloud, restore());
  CHECK_FALSE(out.changed);
  CHECK(out.actions.empty());
  CHECK_THAT(out.message, Catch::Contains("is already restored"));
  CHECK(posts(cloud) == 0);

  SECTION("but rescued again after that (a second repair): rebuilt again") {
    TestCloud again;
    auto actions = fixture("compute/instance_actions_rebuilt.json");
    auto rescue = actions["instanceActions"][2];   // the rescue, now the newest
    actions["instanceActions"].insert(actions["instanceActions"].begin(), rescue);
    auto rebuilt = fixture("compute/server_rebuilt.json");
    planned(again, rebuilt).on("GET", kActions, 200, actions);
    rebuild_done(again.script());
    auto redo = plan_and_run(again, restore());
    CHECK(redo.changed);
    CHECK(redo.actions == std::vector<std::string>{"rebuild"});
  }
}

TEST_CASE("a restore is refused before any change when it cannot be right", "[restore]") {
  SECTION("volume-backed: no image to rebuild from") {
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200,
                      server_json("ACTIVE", "active", std::nullopt, "compute/server_volume_backed.json"));
    ops::RestoreRequest request = restore();
    request.server = kServerId;
    CHECK_THROWS_WITH(ops::plan_restore(*cloud.compute, *cloud.image, request),
                      Catch::Contains("volume-backed") && Catch::Contains("Nothing was changed"));
    CHECK(posts(cloud) == 0);
  }
  SECTION("no snapshot of the server") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kSnapshotsOfServer, 200, fixture("image/images_empty.json"));
    CHECK_THROWS_WITH(ops::plan_restore(*cloud.compute, *cloud.image, restore()),
                      Catch::Contains("no active snapshot of server 'web-1'") && Catch::Contains("none"));
  }
  SECTION("a named image that is not one of its snapshots") {
    TestCloud cloud;
    planned(cloud, server_json("ACTIVE", "active"));
    CHECK_THROWS_WITH(ops::plan_restore(*cloud.compute, *cloud.image, restore(std::string("stackrescue-boot"))),
                      Catch::Contains("'stackrescue-boot' is not an active snapshot of server 'web-1'") &&
                          Catch::Contains("web-1-rescue-20261118T110000Z"));
    CHECK(posts(cloud) == 0);
  }
  SECTION("another task in progress") {
    TestCloud cloud;
    planned(cloud, server_json("ACTIVE", "active", "image_uploading"));
    CHECK_THROWS_WITH(ops::plan_restore(*cloud.compute, *cloud.image, restore()),
                      Catch::Contains("has task 'image_uploading' in progress"));
  }
}

TEST_CASE("an older snapshot is chosen by name or ID", "[restore]") {
  for (const std::string& wanted : {std::string("web-1-rescue-20261118T110000Z"), kOlderSnapshotId}) {
    TestCloud cloud;
    planned(cloud, server_json("ACTIVE", "active"));
    auto plan = ops::plan_restore(*cloud.compute, *cloud.image, restore(wanted));
    CHECK(plan.snapshot.id == kOlderSnapshotId);
    CHECK(plan.rebuild);
  }
}

TEST_CASE("the rebuild POST is never sent twice", "[restore][race]") {
  SECTION("a lost answer, and the server shows the rebuild: waited for, with a warning") {
    TestCloud cloud;
    planned(cloud, server_json("ACTIVE", "active"))
        .on_error("POST", kAction, http::TransportError::Kind::ReadTimeout)
        .on("GET", kServerPath, 200, fixture("compute/server_rebuilding.json"))
        .on("GET", kServerPath, 200, fixture("compute/server_rebuilt.json"));
    auto out = plan_and_run(cloud, restore());
    CHECK(out.changed);
    CHECK(rebuild_posts(cloud) == 1);
    REQUIRE(out.warnings.size() == 1);
    CHECK_THAT(out.warnings[0], Catch::Contains("not sent again"));
  }
  SECTION("a lost answer, and no sign of a rebuild: failed, not re-sent") {
    TestCloud cloud;
    planned(cloud, server_json("ACTIVE", "active"))
        .on_error("POST", kAction, http::TransportError::Kind::ReadTimeout)
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    CHECK_THROWS_WITH(plan_and_run(cloud, restore()),
                      Catch::Contains("got no answer") && Catch::Contains("not sent again"));
    CHECK(rebuild_posts(cloud) == 1);
  }
  SECTION("Nova's 409: its message, and the state now") {
    TestCloud cloud;
    planned(cloud, server_json("ACTIVE", "active"))
        .on("POST", kAction, 409, fixture("compute/rebuild_conflict_rescued.json"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    CHECK_THROWS_WITH(plan_and_run(cloud, restore()),
                      Catch::Contains("Nova refused to rebuild") && Catch::Contains("while it is in vm_state rescued"));
  }
}

TEST_CASE("a rebuild that Nova's action log marks failed is a failure, not a restore", "[restore]") {
  TestCloud cloud;
  http::Headers nova;
  nova.set("X-OpenStack-Request-Id", "req-rebuild-1");
  auto actions = fixture("compute/instance_actions_rebuilt.json");
  actions["instanceActions"][0]["request_id"] = "req-rebuild-1";
  actions["instanceActions"][0]["message"] = "Error";
  planned(cloud, server_json("ACTIVE", "active"))
      .on("POST", kAction, 202, fixture("compute/rebuild_accepted.json"), nova)
      .on("GET", kServerPath, 200, fixture("compute/server_rebuilding.json"))
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))   // task gone, no fault: silent
      .on("GET", kActions, 200, actions);
  CHECK_THROWS_WITH(plan_and_run(cloud, restore()),
                    Catch::Contains("failed: Nova's action log says 'Error'"));
}
