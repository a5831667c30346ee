#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "console/lock.hpp"
#include "openstack/errors.hpp"
#include "ops/errors.hpp"
#include "ops/server_rescue.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;
using std::chrono::seconds;

namespace {

const std::string kAction = kServerPath + "/action";
const std::string kTagged = ":9292/v2/images?tag=system-rescue";

ops::RescueRequest rescue(const std::string& server = kServerId) {
  ops::RescueRequest request;
  request.server = server;
  return request;
}

// The console locks of these tests (an unrescue takes one), not the user's token cache.
const std::string kLockDir =
    (std::filesystem::temp_directory_path() / ("srescue-test-" + std::to_string(::getpid()))).string();

ops::RescueRequest unrescue(const std::string& server = kServerId) {
  auto request = rescue(server);
  request.state = ops::Goal::Unrescued;
  request.lock_directory = kLockDir;
  return request;
}

std::function<void(const http::Request&)> microversion(const std::string& version) {
  return [version](const http::Request& request) {
    CHECK(request.headers.get("OpenStack-API-Version") == "compute " + version);
  };
}

ExpectedCall rescue_post(const json& body) {
  return call("POST", kAction, 200, fixture("compute/rescue_accepted.json"), body, microversion("2.87"));
}

const json kRescueWithTaggedImage = {{"rescue", {{"rescue_image_ref", kRescueImageId}}}};

ops::RescueOutcome plan_and_run(TestCloud& cloud, const ops::RescueRequest& request) {
  auto plan = ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request);
  return ops::carry_out(*cloud.compute, *cloud.image, *cloud.volume, plan, cloud.clock);
}

int posts(TestCloud& cloud) { return cloud.transport->count("POST", "/action"); }

}  // namespace

TEST_CASE("rescue with the newest active tagged image, waiting on task_state", "[rescue]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
      .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
      .expect(rescue_post(kRescueWithTaggedImage))
      .on("GET", kServerPath, 200, fixture("compute/server_rescuing.json"))  // as captured
      .on("GET", kServerPath, 200, fixture("compute/server_rescued.json"));
  auto out = plan_and_run(cloud, rescue());
  CHECK(out.changed);
  CHECK(out.server.status == "RESCUE");
  REQUIRE(out.rescue_image);
  CHECK(out.rescue_image->name == "stackrescue-rescue");  // the newer one is queued, the older deactivated
  CHECK(out.admin_password == std::string("Qx7rT2mB9wLk"));
  CHECK(out.message == "rescued server 'web-1' (" + kServerId + ") with image 'stackrescue-rescue' (" +
                           kRescueImageId + ")");
  auto values = ops::return_values(out);
  CHECK(values["rescue_image"] == json{{"id", kRescueImageId}, {"name", "stackrescue-rescue"}});
  CHECK(values["admin_password"] == "Qx7rT2mB9wLk");
  CHECK(values["server"]["vm_state"] == "rescued");
  auto diff = ops::diff(out);
  CHECK(diff["before"] == json{{"status", "ACTIVE"}, {"vm_state", "active"}});
  CHECK(diff["after"] == json{{"status", "RESCUE"}, {"vm_state", "rescued"}});
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("an already rescued server: no image lookup, no action, unchanged", "[rescue]") {
  TestCloud cloud;
  cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
  auto out = plan_and_run(cloud, rescue());
  CHECK_FALSE(out.changed);
  CHECK(posts(cloud) == 0);
  CHECK_FALSE(out.rescue_image);
  CHECK_FALSE(out.admin_password);
  CHECK(ops::diff(out)["before"] == ops::diff(out)["after"]);
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("unrescue, and an already unrescued server left alone", "[rescue]") {
  SECTION("rescued → unrescue → active") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"))
        .expect(call("POST", kAction, 202, nullptr, json{{"unrescue", nullptr}}))
        .on("GET", kServerPath, 200, fixture("compute/server_unrescuing.json"))  // as captured
        .on("GET", kServerPath, 200, fixture("compute/server_active.json"));
    auto out = plan_and_run(cloud, unrescue());
    CHECK(out.changed);
    CHECK(out.server.status == "ACTIVE");
    CHECK(ops::diff(out)["before"]["status"] == "RESCUE");
    CHECK(ops::diff(out)["after"]["status"] == "ACTIVE");
    CHECK(cloud.transport->remaining() == 0);
  }
  SECTION("active: nothing to do") {
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    auto out = plan_and_run(cloud, unrescue());
    CHECK_FALSE(out.changed);
    CHECK(posts(cloud) == 0);
  }
  SECTION("a stopped server is not rescued either") {
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("SHUTOFF", "stopped"));
    CHECK_FALSE(plan_and_run(cloud, unrescue()).changed);
  }
}

TEST_CASE("check mode predicts exactly and sends no action", "[rescue][check]") {
  SECTION("would rescue") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"));
    auto plan = ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue());
    auto out = ops::predict(plan);
    CHECK(out.changed);
    CHECK(posts(cloud) == 0);
    CHECK(out.rescue_image->id == kRescueImageId);
    CHECK(ops::diff(out)["after"] == json{{"status", "RESCUE"}, {"vm_state", "rescued"}});
    CHECK_THAT(out.message, Catch::StartsWith("would rescue server 'web-1'"));
    CHECK_FALSE(ops::return_values(out).contains("admin_password"));
  }
  SECTION("already rescued: unchanged, before == after") {
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = ops::predict(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, rescue()));
    CHECK_FALSE(out.changed);
    CHECK(ops::diff(out)["before"] == json{{"status", "RESCUE"}, {"vm_state", "rescued"}});
    CHECK(ops::diff(out)["after"] == ops::diff(out)["before"]);
  }
  SECTION("a refusal is predicted too: a queued image fails in check mode") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", ":9292/v2/images/" + kQueuedImageId, 200, fixture("image/image_rescue_queued.json"));
    auto request = rescue();
    request.image = kQueuedImageId;
    CHECK_THROWS_AS(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request), ops::OperationFailed);
  }
}

TEST_CASE("a rescue already in progress is waited for, unchanged", "[rescue]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"))
      .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
  auto out = plan_and_run(cloud, rescue());
  CHECK_FALSE(out.changed);
  CHECK(out.server.status == "RESCUE");
  CHECK(posts(cloud) == 0);
  CHECK(ops::diff(out)["before"] == ops::diff(out)["after"]);
  CHECK_THAT(out.message, Catch::Contains("already in progress"));
}

TEST_CASE("an unrescue in progress is waited for, then the server is rescued", "[rescue]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, server_json("RESCUE", "rescued", "unrescuing"))
      .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
      .expect(rescue_post(kRescueWithTaggedImage))
      .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
  auto out = plan_and_run(cloud, rescue());
  CHECK(out.changed);
  CHECK(ops::diff(out)["before"]["status"] == "ACTIVE");
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("a 409 race resolves to the server's real state", "[rescue][race]") {
  SECTION("someone else rescued it meanwhile: unchanged, no second POST") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 409, fixture("compute/conflict_rescued.json"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK_FALSE(out.changed);
    CHECK(out.server.status == "RESCUE");
    CHECK(posts(cloud) == 1);
    CHECK_FALSE(out.admin_password);
    CHECK_THAT(out.message, Catch::Contains("someone else"));
  }
  SECTION("someone else's rescue is under way: waited for, unchanged") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 409, json{{"conflictingRequest", {{"code", 409}, {"message", "Cannot 'rescue' instance " + kServerId + " while it is in task_state rescuing"}}}})
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK_FALSE(out.changed);
    CHECK(out.server.status == "RESCUE");
  }
  SECTION("locked: the refusal stands, with Nova's message") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 409, fixture("compute/conflict_locked.json"))
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()),
                      "Nova refused to rescue server 'web-1' (" + kServerId + "): Instance " + kServerId +
                          " is locked (now status ACTIVE, vm_state active, task_state none)");
  }
  SECTION("unrescue of a server someone else unrescued: unchanged") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"))
        .on("POST", kAction, 409, fixture("compute/conflict_unrescue_active.json"))
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    auto out = plan_and_run(cloud, unrescue());
    CHECK_FALSE(out.changed);
  }
}

TEST_CASE("a lost answer to the rescue POST is never re-sent", "[rescue][race]") {
  SECTION("the server shows the rescue: waited for, changed, password unknown") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on_error("POST", kAction, http::TransportError::Kind::ReadTimeout)
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK(out.changed);
    CHECK(posts(cloud) == 1);
    CHECK_FALSE(out.admin_password);
    REQUIRE(out.warnings.size() == 1);
    CHECK_THAT(out.warnings[0], Catch::Contains("not sent again"));
  }
  SECTION("a 502 from a proxy, and the server shows the rescue: the same") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 502, std::string("<html>Bad Gateway</html>"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK(out.changed);
    CHECK(posts(cloud) == 1);
    CHECK(out.server.status == "RESCUE");
  }
  SECTION("a 200 whose body is not Nova's (a proxy's page): treated as a lost answer") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 200, std::string("<html>welcome to the proxy</html>"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK(out.changed);
    CHECK(posts(cloud) == 1);
    REQUIRE(out.warnings.size() == 1);
    CHECK_THAT(out.warnings[0], Catch::Contains("not JSON"));
  }
  SECTION("Nova's 500 for the loser of two simultaneous rescues: no action of ours, unchanged") {
    TestCloud cloud;
    http::Headers nova;
    nova.set("X-OpenStack-Request-Id", "req-loser-1");
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 500,
            nlohmann::json{{"computeFault", {{"code", 500}, {"message", "Unexpected API Error."}}}}, nova)
        .on("GET", "/os-instance-actions/req-loser-1", 404,
            nlohmann::json{{"itemNotFound", {{"code", 404}, {"message", "Action not found."}}}})
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK_FALSE(out.changed);
    CHECK_THAT(out.message, Catch::Contains("started by someone else meanwhile"));
    CHECK(out.server.status == "RESCUE");
    CHECK(posts(cloud) == 1);
  }
  SECTION("Nova's 500 after it recorded our action: the outcome is read from the server") {
    TestCloud cloud;
    http::Headers nova;
    nova.set("X-OpenStack-Request-Id", "req-ours-1");
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 500,
            nlohmann::json{{"computeFault", {{"code", 500}, {"message", "Unexpected API Error."}}}}, nova)
        .on("GET", "/os-instance-actions/req-ours-1", 200,
            nlohmann::json{{"instanceAction", {{"action", "rescue"}, {"request_id", "req-ours-1"}}}})
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto out = plan_and_run(cloud, rescue());
    CHECK(out.changed);
    CHECK(posts(cloud) == 1);
  }
  SECTION("a 400 is Nova's answer: no re-read, no resend") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", kAction, 400, fixture("compute/rescue_image_not_supported.json"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()), Catch::Contains("is not supported"));
    CHECK(cloud.transport->remaining() == 0);
  }
  SECTION("the server shows nothing: fail, still one POST") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on_error("POST", kAction, http::TransportError::Kind::ConnectionReset)
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()), Catch::Contains("not sent again, to avoid acting twice"));
    CHECK(posts(cloud) == 1);
  }
}

TEST_CASE("failures while waiting", "[rescue][wait]") {
  SECTION("ERROR with a fresh fault: Nova's message") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(rescue_post(kRescueWithTaggedImage))
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"))
        .on("GET", kServerPath, 200,
            with_fault(server_json("ERROR", "error"), kFreshFaultTime,
                       "Instance " + kServerId + " cannot be rescued: Driver Error: no such image"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()),
                      "rescue of server 'web-1' (" + kServerId + ") failed: the server went to ERROR: Instance " +
                          kServerId + " cannot be rescued: Driver Error: no such image");
  }
  SECTION("an ERROR server rescues fine although its status says ERROR while rescuing") {
    TestCloud cloud;
    auto broken = server_json("ERROR", "error", std::nullopt, "compute/server_error.json");
    auto rescuing = server_json("ERROR", "error", std::string("rescuing"), "compute/server_error.json");
    cloud.script()
        .on("GET", kServerPath, 200, broken)
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(rescue_post(kRescueWithTaggedImage))
        .on("GET", kServerPath, 200, rescuing)
        .on("GET", kServerPath, 200, rescuing)
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    CHECK(plan_and_run(cloud, rescue()).server.vm_state == "rescued");
  }
  SECTION("an ERROR server whose rescue fails with no new fault: its old fault is not the cause") {
    TestCloud cloud;
    auto broken = server_json("ERROR", "error", std::nullopt, "compute/server_error.json");
    cloud.script()
        .on("GET", kServerPath, 200, broken)
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(rescue_post(kRescueWithTaggedImage))
        .on("GET", kServerPath, 200, server_json("ERROR", "error", std::string("rescuing"), "compute/server_error.json"))
        .on("GET", kServerPath, 200, broken);
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()),
                      Catch::Contains("Nova recorded no new fault") &&
                          Catch::Contains("predates this rescue: Build of instance failed: old failure"));
  }
  SECTION("back to ACTIVE with no fault: rolled back") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(rescue_post(kRescueWithTaggedImage))
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"))
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()), Catch::Contains("rolled back before reaching the hypervisor"));
  }
  SECTION("timeout names the last state") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(rescue_post(kRescueWithTaggedImage));
    for (int i = 0; i < 4; ++i) cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
    auto request = rescue();
    request.timeout = seconds(2);
    CHECK_THROWS_WITH(plan_and_run(cloud, request),
                      Catch::Contains("timed out after 2 s") &&
                          Catch::Contains("last seen status ACTIVE, vm_state active, task_state rescuing"));
  }
  SECTION("deleted while waiting") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(rescue_post(kRescueWithTaggedImage))
        .on("GET", kServerPath, 404, fixture("compute/not_found.json"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()), Catch::Contains("was deleted while waiting"));
  }
}

TEST_CASE("wait: false returns once Nova accepted, with the server as re-read", "[rescue]") {
  TestCloud cloud;
  cloud.script()
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
      .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
      .expect(rescue_post(kRescueWithTaggedImage))
      .on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  auto request = rescue();
  request.wait = false;
  auto out = plan_and_run(cloud, request);
  CHECK(out.changed);
  CHECK(out.server.task_state == std::string("rescuing"));
  CHECK(ops::diff(out)["after"]["status"] == "RESCUE");  // where Nova takes it
  CHECK(cloud.clock.sleeps.empty());
  CHECK_THAT(out.message, Catch::Contains("not waiting"));
}

TEST_CASE("the rescue request body follows the options", "[rescue]") {
  SECTION("use_base_image sends {\"rescue\": null}") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .expect(rescue_post(json{{"rescue", nullptr}}))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto request = rescue();
    request.use_base_image = true;
    auto out = plan_and_run(cloud, request);
    CHECK(out.changed);
    CHECK_FALSE(out.rescue_image);
    CHECK_THAT(out.message, Catch::EndsWith("with its own image"));
  }
  SECTION("a given password is sent and never returned") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", ":9292/v2/images/" + kRescueImageId, 200, fixture("image/image_rescue_active.json"))
        .expect(rescue_post(json{{"rescue", {{"rescue_image_ref", kRescueImageId}, {"adminPass", "chosen-pw-1"}}}}))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto request = rescue();
    request.image = kRescueImageId;
    request.admin_password = "chosen-pw-1";
    auto out = plan_and_run(cloud, request);
    CHECK_FALSE(out.admin_password);
    CHECK_FALSE(ops::return_values(out).contains("admin_password"));
  }
  SECTION("below 2.87 the highest supported microversion is used for an image-backed server") {
    TestCloud cloud("2.60");
    cloud.script()
        .on("GET", kServerPath, 200, server_json("ACTIVE", "active"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(call("POST", kAction, 200, fixture("compute/rescue_accepted.json"), kRescueWithTaggedImage,
                     microversion("2.60")))
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    CHECK(plan_and_run(cloud, rescue()).changed);
  }
}

TEST_CASE("option conflicts fail before anything is sent", "[rescue]") {
  TestCloud cloud;
  auto request = rescue();
  request.use_base_image = true;
  request.image = "stackrescue-rescue";
  CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                    Catch::Contains("use_base_image and image are mutually exclusive"));
  request.image.reset();
  request.image_tag_given = true;
  CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                    Catch::Contains("use_base_image and image_tag are mutually exclusive"));
  request.image_tag_given = false;
  request.use_base_image = false;
  request.timeout = seconds(-1);
  CHECK_THROWS_WITH(ops::plan_rescue(*cloud.compute, *cloud.image, *cloud.volume, request),
                    "timeout must be 0 or more seconds, not -1");
  CHECK(cloud.transport->sent().empty());
}

TEST_CASE("servers Nova cannot rescue are refused before calling it", "[rescue]") {
  SECTION("paused") {
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("PAUSED", "paused"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()),
                      Catch::Contains("Nova rescues only servers in vm_state active, stopped or error"));
    CHECK(posts(cloud) == 0);
  }
  SECTION("another task in progress") {
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "powering-off"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue()), Catch::Contains("has task 'powering-off' in progress"));
  }
}

TEST_CASE("a volume-backed server, with the answers Nova gave for one", "[rescue][bfv]") {
  const std::string path = "/v2.1/servers/" + kVolumeServerId;
  SECTION("rescued at 2.87 with the tagged image; its volume stays attached") {
    TestCloud cloud;
    cloud.script()
        .on("GET", path, 200, fixture("compute/server_volume_backed.json"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .expect(call("POST", path + "/action", 200, fixture("compute/rescue_accepted.json"), kRescueWithTaggedImage,
                     microversion("2.87")))
        .on("GET", path, 200, fixture("compute/server_volume_backed_rescued.json"));
    auto out = plan_and_run(cloud, rescue(kVolumeServerId));
    CHECK(out.changed);
    CHECK(out.server.status == "RESCUE");
    CHECK(out.server.volume_backed);
    CHECK(out.rescue_image->id == kRescueImageId);
  }
  SECTION("Nova's own refusal (its checks differ from ours, e.g. the host's trait) is passed on, sent once") {
    TestCloud cloud;
    cloud.script()
        .on("GET", path, 200, fixture("compute/server_volume_backed.json"))
        .on("GET", kTagged, 200, fixture("image/images_tagged.json"))
        .on("POST", path + "/action", 400, fixture("compute/rescue_volume_backed_below_2_87.json"));
    CHECK_THROWS_WITH(plan_and_run(cloud, rescue(kVolumeServerId)),
                      Catch::Contains("Cannot rescue a volume-backed instance"));
    CHECK(posts(cloud) == 1);
  }
}

TEST_CASE("an unrescue waits for the console lock rescue_command holds while it types", "[rescue][console_lock]") {
  SECTION("held past the timeout: fails, nothing sent") {
    const auto held = console::lock_console(kServerId, std::chrono::milliseconds(100), kLockDir);
    REQUIRE(held.held());
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    auto request = unrescue();
    request.timeout = seconds(1);
    CHECK_THROWS_WITH(plan_and_run(cloud, request),
                      Catch::Contains("another run is typing into the console of") &&
                          Catch::Contains("(console lock held); not unrescuing under it"));
    CHECK(posts(cloud) == 0);
  }
  SECTION("free: taken before the POST and held until the unrescue is done") {
    const auto lock_is_held = [](const http::Request&) {
      CHECK_FALSE(console::try_lock_console(kServerId, std::chrono::milliseconds(0), kLockDir).held());
    };
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"))
        .expect(call("POST", kAction, 202, nullptr, json{{"unrescue", nullptr}}, lock_is_held))
        .expect(call("GET", kServerPath, 200, fixture("compute/server_active.json"), std::nullopt, lock_is_held));
    CHECK(plan_and_run(cloud, unrescue()).changed);
    CHECK(console::try_lock_console(kServerId, std::chrono::milliseconds(0), kLockDir).held());  // released
  }
  SECTION("nothing to unrescue: no lock needed, so a held one does not matter") {
    const auto held = console::lock_console(kServerId, std::chrono::milliseconds(100), kLockDir);
    TestCloud cloud;
    cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
    auto request = unrescue();
    request.timeout = seconds(1);
    CHECK_FALSE(plan_and_run(cloud, request).changed);
  }
  SECTION("the lock directory is unusable (so no rescue_command of ours can run): unrescued, with a warning") {
    TestCloud cloud;
    cloud.script()
        .on("GET", kServerPath, 200, server_json("RESCUE", "rescued"))
        .expect(call("POST", kAction, 202, nullptr, json{{"unrescue", nullptr}}))
        .on("GET", kServerPath, 200, fixture("compute/server_active.json"));
    auto request = unrescue();
    request.lock_directory = "/proc/no-such-dir";
    const auto out = plan_and_run(cloud, request);
    CHECK(out.changed);
    REQUIRE(out.warnings.size() == 1);
    CHECK_THAT(out.warnings[0], Catch::Contains("/proc/no-such-dir") && Catch::Contains("without the console lock"));
  }
  std::filesystem::remove_all(kLockDir);
}
