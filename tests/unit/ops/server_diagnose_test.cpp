#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "ops/errors.hpp"
#include "ops/server_diagnose.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

// A console log captured from a real guest (tests/fixtures/diagnose/real), as Nova's
// os-getConsoleOutput answer.
json console_answer(const std::string& real_log) {
  std::ifstream in(std::string(STACKRESCUE_FIXTURES_DIR) + "/diagnose/real/" + real_log, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  REQUIRE_FALSE(text.str().empty());
  return json{{"output", text.str()}};
}

const json kFakeConsole = json{{"output", "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE"}};

// The captured actions, the newest (a rescue) moved to `seconds_ago` before the fake clock.
json actions(double seconds_ago, const std::string& newest = "rescue") {
  json doc = fixture("compute/instance_actions.json");
  const std::time_t at = static_cast<std::time_t>(FakeClock().unix_now() - seconds_ago);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S.000000", std::gmtime(&at));
  doc["instanceActions"][0]["start_time"] = text;
  doc["instanceActions"][0]["action"] = newest;
  return doc;
}

openstack::Server server(const std::string& status = "ACTIVE", int power_state = 1) {
  auto s = openstack::parse_server(fixture("compute/server_active.json")["server"]);
  s.status = status;
  s.power_state = power_state;
  return s;
}

void script_reads(TestCloud& cloud, const json& actions_doc, const json& console, const std::string& id = kServerId) {
  cloud.script().on("GET", "/servers/" + id + "/os-instance-actions?limit=5", 200, actions_doc);
  cloud.script().expect(call("POST", "/servers/" + id + "/action", 200, console,
                             json{{"os-getConsoleOutput", json::object()}}));
}

ops::ServerDiagnosis read_and_diagnose(TestCloud& cloud, const openstack::Server& s, ops::DiagnoseOptions options = {}) {
  return ops::diagnose_server(*cloud.compute, s, options, cloud.clock);
}

}  // namespace

TEST_CASE("a real guest in emergency mode for a gone fstab disk: boot_failed, and what to repair", "[diagnose]") {
  TestCloud cloud;
  script_reads(cloud, actions(900), console_answer("debian-fstab-gone-disk.log"));
  const auto d = read_and_diagnose(cloud, server());
  CHECK(d.state == "boot_failed");
  CHECK(d.reason == "the boot stopped: fstab_mount_failed (/srv/archive), emergency_mode");
  const json values = ops::return_values(d);
  CHECK(values["repair_tasks"] == json::array({"fstab"}));
  CHECK(values["repair_vars"] == json{{"repair_fstab_mountpoints", {"/srv/archive"}}});
  REQUIRE(values["findings"].size() == 2);
  CHECK(values["findings"][0]["kind"] == "fstab_mount_failed");
  CHECK(values["findings"][0]["evidence"][0]["text"] == "[DEPEND] Dependency failed for srv-archive.mount - /srv/archive.");
  CHECK(values["boot"]["read"] == "last");
  CHECK(values["boot"]["kernel"] == "6.1.0-57-amd64");
  CHECK(values["actions"].size() == 5);
  CHECK(values["actions"][0]["action"] == "rescue");
  CHECK(values["console_log"]["available"] == true);
  CHECK(values["server"]["id"] == kServerId);
  CHECK(cloud.script().remaining() == 0);
}

TEST_CASE("a real guest at its login prompt is booted", "[diagnose]") {
  TestCloud cloud;
  script_reads(cloud, actions(30), console_answer("debian-booted.log"));
  const auto d = read_and_diagnose(cloud, server());
  CHECK(d.state == "booted");
  CHECK(d.log.findings.empty());
  CHECK(d.reason.find("login: ") != std::string::npos);
}

TEST_CASE("neither failure nor login: booting while young, unknown after boot_timeout or when stopped", "[diagnose]") {
  SECTION("a reboot 30 s ago") {
    TestCloud cloud;
    script_reads(cloud, actions(30, "reboot"), kFakeConsole);
    const auto d = read_and_diagnose(cloud, server());
    CHECK(d.state == "booting");
    CHECK(d.reason == "its last boot (reboot, 30 s ago) shows no failure and not yet the system up");
  }
  SECTION("a reboot longer ago than boot_timeout") {
    TestCloud cloud;
    script_reads(cloud, actions(301, "reboot"), kFakeConsole);
    const auto d = read_and_diagnose(cloud, server());
    CHECK(d.state == "unknown");
    CHECK(d.reason.find("after 301 s (reboot)") != std::string::npos);
    const json values = ops::return_values(d);
    CHECK(values["log_tail"].back()["text"] == "LAST LINE");  // the evidence of an unknown end
    CHECK(values["findings"].empty());
  }
  SECTION("the newest action does not boot (a snapshot): the boot before it dates the boot") {
    TestCloud cloud;
    auto doc = actions(10, "createImage");  // entries 1.. are months before the fake clock
    script_reads(cloud, doc, kFakeConsole);
    CHECK(read_and_diagnose(cloud, server()).state == "unknown");
  }
  SECTION("a stopped server") {
    TestCloud cloud;
    script_reads(cloud, actions(30, "reboot"), kFakeConsole);
    const auto d = read_and_diagnose(cloud, server("SHUTOFF", 4));
    CHECK(d.state == "unknown");
    CHECK(d.reason.find("not running (status SHUTOFF)") != std::string::npos);
  }
  SECTION("a server in ERROR says its fault") {
    TestCloud cloud;
    script_reads(cloud, actions(30, "reboot"), kFakeConsole);
    auto s = server("ERROR");
    s.fault = openstack::Fault{500, "No valid host was found.", kFreshFaultTime};
    const auto d = read_and_diagnose(cloud, s);
    CHECK(d.state == "unknown");
    CHECK(d.reason.find("No valid host was found.") != std::string::npos);
  }
}

TEST_CASE("a rescued server whose log shows only the rescue system: unknown, not the rescue system's health",
          "[diagnose]") {
  TestCloud cloud;
  script_reads(cloud, actions(30), console_answer("debian-booted.log"));
  const auto d = read_and_diagnose(cloud, server("RESCUE"));
  CHECK(d.state == "unknown");
  CHECK(d.boot_read == "before_rescue");
  CHECK(d.reason == "it is rescued, and its console log shows only the rescue system's boot");
}

TEST_CASE("no console log at Nova: no_output with Nova's reason", "[diagnose]") {
  TestCloud cloud;
  cloud.script().on("GET", "/os-instance-actions", 200, actions(30));
  cloud.script().on("POST", kServerPath + "/action", 404, fixture("compute/console_unavailable.json"));
  const auto d = read_and_diagnose(cloud, server());
  CHECK(d.state == "no_output");
  CHECK_FALSE(d.console_available);
  CHECK(d.reason.rfind("Nova has no console log for it: ", 0) == 0);
}

TEST_CASE("instance actions: Nova's limit from 2.58, cut here below", "[diagnose]") {
  TestCloud old_cloud("2.53");
  json many = fixture("compute/instance_actions.json");
  for (int i = 0; i < 4; ++i) many["instanceActions"].push_back(many["instanceActions"][0]);
  old_cloud.script().expect(call("GET", "/os-instance-actions", 200, many, std::nullopt, [](const http::Request& r) {
    CHECK(r.url.find("limit=") == std::string::npos);
  }));
  CHECK(old_cloud.compute->instance_actions(kServerId, 3).size() == 3);
}

TEST_CASE("a fleet is read in parallel on one session; a server that cannot be read does not stop the others",
          "[diagnose]") {
  TestCloud cloud;
  const std::vector<std::string> ids = {"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                                        "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004"};
  cloud.compute->microversions();  // the version document, read once before the threads start
  cloud.script().any_order_from_here();
  std::vector<openstack::Server> fleet;
  for (const auto& id : ids) {
    auto s = server();
    s.id = id;
    fleet.push_back(s);
    const bool broken = id == ids[2];
    cloud.script().on("GET", "/servers/" + id + "/os-instance-actions", 200, actions(900));
    if (broken) cloud.script().on("POST", "/servers/" + id + "/action", 500, json{{"computeFault", {{"message", "boom"}}}});
    else cloud.script().expect(call("POST", "/servers/" + id + "/action", 200, console_answer(id == ids[0] ? "el-xfs-root.log" : "el-booted.log")));
  }
  ops::DiagnoseOptions options;
  options.parallel = 3;
  const auto all = ops::diagnose_servers(*cloud.compute, fleet, options, cloud.clock);
  REQUIRE(all.size() == 4);
  CHECK(all[0].server.id == ids[0]);
  CHECK(all[0].state == "boot_failed");
  CHECK(all[1].state == "booted");
  CHECK(all[2].state == "unknown");
  REQUIRE(all[2].error);
  CHECK(all[2].error->find("boom") != std::string::npos);
  CHECK(all[3].state == "booted");
  CHECK(ops::state_counts(all) == json{{"booted", 2}, {"booting", 0}, {"boot_failed", 1}, {"no_output", 0}, {"unknown", 1}});
  CHECK(ops::describe_counts(ops::state_counts(all)) == "2 booted, 1 boot_failed, 1 unknown");
  CHECK(cloud.script().remaining() == 0);
  CHECK(cloud.session->token_requests() == 1);
}

TEST_CASE("parallel and boot_timeout are checked before any request", "[diagnose]") {
  ops::DiagnoseOptions options;
  options.parallel = 0;
  CHECK_THROWS_WITH(ops::check_options(options), "parallel must be between 1 and 32, got 0");
  options.parallel = 33;
  CHECK_THROWS_AS(ops::check_options(options), ops::OperationFailed);
  options.parallel = 8;
  options.boot_timeout = std::chrono::seconds(-1);
  CHECK_THROWS_WITH(ops::check_options(options), "boot_timeout must be 0 or more seconds, got -1");
}
