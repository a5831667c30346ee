#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "ops/server_console_log.hpp"
#include "ops/errors.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

const std::string kUp = "STACKRESCUE-RESCUE-UP " + kServerId;

openstack::Server rescued_server(TestCloud& cloud) {
  cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
  return cloud.compute->get_server(kServerId);
}

ExpectedCall console_call(const std::string& fixture_name, int status = 200,
                          std::optional<json> body = json{{"os-getConsoleOutput", json::object()}}) {
  return call("POST", kServerPath + "/action", status, fixture("compute/" + fixture_name), std::move(body));
}

}  // namespace

TEST_CASE("log lines: line ends of every kind, the last N, no empty last line", "[console_log]") {
  CHECK(ops::log_lines("a\r\nb\nc\rd\n", std::nullopt) == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(ops::log_lines("a\nb\nc", 2) == std::vector<std::string>{"b", "c"});
  CHECK(ops::log_lines("a\n\nb\n", 5) == std::vector<std::string>{"a", "", "b"});
  CHECK(ops::log_lines("", 5).empty());
}

TEST_CASE("wait_for must be a valid regular expression, checked before any request", "[console_log]") {
  CHECK_THROWS_WITH(ops::compile_wait_pattern("STACKRESCUE-(UP"),
                    Catch::StartsWith("wait_for is not a valid regular expression"));
  CHECK_THROWS_WITH(ops::compile_wait_pattern(""), Catch::StartsWith("wait_for is empty"));
  CHECK_NOTHROW(ops::compile_wait_pattern("STACKRESCUE-RESCUE-UP [0-9a-f-]{36}"));
}

TEST_CASE("a match is searched line by line, the newest line winning", "[console_log]") {
  const auto pattern = ops::compile_wait_pattern("^UP (\\d)$");
  CHECK(ops::last_match({"UP 1", "noise", "UP 2", "UP 3 and more"}, pattern) == std::string("UP 2"));
  CHECK_FALSE(ops::last_match({"U", "P 1"}, ops::compile_wait_pattern("U\\nP")));
  // Beyond the searched prefix of a very long line nothing matches.
  CHECK_FALSE(ops::last_match({std::string(ops::kMaxMatchedLineLength, 'x') + "UP"},
                              ops::compile_wait_pattern("UP")));
}

TEST_CASE("the last lines of a real guest's console log, Nova asked for that many", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  cloud.script().expect(console_call("console_output_boot_length5.json", 200,
                                     json{{"os-getConsoleOutput", {{"length", 5}}}}));
  const auto log = ops::read_console_log(*cloud.compute, server, 5);
  CHECK(log.available);
  REQUIRE(log.lines.size() == 5);
  CHECK(log.lines.back() == "/ # [6n/ # [6n");
  const auto values = ops::return_values(log);
  CHECK(values["log_lines"].size() == 5);
  CHECK(values["log"].get<std::string>().find("BusyBox v1.35.0") != std::string::npos);
  CHECK_FALSE(values.contains("match"));
}

TEST_CASE("no console log: available false with Nova's reason, not a failure", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  cloud.script().expect(console_call("console_unavailable.json", 404, std::nullopt));
  const auto log = ops::read_console_log(*cloud.compute, server, std::nullopt);
  CHECK_FALSE(log.available);
  CHECK(log.unavailable_reason == "Guest does not have a console available.");
  CHECK(ops::return_values(log)["unavailable_reason"] == "Guest does not have a console available.");
}

TEST_CASE("waiting: polls until the rescue system's line appears", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  cloud.script()
      .expect(console_call("console_unavailable.json", 404))  // the rescue domain is starting
      .expect(console_call("console_output_boot.json"))       // still the old log
      .expect(console_call("console_output_rescue.json"));
  const auto deadline = ops::Deadline::after(cloud.clock, std::chrono::seconds(60));
  const auto log = ops::wait_for_console_line(*cloud.compute, server, ops::compile_wait_pattern(kUp), kUp, 3,
                                              deadline, cloud.clock);
  CHECK(log.match == kUp);
  CHECK(log.lines.size() == 3);
  CHECK(log.waited_seconds == Approx(4.0));
  CHECK(ops::return_values(log)["match"] == kUp);
  CHECK(cloud.script().remaining() == 0);
}

TEST_CASE("waiting on the fake driver's canned log times out with its last lines", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  for (int i = 0; i < 4; ++i)
    cloud.script().on("POST", kServerPath + "/action", 200, fixture("compute/console_output_fake.json"));
  const auto deadline = ops::Deadline::after(cloud.clock, std::chrono::seconds(5));
  try {
    ops::wait_for_console_line(*cloud.compute, server, ops::compile_wait_pattern(kUp), kUp, 50, deadline,
                               cloud.clock);
    FAIL("no timeout");
  } catch (const ops::OperationFailed& e) {
    CHECK_THAT(e.what(), Catch::StartsWith("timed out after 5 s waiting for /" + kUp + "/ in the console log of"));
    CHECK_THAT(e.what(), Catch::EndsWith("its last 3 lines:\nFAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE\n"));
    CHECK(e.details()["log_lines"].size() == 3);
  }
  CHECK(cloud.script().count("POST", "/action") == 4);  // at 0, 2, 4 and 5 s
}

TEST_CASE("waiting where Nova has no console log fails naming Nova's reason", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  for (int i = 0; i < 2; ++i)
    cloud.script().on("POST", kServerPath + "/action", 404, fixture("compute/console_unavailable.json"));
  const auto deadline = ops::Deadline::after(cloud.clock, std::chrono::seconds(1));
  CHECK_THROWS_WITH(ops::wait_for_console_line(*cloud.compute, server, ops::compile_wait_pattern("UP"), "UP",
                                               50, deadline, cloud.clock),
                    Catch::EndsWith("Nova has no console log for it (Guest does not have a console available.)"));
}

namespace {

// A real guest's console log (tests/fixtures/diagnose/real), as Nova's os-getConsoleOutput answers it.
json console_answer(const std::string& name, std::size_t cut_lines = 0) {
  std::ifstream in(std::string(STACKRESCUE_FIXTURES_DIR) + "/diagnose/real/" + name + ".log", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(text.empty());
  for (std::size_t i = 0; i < cut_lines && !text.empty(); ++i) text.erase(text.rfind('\n', text.size() - 2) + 1);
  return json{{"output", text}};
}

const std::string kLogin = "^[A-Za-z0-9][A-Za-z0-9_.-]* login: *$";
const ops::BootFailureStop kStopAfter10s{true, std::chrono::seconds(10)};

}  // namespace

TEST_CASE("stop_on_boot_failure: a boot stuck in emergency mode ends the wait once quiet", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  cloud.script().on("POST", kServerPath + "/action", 200, console_answer("debian-fstab-gone-disk", 30));
  for (int i = 0; i < 10; ++i)
    cloud.script().on("POST", kServerPath + "/action", 200, console_answer("debian-fstab-gone-disk"));
  const auto deadline = ops::Deadline::after(cloud.clock, std::chrono::seconds(300));
  try {
    ops::wait_for_console_line(*cloud.compute, server, ops::compile_wait_pattern(kLogin), kLogin, 50, deadline,
                               cloud.clock, std::chrono::seconds(2), kStopAfter10s);
    FAIL("no stop");
  } catch (const ops::OperationFailed& e) {
    CHECK_THAT(e.what(), Catch::Contains("failed before /" + kLogin + "/ appeared: fstab_mount_failed (/srv/archive), "
                                         "emergency_mode (nothing new on the console for 10 s; waited 12 s)"));
    CHECK(e.details()["boot_failed"] == true);
  }
  // The log grew once (at 2 s), then stayed as it was from 2 s to 12 s: 7 reads, not 150.
  CHECK(cloud.script().count("POST", "/action") == 7);
}

TEST_CASE("stop_on_boot_failure: a boot that comes up after a failure is waited for", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  // The repaired el guest, its log growing to its login prompt.
  for (int i = 0; i < 8; ++i)
    cloud.script().on("POST", kServerPath + "/action", 200, console_answer("el-repaired", 7 - i));
  const auto deadline = ops::Deadline::after(cloud.clock, std::chrono::seconds(300));
  const auto log = ops::wait_for_console_line(*cloud.compute, server, ops::compile_wait_pattern(kLogin), kLogin, 5,
                                              deadline, cloud.clock, std::chrono::seconds(2), kStopAfter10s);
  REQUIRE(log.match);
  CHECK_THAT(*log.match, Catch::Contains(" login:"));
}

TEST_CASE("stop_on_boot_failure: a failed boot whose console still prints is not cut short", "[console_log]") {
  TestCloud cloud;
  auto server = rescued_server(cloud);
  auto answer = console_answer("debian-fstab-gone-disk");
  for (int i = 0; i < 40; ++i) {
    answer["output"] = answer["output"].get<std::string>() + "[  99.0] still printing " + std::to_string(i) + "\n";
    cloud.script().on("POST", kServerPath + "/action", 200, answer);
  }
  const auto deadline = ops::Deadline::after(cloud.clock, std::chrono::seconds(30));
  CHECK_THROWS_WITH(ops::wait_for_console_line(*cloud.compute, server, ops::compile_wait_pattern(kLogin), kLogin, 50,
                                               deadline, cloud.clock, std::chrono::seconds(2), kStopAfter10s),
                    Catch::StartsWith("timed out after 30 s"));
}
