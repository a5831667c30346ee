// server_rescue's snapshot: true for a volume-backed server (ops/volume_snapshot), against
// answers captured from the real local Cinder and Nova
// (tests/fixtures/capture/capture_volume_fixtures.py), and the restore's refusal rules.
#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "ops/errors.hpp"
#include "ops/server_rescue.hpp"
#include "ops/volume_snapshot.hpp"
#include "snapshot_run.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;
using std::chrono::seconds;

namespace {

const std::string kServer = "/v2.1/servers/" + kVolumeServerId;
const std::string kAttachments = kServer + "/os-volume_attachments";
const std::string kCinder = ":8776/v3/9f1d2c3b4a5e4d6c8b7a9f0e1d2c3b4a";
const std::string kTagged = ":9292/v2/images?tag=system-rescue";
const std::string kBootVolume = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";   // captured
const std::string kDataVolume = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e";   // a second one, /dev/sdb
const std::string kBootSnapshot = "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b";  // captured
const std::string kDataSnapshot = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f";
// The run's name: the server's name and the fake clock's start (2026-11-18 11:06:40 UTC).
const std::string kRun = "db-1-rescue-20261118T110640Z";

// Nova's attachments of the captured server plus a data volume at /dev/sdb.
json two_attachments() {
  json doc = fixture("compute/volume_attachments.json");
  doc["volumeAttachments"].push_back(
      {{"id", kDataVolume}, {"volumeId", kDataVolume}, {"serverId", kVolumeServerId}, {"device", "/dev/sdb"}});
  return doc;
}

// A captured snapshot answer (file) made into the one of `volume` in this run.
json snapshot(const std::string& file, const std::string& id, const std::string& volume, const std::string& device,
              const std::string& status) {
  json doc = fixture(file);
  auto& s = doc.contains("snapshot") ? doc["snapshot"] : doc;
  s["id"] = id;
  s["volume_id"] = volume;
  s["name"] = kRun + "-" + device;
  s["status"] = status;
  s["metadata"]["stackrescue_snapshot_set"] = kRun;
  return doc;
}
json boot_snapshot(const std::string& status) {
  return snapshot("volume/snapshot_available.json", kBootSnapshot, kBootVolume, "sda", status);
}
json data_snapshot(const std::string& status) {
  return snapshot("volume/snapshot_available.json", kDataSnapshot, kDataVolume, "sdb", status);
}

json create_body(const std::string& volume, const std::string& device) {
  return {{"snapshot",
           {{"volume_id", volume},
            {"name", kRun + "-" + device},
            {"force", true},
            {"metadata", {{"stackrescue_snapshot_of", kVolumeServerId}, {"stackrescue_snapshot_set", kRun}}}}}};
}

void volume_microversion(const http::Request& request) {
  CHECK(request.headers.get("OpenStack-API-Version").value_or("") == "volume 3.40");
}

ops::RescueRequest snapshot_rescue(seconds timeout = seconds(600)) {
  return snapshot_rescue_of(kVolumeServerId, timeout);
}

// What plan_rescue reads: the server, its attachments, the tagged rescue images.
ScriptedTransport& planned(TestCloud& cloud) {
  return cloud.script()
      .on("GET", kServer, 200, fixture("compute/server_volume_backed.json"))
      .on("GET", kAttachments, 200, two_attachments())
      .on("GET", kTagged, 200, fixture("image/images_tagged.json"));
}

ScriptedTransport& both_created(ScriptedTransport& script) {
  return script
      .expect(call("POST", kCinder + "/snapshots", 202,
                   snapshot("volume/snapshot_create_accepted.json", kBootSnapshot, kBootVolume, "sda", "creating"),
                   create_body(kBootVolume, "sda"), volume_microversion))
      .expect(call("POST", kCinder + "/snapshots", 202,
                   snapshot("volume/snapshot_create_accepted.json", kDataSnapshot, kDataVolume, "sdb", "creating"),
                   create_body(kDataVolume, "sdb"), volume_microversion));
}

ScriptedTransport& rescue_done(ScriptedTransport& script) {
  return script.on("POST", kServer + "/action", 200, fixture("compute/rescue_accepted.json"))
      .on("GET", kServer, 200, fixture("compute/server_volume_backed_rescued.json"));
}

int snapshot_posts(TestCloud& cloud) { return cloud.transport->count("POST", "/snapshots"); }
int rescue_posts(TestCloud& cloud) { return cloud.transport->count("POST", "/action"); }

const json kVolumesResult = json::array({{{"volume_id", kBootVolume},
                                          {"snapshot_id", kBootSnapshot},
                                          {"name", kRun + "-sda"},
                                          {"device", "/dev/sda"},
                                          {"boot", true}},
                                         {{"volume_id", kDataVolume},
                                          {"snapshot_id", kDataSnapshot},
                                          {"name", kRun + "-sdb"},
                                          {"device", "/dev/sdb"},
                                          {"boot", false}}});

}  // namespace

TEST_CASE("a volume-backed server: one Cinder snapshot of each volume, available, then the rescue", "[snapshot][bfv]") {
  TestCloud cloud;
  both_created(planned(cloud))
      .on("GET", kCinder + "/snapshots/" + kBootSnapshot, 200, boot_snapshot("available"))
      .on("GET", kCinder + "/snapshots/" + kDataSnapshot, 200, data_snapshot("creating"))
      .on("GET", kCinder + "/snapshots/" + kDataSnapshot, 200, data_snapshot("available"));
  rescue_done(cloud.script());
  auto out = plan_and_run(cloud, snapshot_rescue());
  CHECK(out.changed);
  CHECK(out.server.status == "RESCUE");
  CHECK(ops::return_values(out)["snapshot"] == json{{"id", nullptr}, {"name", kRun}, {"volumes", kVolumesResult}});
  CHECK(out.message == "after the Cinder snapshots '" + kRun + "-sda' (" + kBootSnapshot + "), '" + kRun + "-sdb' (" +
                           kDataSnapshot + "), rescued server 'db-1' (" + kVolumeServerId +
                           ") with image 'stackrescue-rescue' (" + kRescueImageId + ")");
  CHECK(ops::diff(out)["after"]["snapshot"] == kRun);
  CHECK(out.snapshot->volumes.at(0).boot);
  CHECK_FALSE(out.snapshot->volumes.at(1).boot);
  CHECK(snapshot_posts(cloud) == 2);
  CHECK(rescue_posts(cloud) == 1);
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("check mode names the volume snapshots it would take and takes none", "[snapshot][bfv][check]") {
  TestCloud cloud;
  planned(cloud);
  auto out = ops::predict(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, snapshot_rescue(), cloud.clock));
  CHECK(out.changed);
  CHECK_THAT(out.message, Catch::StartsWith("would take the Cinder snapshots '" + kRun + "-sda', '" + kRun +
                                            "-sdb', then rescue server 'db-1'"));
  json predicted = kVolumesResult;
  for (auto& v : predicted) v["snapshot_id"] = nullptr;
  CHECK(ops::return_values(out)["snapshot"] == json{{"id", nullptr}, {"name", kRun}, {"volumes", predicted}});
  CHECK(snapshot_posts(cloud) == 0);
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("a lost answer to a volume snapshot: found by name and metadata, never sent again", "[snapshot][bfv]") {
  const std::string by_set = kCinder + "/snapshots/detail?metadata=";
  SECTION("Cinder made it: go on with it, one POST per volume") {
    TestCloud cloud;
    planned(cloud)
        .expect(call("POST", kCinder + "/snapshots", 202,
                     snapshot("volume/snapshot_create_accepted.json", kBootSnapshot, kBootVolume, "sda", "creating"),
                     create_body(kBootVolume, "sda")));
    cloud.script()
        .on_error("POST", kCinder + "/snapshots", http::TransportError::Kind::ReadTimeout)
        .on("GET", by_set, 200,
            json{{"snapshots", {data_snapshot("creating")["snapshot"], boot_snapshot("creating")["snapshot"]}}})
        .on("GET", kCinder + "/snapshots/" + kBootSnapshot, 200, boot_snapshot("available"))
        .on("GET", kCinder + "/snapshots/" + kDataSnapshot, 200, data_snapshot("available"));
    rescue_done(cloud.script());
    auto out = plan_and_run(cloud, snapshot_rescue());
    CHECK(out.changed);
    CHECK(ops::return_values(out)["snapshot"]["volumes"] == kVolumesResult);
    CHECK_THAT(out.warnings.at(0), Catch::Contains("was lost") && Catch::Contains("Cinder shows the snapshot " +
                                                                                  kDataSnapshot) &&
                                       Catch::Contains("not sent again"));
    CHECK(snapshot_posts(cloud) == 2);
    CHECK(cloud.transport->remaining() == 0);
  }
  SECTION("no such snapshot: the first one deleted, fail unrescued, not sent again") {
    TestCloud cloud;
    planned(cloud).on("POST", kCinder + "/snapshots", 202,
                      snapshot("volume/snapshot_create_accepted.json", kBootSnapshot, kBootVolume, "sda", "creating"));
    cloud.script()
        .on_error("POST", kCinder + "/snapshots", http::TransportError::Kind::ConnectionReset)
        .on("GET", by_set, 200, json{{"snapshots", {boot_snapshot("creating")["snapshot"]}}})
        .on("DELETE", kCinder + "/snapshots/" + kBootSnapshot, 202, nullptr);
    CHECK_THROWS_WITH(plan_and_run(cloud, snapshot_rescue()),
                      Catch::Contains("got no answer") && Catch::Contains("not sent again") &&
                          Catch::Contains(kBootSnapshot + " deleted") && Catch::Contains("not rescued"));
    CHECK(snapshot_posts(cloud) == 2);
    CHECK(rescue_posts(cloud) == 0);
    CHECK(cloud.transport->remaining() == 0);
  }
}

TEST_CASE("volume snapshots not available in time are deleted where Cinder lets us, and said so", "[snapshot][bfv]") {
  TestCloud cloud;
  both_created(planned(cloud));
  cloud.script().on("GET", kCinder + "/snapshots/" + kBootSnapshot, 200, boot_snapshot("available"));
  for (int poll = 0; poll < 5; ++poll)
    cloud.script().on("GET", kCinder + "/snapshots/" + kDataSnapshot, 200, data_snapshot("creating"));
  cloud.script()
      .on("DELETE", kCinder + "/snapshots/" + kBootSnapshot, 202, nullptr)
      .on("DELETE", kCinder + "/snapshots/" + kDataSnapshot, 400, fixture("volume/snapshot_delete_creating.json"));
  try {
    plan_and_run(cloud, snapshot_rescue(seconds(5)));
    FAIL("no failure");
  } catch (const ops::OperationFailed& failure) {
    CHECK_THAT(failure.what(), Catch::Contains("timed out after 5 s waiting for the Cinder snapshots") &&
                                   Catch::Contains(kDataSnapshot + " creating") &&
                                   Catch::Contains(kBootSnapshot + " deleted") &&
                                   Catch::Contains(kDataSnapshot + " NOT deleted") &&
                                   Catch::Contains("Snapshot status must be available or error") &&
                                   Catch::Contains("not rescued"));
    CHECK(failure.details()["volume_snapshots"].size() == 1);  // the one left behind
  }
  CHECK(rescue_posts(cloud) == 0);
  CHECK(cloud.transport->remaining() == 0);

  SECTION("a snapshot in error: both deleted at once") {
    TestCloud failing;
    both_created(planned(failing))
        .on("GET", kCinder + "/snapshots/" + kBootSnapshot, 200, boot_snapshot("error"))
        .on("DELETE", kCinder + "/snapshots/" + kBootSnapshot, 202, nullptr)
        .on("DELETE", kCinder + "/snapshots/" + kDataSnapshot, 202, nullptr);
    CHECK_THROWS_WITH(plan_and_run(failing, snapshot_rescue()),
                      Catch::Contains("ended in status error") && Catch::Contains(kBootSnapshot + " deleted") &&
                          Catch::Contains(kDataSnapshot + " deleted"));
    CHECK(rescue_posts(failing) == 0);
  }
  SECTION("Cinder refuses the second: the first is deleted, Cinder's message") {
    TestCloud refused;
    planned(refused)
        .on("POST", kCinder + "/snapshots", 202,
            snapshot("volume/snapshot_create_accepted.json", kBootSnapshot, kBootVolume, "sda", "creating"))
        .on("POST", kCinder + "/snapshots", 400, fixture("volume/snapshot_in_use_without_force.json"))
        .on("DELETE", kCinder + "/snapshots/" + kBootSnapshot, 202, nullptr);
    CHECK_THROWS_WITH(plan_and_run(refused, snapshot_rescue()),
                      Catch::Contains("the cloud refused to snapshot volume " + kDataVolume + " (/dev/sdb)") &&
                          Catch::Contains("HTTP 400") && Catch::Contains(kBootSnapshot + " deleted"));
  }
}

TEST_CASE("a re-run while rescued takes no volume snapshot and reports the newest set", "[snapshot][bfv]") {
  TestCloud cloud;
  auto older = boot_snapshot("available");
  older["snapshot"]["id"] = "0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d";
  older["snapshot"]["metadata"]["stackrescue_snapshot_set"] = "db-1-rescue-20261101T000000Z";
  cloud.script()
      .on("GET", kServer, 200, fixture("compute/server_volume_backed_rescued.json"))
      .on("GET", kAttachments, 200, two_attachments())
      .on("GET", kCinder + "/snapshots/detail?metadata=", 200,
          json{{"snapshots",
                {data_snapshot("available")["snapshot"], boot_snapshot("available")["snapshot"], older["snapshot"]}}});
  auto out = plan_and_run(cloud, snapshot_rescue());
  CHECK_FALSE(out.changed);
  CHECK(ops::return_values(out)["snapshot"] == json{{"id", nullptr}, {"name", kRun}, {"volumes", kVolumesResult}});
  CHECK_THAT(out.warnings.at(0), Catch::Contains("reporting the newest earlier one"));
  CHECK(snapshot_posts(cloud) == 0);
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("volume snapshot names: the run's name and the device, within 255 characters", "[snapshot][bfv]") {
  CHECK(ops::volume_snapshot_name(kRun, {kDataVolume, "/dev/vdb"}) == kRun + "-vdb");
  CHECK(ops::volume_snapshot_name(kRun, {kDataVolume, ""}) == kRun + "-" + kDataVolume);
  const auto long_name = ops::volume_snapshot_name(std::string(300, 'a'), {kDataVolume, "/dev/vdb"});
  CHECK(long_name.size() == 255);
  CHECK(long_name.substr(251) == "-vdb");
}

namespace {

openstack::Server volume_backed_server() {
  return openstack::parse_server(fixture("compute/server_volume_backed.json")["server"]);
}

// Facts as a restore would read them: the volume detached (available) unless said, the
// snapshot available and the volume's latest, equal sizes.
ops::VolumeRestoreFacts facts(const std::string& volume, const std::string& snapshot_id, bool boot) {
  ops::VolumeRestoreFacts f;
  f.ref = {volume, snapshot_id, kRun + "-x", boot ? "/dev/sda" : "/dev/sdb", boot};
  f.volume = openstack::parse_volume(fixture("volume/volume_in_use.json")["volume"]);
  f.volume->id = volume;
  f.volume->status = "available";
  f.volume->attachments.clear();
  f.snapshot = openstack::parse_volume_snapshot(fixture("volume/snapshot_available.json")["snapshot"]);
  f.snapshot->id = snapshot_id;
  f.latest_snapshot_id = snapshot_id;
  return f;
}

}  // namespace

TEST_CASE("restore: which volumes Cinder can put back, and why not", "[restore][bfv]") {
  const auto server = volume_backed_server();
  const auto data = facts(kDataVolume, kDataSnapshot, false);
  CHECK_FALSE(ops::volume_restore_refusal(server, {data}));

  SECTION("a data volume attached to this server only: restorable (detach, revert, attach)") {
    auto attached = data;
    attached.volume->status = "in-use";
    attached.volume->attachments = {{kVolumeServerId, "/dev/sdb"}};
    CHECK_FALSE(ops::volume_restore_refusal(server, {attached}));
  }
  SECTION("the boot volume of a volume-backed server") {
    CHECK_THAT(ops::volume_restore_refusal(server, {data, facts(kBootVolume, kBootSnapshot, true)}).value_or(""),
               Catch::Contains("volume " + kBootVolume + " (/dev/sda): it is the boot volume") &&
                   Catch::Contains("Nova refuses to detach a root volume") && !Catch::Contains(kDataVolume));
  }
  SECTION("a newer snapshot of the volume exists") {
    auto newer = data;
    newer.latest_snapshot_id = kBootSnapshot;
    CHECK_THAT(ops::volume_restore_refusal(server, {newer}).value_or(""),
               Catch::Contains("a newer snapshot (" + kBootSnapshot + ")") && Catch::Contains("latest snapshot"));
  }
  SECTION("the snapshot is gone, in error, or the volume resized or gone") {
    auto gone = data;
    gone.snapshot.reset();
    CHECK_THAT(ops::volume_restore_refusal(server, {gone}).value_or(""), Catch::Contains("no longer exists"));
    auto error = data;
    error.snapshot->status = "error";
    CHECK_THAT(ops::volume_restore_refusal(server, {error}).value_or(""), Catch::Contains("is error"));
    auto resized = data;
    resized.volume->size = 2;
    CHECK_THAT(ops::volume_restore_refusal(server, {resized}).value_or(""), Catch::Contains("resized (1 GB -> 2 GB)"));
    auto no_volume = data;
    no_volume.volume.reset();
    CHECK_THAT(ops::volume_restore_refusal(server, {no_volume}).value_or(""), Catch::Contains("the volume no longer"));
  }
  SECTION("attached to another server too") {
    auto shared = data;
    shared.volume->status = "in-use";
    shared.volume->attachments = {{kVolumeServerId, "/dev/sdb"}, {kServerId, "/dev/vdc"}};
    CHECK_THAT(ops::volume_restore_refusal(server, {shared}).value_or(""), Catch::Contains("another server"));
  }
}

TEST_CASE("restore: the facts read from Cinder as captured (the in-use boot volume)", "[restore][bfv]") {
  TestCloud cloud(std::nullopt);
  cloud.script()
      .on("GET", kAttachments, 200, two_attachments())
      .expect(call("GET", kCinder + "/volumes/" + kBootVolume, 200, fixture("volume/volume_in_use.json"), std::nullopt,
                   volume_microversion))
      .on("GET", kCinder + "/snapshots/detail?volume_id=" + kBootVolume, 200, fixture("volume/snapshots_of_server.json"))
      .on("GET", kCinder + "/snapshots/" + kBootSnapshot, 200, fixture("volume/snapshot_available.json"));
  // As rebuilt from a module result that did not say which volume boots.
  const ops::VolumeSnapshotRef ref{kBootVolume, kBootSnapshot, kRun + "-sda", "/dev/sda", false};
  CHECK_THAT(ops::volume_restore_refusal(*cloud.volume, volume_backed_server(), {ref}).value_or(""),
             Catch::Contains("it is the boot volume of server 'db-1'"));
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("without a Cinder client, a volume-backed snapshot is refused before any change", "[snapshot][bfv]") {
  TestCloud cloud;
  cloud.script().on("GET", kServer, 200, fixture("compute/server_volume_backed.json"));
  CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, snapshot_rescue(), cloud.clock),
                    Catch::Contains("is volume-backed") && Catch::Contains("Nothing was changed"));
  CHECK(cloud.transport->remaining() == 0);
  CHECK(snapshot_posts(cloud) == 0);
}
