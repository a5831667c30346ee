// audit_log: the runtime's one JSON line per module call (ansible/audit_log.hpp), with the
// probe module run in-process: what a line holds, what it never holds (secrets), what happens
// when the file cannot be written, and whole lines from parallel writers.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "ansible/audit_log.hpp"
#include "common/error.hpp"
#include "common/secrets.hpp"
#include "probe_helpers.hpp"

using namespace stackrescue;
using namespace stackrescue::ansible;
using namespace stackrescue::ansible::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

ModuleSpec audited_probe() {
  auto spec = probe_spec();
  add_options(spec, {audit_log_option()});
  return spec;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("audit-log-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::vector<std::string> lines_of(const fs::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

json only_record(const fs::path& file) {
  const auto lines = lines_of(file);
  REQUIRE(lines.size() == 1);
  return json::parse(lines[0]);
}

}  // namespace

TEST_CASE("audit_log: one line per call with the module, UTC times, parameters and result", "[audit_log]") {
  TempDir dir;
  const auto log = dir.path / "audit.jsonl";
  const auto printed = execute({{"name", "demo"}, {"password", "hunter2-secret"}, {"audit_log", log.string()},
                                {"_ansible_module_name", "stackrescue.openstack.probe_module"}},
                               audited_probe(), probe_run);
  REQUIRE(printed["failed"] == false);
  const auto record = only_record(log);
  CHECK(record["module"] == "stackrescue.openstack.probe_module");
  CHECK(std::regex_match(record["start"].get<std::string>(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z)")));
  CHECK(record["end"].get<std::string>() >= record["start"].get<std::string>());
  CHECK(record["duration"].get<double>() >= 0);
  CHECK(record["check_mode"] == false);
  CHECK(record["changed"] == true);
  CHECK(record["failed"] == false);
  CHECK(record["msg"] == "hello demo with password ********");  // the no_log value scrubbed from the text too
  CHECK(record["params"]["name"] == "demo");
  CHECK(record["params"]["password"] == "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER");
  CHECK(record["result"]["received"]["name"] == "demo");
  CHECK_FALSE(record["result"].contains("invocation"));  // params hold it once
  CHECK(lines_of(log)[0].find("hunter2-secret") == std::string::npos);
}

TEST_CASE("audit_log: a secret the module returns on purpose is masked in the record, not in the result",
          "[audit_log]") {
  TempDir dir;
  const auto log = dir.path / "audit.jsonl";
  const auto printed = execute({{"name", "demo"}, {"action", "secret"}, {"audit_log", log.string()}}, audited_probe(),
                               probe_run);
  CHECK(printed["admin_password"] == kGeneratedPassword);  // the user asked for it
  const auto record = only_record(log);
  CHECK(record["result"]["admin_password"] == "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER");
  CHECK(record["result"]["nested"]["note"] == "the password is ********");
  CHECK(lines_of(log)[0].find(kGeneratedPassword) == std::string::npos);
  secrets::clear_for_tests();
}

TEST_CASE("audit_log: failures and check mode are recorded, no_log keeps only times and status", "[audit_log]") {
  TempDir dir;
  const auto log = dir.path / "audit.jsonl";
  execute({{"name", "demo"}, {"action", "fail"}, {"audit_log", log.string()}}, audited_probe(), probe_run);
  execute({{"name", "demo"}, {"audit_log", log.string()}, {"_ansible_check_mode", true}}, audited_probe(), probe_run);
  execute({{"name", "private-name"}, {"audit_log", log.string()}, {"_ansible_no_log", true}}, audited_probe(), probe_run);
  const auto lines = lines_of(log);
  REQUIRE(lines.size() == 3);
  const auto failed = json::parse(lines[0]), checked = json::parse(lines[1]), hidden = json::parse(lines[2]);
  CHECK(failed["failed"] == true);
  CHECK(failed["msg"] == "asked to fail (password none)");
  CHECK(failed["result"]["detail"] == "extra key from ModuleFailure");
  CHECK(checked["check_mode"] == true);
  CHECK(hidden["no_log"] == true);
  CHECK(hidden["changed"] == true);
  CHECK_FALSE(hidden.contains("params"));
  CHECK_FALSE(hidden.contains("result"));
  CHECK(lines[2].find("private-name") == std::string::npos);
}

TEST_CASE("audit_log that cannot be opened fails the task before run() and names the path", "[audit_log]") {
  TempDir dir;
  const auto log = dir.path / "no-such-dir" / "audit.jsonl";
  const auto printed = execute({{"name", "demo"}, {"audit_log", log.string()}}, audited_probe(), probe_run);
  CHECK(printed["failed"] == true);
  CHECK(printed["msg"] == "audit_log " + log.string() +
                              ": cannot be opened for appending (its directory must exist): No such file or directory");
  CHECK_FALSE(printed.contains("received"));  // run() did not run
  CHECK_FALSE(fs::exists(log));

  const auto empty = execute({{"name", "demo"}, {"audit_log", ""}}, audited_probe(), probe_run);
  CHECK(empty["failed"] == false);  // an empty value is no audit_log (module_defaults with a variable set later)

  fs::create_symlink(dir.path / "elsewhere", dir.path / "link.jsonl");  // never written through
  const auto via_link = execute({{"name", "demo"}, {"audit_log", (dir.path / "link.jsonl").string()}}, audited_probe(),
                                probe_run);
  CHECK(via_link["failed"] == true);
  CHECK_FALSE(fs::exists(dir.path / "elsewhere"));
}

TEST_CASE("audit_log: parallel writers append whole lines", "[audit_log]") {
  TempDir dir;
  const auto log = (dir.path / "audit.jsonl").string();
  constexpr int kWriters = 4, kRecords = 25;
  const std::string big(200000, 'x');  // more than a pipe's atomic write, so a write may be split
  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      try {
        AuditLog file(log);
        for (int i = 0; i < kRecords; ++i) file.append({{"writer", w}, {"i", i}, {"padding", big}});
      } catch (...) {
        ::_exit(1);
      }
      ::_exit(0);
    }
    children.push_back(pid);
  }
  for (const auto pid : children) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  const auto lines = lines_of(log);
  REQUIRE(lines.size() == kWriters * kRecords);
  for (const auto& line : lines) CHECK(json::parse(line)["padding"] == big);
}

TEST_CASE("audit_log: an append waits while another writer holds the file's lock", "[audit_log]") {
  TempDir dir;
  const auto log = (dir.path / "audit.jsonl").string();
  AuditLog file(log);
  const int held = ::open(log.c_str(), O_WRONLY);
  REQUIRE(held >= 0);
  REQUIRE(::flock(held, LOCK_EX) == 0);  // another fork in the middle of its line
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    try {
      AuditLog(log).append({{"from", "child"}});
    } catch (...) {
      ::_exit(1);
    }
    ::_exit(0);
  }
  ::usleep(300000);
  CHECK(lines_of(log).empty());  // still waiting for the lock
  ::flock(held, LOCK_UN);
  ::close(held);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(lines_of(log) == std::vector<std::string>{R"({"from":"child"})"});
}

TEST_CASE("utc_timestamp rounds to microseconds in UTC", "[audit_log]") {
  CHECK(utc_timestamp(0) == "1970-01-01T00:00:00.000000Z");
  CHECK(utc_timestamp(1796627462.9999996) == "2026-12-07T07:11:03.000000Z");
}
