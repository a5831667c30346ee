#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "ops/errors.hpp"
#include "ops/server_rescue_info.hpp"
#include "ops/wait.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

openstack::Server server(const std::string& status, const std::string& vm_state,
                         const std::optional<std::string>& task = std::nullopt) {
  return openstack::parse_server(server_json(status, vm_state, task)["server"]);
}

openstack::Server with_fault(openstack::Server s, const std::string& created, const std::string& message) {
  s.fault = openstack::Fault{400, message, created};
  return s;
}

const ops::FaultBaseline kOurs{1795000000.0, std::nullopt};

}  // namespace

TEST_CASE("timestamps as Nova prints them are read as UTC", "[wait]") {
  CHECK(ops::parse_timestamp("2026-11-18T11:06:40Z") == Approx(1795000000.0));
  CHECK(ops::parse_timestamp("2026-11-18T11:06:40") == Approx(1795000000.0));
  CHECK(ops::parse_timestamp("2026-11-18T11:06:40.500000") == Approx(1795000000.5));
  CHECK(ops::parse_timestamp("2026-11-18T12:06:40+01:00") == Approx(1795000000.0));
  CHECK_FALSE(ops::parse_timestamp("yesterday"));
}

TEST_CASE("a fault counts as ours only when newer than our request and not the one seen before", "[wait]") {
  const ops::FaultBaseline since{1795000000.0, std::string("2026-11-20T08:00:00Z")};
  CHECK(since.is_new({400, "now", "2026-11-18T11:06:41Z"}));
  CHECK(since.is_new({400, "same second, printed without fractions", "2026-11-18T11:06:39Z"}));
  CHECK_FALSE(since.is_new({400, "an hour older", "2026-11-18T10:06:40Z"}));
  CHECK_FALSE(since.is_new({400, "the one seen before", "2026-11-20T08:00:00Z"}));
  const ops::FaultBaseline someone_elses{std::nullopt, std::string("2026-11-20T08:00:00Z")};
  CHECK(someone_elses.is_new({400, "different", "2026-11-10T08:00:00Z"}));
  CHECK_FALSE(someone_elses.is_new({400, "same", "2026-11-20T08:00:00Z"}));
}

TEST_CASE("the tracker decides on task_state, not on status", "[wait]") {
  SECTION("rescuing keeps waiting even while status says ERROR") {
    ops::TaskTracker tracker(ops::Goal::Rescued, kOurs, false);
    CHECK(tracker.observe(server("ERROR", "error", "rescuing")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(server("RESCUE", "rescued")) == ops::Verdict::Reached);
  }
  SECTION("ERROR with a fault newer than our request fails with Nova's message") {
    ops::TaskTracker tracker(ops::Goal::Rescued, kOurs, false);
    CHECK(tracker.observe(server("ACTIVE", "active", "rescuing")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(with_fault(server("ERROR", "error"), kFreshFaultTime, "Driver Error: boom")) ==
          ops::Verdict::Failed);
    CHECK_THAT(tracker.failure(), Catch::Contains("went to ERROR: Driver Error: boom"));
  }
  SECTION("ERROR with only the old fault fails without blaming it") {
    ops::TaskTracker tracker(ops::Goal::Rescued, {1795000000.0, std::string("2026-11-10T08:00:00Z")}, false);
    CHECK(tracker.observe(server("ERROR", "error", "rescuing")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(with_fault(server("ERROR", "error"), "2026-11-10T08:00:00Z", "old failure")) ==
          ops::Verdict::Failed);
    CHECK_THAT(tracker.failure(), Catch::Contains("no new fault"));
    CHECK_THAT(tracker.failure(), Catch::Contains("predates this rescue: old failure"));
  }
  SECTION("back to active after rescuing is a rollback") {
    ops::TaskTracker tracker(ops::Goal::Rescued, kOurs, false);
    CHECK(tracker.observe(server("ACTIVE", "active", "rescuing")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(server("ACTIVE", "active")) == ops::Verdict::Failed);
    CHECK_THAT(tracker.failure(), Catch::Contains("rolled back before reaching the hypervisor"));
  }
  SECTION("never seeing the task: a rollback only after the grace polls") {
    ops::TaskTracker tracker(ops::Goal::Rescued, kOurs, false, 2);
    CHECK(tracker.observe(server("ACTIVE", "active")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(server("ACTIVE", "active")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(server("ACTIVE", "active")) == ops::Verdict::Failed);
  }
  SECTION("UNKNOWN (a cell that is down) and someone else's task keep waiting") {
    ops::TaskTracker tracker(ops::Goal::Rescued, kOurs, true);
    CHECK(tracker.observe(server("UNKNOWN", "")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(server("ACTIVE", "active", "powering-off")) == ops::Verdict::KeepWaiting);
  }
  SECTION("unrescue: unrescuing waits, active is done, still rescued after the task is a rollback") {
    ops::TaskTracker tracker(ops::Goal::Unrescued, kOurs, false);
    CHECK(tracker.observe(server("RESCUE", "rescued", "unrescuing")) == ops::Verdict::KeepWaiting);
    CHECK(tracker.observe(server("ACTIVE", "active")) == ops::Verdict::Reached);
    ops::TaskTracker stuck(ops::Goal::Unrescued, kOurs, true);
    CHECK(stuck.observe(server("RESCUE", "rescued")) == ops::Verdict::Failed);
    CHECK_THAT(stuck.failure(), Catch::Contains("unrescue of server 'web-1'"));
  }
}

TEST_CASE("wait_for polls from 0.25 s backing off to 2 s", "[wait]") {
  TestCloud cloud;
  cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  for (int i = 0; i < 7; ++i) cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
  auto start = cloud.compute->get_server(kServerId);
  auto done = ops::wait_for(*cloud.compute, start, ops::Goal::Rescued, kOurs, true,
                            ops::Deadline::after(cloud.clock, seconds(600)), cloud.clock);
  CHECK(done.status == "RESCUE");
  CHECK(cloud.clock.sleeps == std::vector<milliseconds>{milliseconds(250), milliseconds(375), milliseconds(563),
                                                        milliseconds(845), milliseconds(1268), milliseconds(1902),
                                                        milliseconds(2000), milliseconds(2000)});
  CHECK(cloud.transport->remaining() == 0);
}

TEST_CASE("wait_for times out naming the last status, vm_state and task_state", "[wait]") {
  TestCloud cloud;
  cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  for (int i = 0; i < 4; ++i) cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  auto start = cloud.compute->get_server(kServerId);
  CHECK_THROWS_WITH(ops::wait_for(*cloud.compute, start, ops::Goal::Rescued, kOurs, true,
                                  ops::Deadline::after(cloud.clock, seconds(2)), cloud.clock),
                    "timed out after 2 s waiting for server 'web-1' (" + kServerId +
                        ") to reach RESCUE (rescue); last seen status ACTIVE, vm_state active, task_state rescuing");
  // The last sleep is cut to the deadline: 0.25 + 0.375 + 0.563 + 0.812 = 2 s.
  CHECK(cloud.clock.sleeps.back() == milliseconds(812));
}

TEST_CASE("a failed wait returns the server as last seen with the failure", "[wait]") {
  TestCloud cloud;
  cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active"));
  auto start = cloud.compute->get_server(kServerId);
  try {
    ops::wait_for(*cloud.compute, start, ops::Goal::Rescued, kOurs, true,
                  ops::Deadline::after(cloud.clock, seconds(60)), cloud.clock);
    FAIL("no failure");
  } catch (const ops::OperationFailed& e) {
    CHECK(e.details()["server"]["id"] == kServerId);
    CHECK(e.details()["server"]["status"] == "ACTIVE");
    CHECK(e.details()["server"]["task_state"].is_null());
  }
}

TEST_CASE("wait_for reports a server deleted while waiting", "[wait]") {
  TestCloud cloud;
  cloud.script().on("GET", kServerPath, 200, server_json("ACTIVE", "active", "rescuing"));
  cloud.script().on("GET", kServerPath, 404, fixture("compute/not_found.json"));
  auto start = cloud.compute->get_server(kServerId);
  CHECK_THROWS_WITH(ops::wait_for(*cloud.compute, start, ops::Goal::Rescued, kOurs, true,
                                  ops::Deadline::after(cloud.clock, seconds(60)), cloud.clock),
                    Catch::Contains("was deleted while waiting for it to reach RESCUE"));
}

// Captured from the local cloud's libvirt host (tests/fixtures/capture/capture_console_fixtures.py):
// where a real hypervisor differs from the fake driver. A rescue from SHUTOFF shows
// (SHUTOFF, stopped, rescuing), then RESCUE with power_state 1 (the rescue domain runs; the
// fake driver shows 4).
TEST_CASE("libvirt: a rescue from SHUTOFF, as a real hypervisor reports it", "[wait]") {
  auto captured = [](const std::string& name) {
    return openstack::parse_server(fixture("compute/" + name + ".json")["server"]);
  };
  const auto rescuing = captured("server_libvirt_from_shutoff_shutoff_rescuing");
  const auto rescued = captured("server_libvirt_from_shutoff_rescue_none");
  CHECK(rescuing.status == "SHUTOFF");
  CHECK(rescued.power_state == 1);
  ops::TaskTracker tracker(ops::Goal::Rescued, kOurs, false);
  CHECK(tracker.observe(rescuing) == ops::Verdict::KeepWaiting);
  CHECK(tracker.observe(rescued) == ops::Verdict::Reached);
  CHECK(ops::is_rescued(captured("server_rescued_libvirt")));
}
