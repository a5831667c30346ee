// rescue_command's ops against a fake serial console that replays byte streams captured
// from the real rescue system (tests/fixtures/console) with the run's own nonce, over the
// real session and compute client (scripted transport).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "common/base64.hpp"
#include "common/secrets.hpp"
#include "console/framing.hpp"
#include "console/lock.hpp"
#include "ops/errors.hpp"
#include "ops/rescue_command.hpp"
#include "support/fake_console.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

const std::string kCases[] = {"simple", "failing", "exit_status", "multiline", "non_utf8",
                              "ansi",   "kernel_noise", "no_newline", "long_output", "never_ends"};

std::string decode_base64(const std::string& text) {
  static const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned value = 0;
  int bits = 0;
  for (const char c : text) {
    const auto at = alphabet.find(c);
    if (at == std::string::npos) break;
    value = (value << 6) | static_cast<unsigned>(at);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xFF);
    }
  }
  return out;
}

// What a typed line carries: its markers' nonces and the shell text between them.
struct Typed {
  std::string begin, end, shell;
};

Typed parse_framed(const std::string& typed) {
  std::smatch m;
  static const std::regex line(R"(SRBEGIN ([0-9a-z]+); \( (.*) \) </dev/null 2>&1; printf '\\n%s-%s:%d\\n' SREND ([0-9a-z]+) \$\?\n$)");
  if (!std::regex_search(typed, m, line)) return {};
  return {m[1], m[3], m[2]};
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string framed_output(const Typed& t, const std::string& output, int rc) {
  return "\r\n\r\nSRBEGIN-" + t.begin + "\r\n" + output + "\r\nSREND-" + t.end + ":" + std::to_string(rc) +
         "\r\n/ # \x1b[6n";
}

// The rescue shell as captured, for the steps console/script.hpp types: Ctrl-C gives a prompt
// (connect.bin); the probe finds every tool; the writes are kept as the file b64 would hold
// them; the decode decodes them; the run of a captured case's command prints that capture,
// with the typed markers. `steps` records the kind of each framed line typed.
struct CapturedShell {
  std::string b64;
  std::string decoded;
  std::vector<std::string> steps;
  std::function<std::string(const std::string& kind, const Typed&)> override_step;

  std::string operator()(const std::string& typed) {
    if (typed == "\x03") return console_capture("connect");
    const auto t = parse_framed(typed);
    if (t.begin.empty()) return "";
    const std::string kind = t.shell.find("command -v") != std::string::npos      ? "probe"
                             : t.shell.find("/b64 ||") != std::string::npos        ? "write"
                             : t.shell.find("command base64 -d") != std::string::npos ? "decode"
                             : t.shell.find("command sh ") != std::string::npos    ? "run"
                                                                                   : "other";
    steps.push_back(kind);
    if (override_step) {
      const auto answer = override_step(kind, t);
      if (!answer.empty()) return answer;
    }
    if (kind == "write") {
      static const std::regex piece(R"(printf %s ([A-Za-z0-9+/=]+) (>>?))");
      std::smatch m;
      REQUIRE(std::regex_search(t.shell, m, piece));
      b64 = (m[2] == ">" ? "" : b64) + std::string(m[1]);
    }
    if (kind == "decode") decoded = decode_base64(b64);
    if (kind != "run") return framed_output(t, "", 0);
    for (const auto& name : kCases) {
      std::ifstream in(std::string(STACKRESCUE_FIXTURES_DIR) + "/console/" + name + ".json");
      const auto meta = json::parse(in);
      const std::string old = meta.at("nonce");
      if (meta.at("command") == decoded)
        return replace_all(replace_all(console_capture(name), "SRBEGIN-" + old, "SRBEGIN-" + t.begin), "SREND-" + old,
                           "SREND-" + t.end);
    }
    return framed_output(t, "", 0);
  }
};

struct Fixture {
  TestCloud cloud;
  FakeConsole console{cloud.clock};
  std::string lock_dir;

  std::string status;
  // Whether the run gets as far as asking Nova for the console URL.
  bool reaches_console = true;
  // The console URL Nova answers (the captured one when empty).
  std::string console_url;
  // Whether the run reads the server again (console locked and open), and its status then.
  bool rereads = true;
  std::string reread_status = "RESCUE";
  std::optional<std::string> reread_task;
  std::vector<std::string> warnings;

  std::shared_ptr<CapturedShell> shell = std::make_shared<CapturedShell>();

  explicit Fixture(std::string server_status = "RESCUE") : status(std::move(server_status)) {
    lock_dir = (std::filesystem::temp_directory_path() / ("rcmd-test-" + std::to_string(::getpid()))).string();
    console.respond = [shell = shell](const std::string& typed) { return (*shell)(typed); };
    reaches_console = status == "RESCUE";
  }
  ~Fixture() { std::filesystem::remove_all(lock_dir); }

  void script_calls() {
    cloud.script().on("GET", kServerPath, 200, server_json(status, status == "RESCUE" ? "rescued" : "active"));
    if (!reaches_console) return;
    auto answer = fixture("compute/remote_console_serial.json");
    if (!console_url.empty()) answer["remote_console"]["url"] = console_url;
    cloud.script().expect(call("POST", kServerPath + "/remote-consoles", 200, answer,
                               json{{"remote_console", {{"protocol", "serial"}, {"type", "serial"}}}}));
    if (rereads)
      cloud.script().on("GET", kServerPath, 200,
                        server_json(reread_status, reread_status == "RESCUE" ? "rescued" : "active", reread_task));
  }

  ops::RescueCommandOutcome run(const std::string& text, int timeout = 120, std::size_t limit = 1 << 20) {
    ops::RescueCommandRequest request;
    request.text = text;
    request.timeout = std::chrono::seconds(timeout);
    request.output_limit = limit;
    request.lock_directory = lock_dir;
    return run(request);
  }

  ops::RescueCommandOutcome run(ops::RescueCommandRequest request) {
    request.lock_directory = lock_dir;
    request.warn = [this](const std::string& warning) { warnings.push_back(warning); };
    script_calls();
    const auto server = cloud.compute->get_server(kServerId);
    return ops::run_rescue_command(*cloud.compute, server, request, console.opener(), cloud.clock);
  }
};

json command_of(const std::string& name) {
  std::ifstream in(std::string(STACKRESCUE_FIXTURES_DIR) + "/console/" + name + ".json");
  return json::parse(in).at("command");
}

}  // namespace

TEST_CASE("rescue_command: a command's output and status, as the real console printed them", "[rescue_command]") {
  Fixture f;
  const auto outcome = f.run(command_of("simple"));
  CHECK(outcome.finished);
  CHECK(outcome.rc == 0);
  CHECK(outcome.output == "hello\nLinux");
  CHECK_FALSE(outcome.truncated);
  REQUIRE(f.console.opened_urls.size() == 1);
  CHECK(f.console.typed.front() == "\x03");  // a fresh prompt first
  CHECK(f.console.closed);
  const auto values = ops::return_values(outcome, kServerId);
  CHECK(values["stdout_lines"] == json::array({"hello", "Linux"}));
  CHECK(values["rc"] == 0);
  CHECK(values["server"] == kServerId);
  CHECK(values["stderr"] == "");
}

TEST_CASE("rescue_command: a failing command, kernel noise, non-UTF-8 and frames split small", "[rescue_command]") {
  for (const std::size_t frame : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
    INFO("frames of " << frame << " bytes");
    Fixture f;
    f.console.frame_bytes = frame;
      auto failing = f.run(command_of("failing"));
    CHECK(failing.rc == 1);
    CHECK_THAT(failing.output, Catch::Contains("No such file or directory"));
      auto noise = f.run(command_of("kernel_noise"));
    CHECK(noise.rc == 0);
    CHECK_THAT(noise.output, Catch::StartsWith("first\n") && Catch::EndsWith("\nsecond"));
      CHECK(f.run(command_of("non_utf8")).output == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD\nok \xC3\xA9");
  }
}

TEST_CASE("rescue_command: output over output_limit is cut with a note", "[rescue_command]") {
  Fixture f;
  const auto outcome = f.run(command_of("long_output"), 120, 100);
  CHECK(outcome.rc == 0);
  CHECK(outcome.truncated);
  CHECK_THAT(outcome.output, Catch::StartsWith("1\n2\n3\n") && Catch::Contains("[output cut"));
  CHECK(ops::return_values(outcome, kServerId)["stdout_truncated"] == true);
}

TEST_CASE("rescue_command: a command that never ends times out, then Ctrl-C gives the console back",
          "[rescue_command]") {
  Fixture f;
  const auto before = f.cloud.clock.now();
  const auto outcome = f.run(command_of("never_ends"), 10);
  CHECK_FALSE(outcome.finished);
  CHECK_FALSE(outcome.rc);
  CHECK(f.cloud.clock.now() - before >= std::chrono::seconds(10));
  CHECK(f.cloud.clock.now() - before < std::chrono::seconds(15));
  CHECK(f.console.typed.back() == "\x03");  // interrupted after the run step
  CHECK(f.shell->steps == std::vector<std::string>{"probe", "write", "decode", "run"});
  CHECK(f.console.typed.size() == 6);
}

TEST_CASE("rescue_command: a server not in RESCUE is refused before anything is typed", "[rescue_command]") {
  Fixture f("ACTIVE");
  CHECK_THROWS_WITH(f.run("uname -r"), Catch::Contains("not RESCUE") && Catch::Contains("refusing to type"));
  CHECK(f.console.typed.empty());
  CHECK(f.console.opened_urls.empty());
  CHECK(f.cloud.script().remaining() == 0);
}

TEST_CASE("rescue_command: a script longer than one typed line is written in framed pieces", "[rescue_command]") {
  Fixture f;
  std::string script;
  for (int i = 0; i < 60; ++i) script += "echo line " + std::to_string(i) + " of a script that is long enough\n";
  REQUIRE(script.size() > 2 * console::max_shell_bytes());
  f.run(script);
  CHECK(f.shell->decoded == script);  // what the pieces wrote, decoded as the rescue shell would
  CHECK(f.shell->steps.size() > 5);
  for (const auto& typed : f.console.typed) CHECK(typed.size() <= console::kMaxTypedLineBytes);
}

// Issue 18 item 11a: a one-line cmd was eval'd by the interactive shell (its aliases, options,
// variables), a script run by sh from a file. Now both take the very same steps.
TEST_CASE("rescue_command: a short command and a long script are run the same way, by sh from a file",
          "[rescue_command]") {
  const auto run_step_of = [](const std::string& text) {
    Fixture f;
    f.run(text);
    for (const auto& typed : f.console.typed)
      if (parse_framed(typed).shell.find("command sh ") != std::string::npos) return parse_framed(typed).shell;
    return std::string("(no run step)");
  };
  const auto short_run = run_step_of("uname -r");
  const auto long_run = run_step_of("# " + std::string(3000, 'x') + "\nuname -r");
  const std::regex shape(R"(trap 'command rm -rf (/tmp/stackrescue-[0-9a-f]{16})' EXIT; trap 'exit 130' INT TERM HUP; )"
                         R"(command sh (/tmp/stackrescue-[0-9a-f]{16})/run.sh)");
  CHECK(std::regex_match(short_run, shape));
  CHECK(std::regex_match(long_run, shape));
  CHECK(short_run.find("eval") == std::string::npos);
}

// Issue 18 item 4: the nonces of the markers appear only as the interactive shell's builtin
// printf arguments; no path, argv or file a program in the rescue system can see holds one.
TEST_CASE("rescue_command: no marker's nonce in any path or argument but the builtin printf's", "[rescue_command]") {
  Fixture f;
  f.run("# " + std::string(2000, 'y') + "\nuname -r");
  std::set<std::string> nonces;
  std::vector<std::string> shells;
  for (const auto& typed : f.console.typed) {
    const auto t = parse_framed(typed);
    if (t.begin.empty()) continue;
    CHECK(t.begin != t.end);
    nonces.insert({t.begin, t.end});
    shells.push_back(t.shell);
    // Outside the two printf commands the line holds neither of its nonces.
    const auto body = typed.substr(typed.find("; ( "), typed.rfind(" SREND ") - typed.find("; ( "));
    CHECK(body.find(t.begin) == std::string::npos);
    CHECK(body.find(t.end) == std::string::npos);
    CHECK(typed.find(t.begin) == typed.find("SRBEGIN ") + 8);
    CHECK(typed.find(t.end) == typed.find(" SREND ") + 7);
  }
  REQUIRE(shells.size() >= 5);
  CHECK(nonces.size() == 2 * shells.size());  // fresh nonces for every typed line
  for (const auto& shell : shells)
    for (const auto& nonce : nonces) CHECK(shell.find(nonce) == std::string::npos);
}

// Issue 18 item 2: a rescue system without base64 used to run an empty command with status 0.
TEST_CASE("rescue_command: a rescue system without a tool the run needs fails before the command is typed",
          "[rescue_command]") {
  Fixture f;
  f.shell->override_step = [](const std::string& kind, const Typed& t) {
    return kind == "probe" ? framed_output(t, "missing: base64 sha256sum", 1) : std::string();
  };
  CHECK_THROWS_WITH(f.run("touch /mnt/should-not-run"),
                    "the rescue system of server 'web-1' (" + kServerId +
                        ") has no base64, which rescue_command needs to decode the command it types; nor sha256sum, "
                        "which rescue_command needs to check that the command arrived undamaged; nothing was run");
  CHECK(f.shell->steps == std::vector<std::string>{"probe"});
}

TEST_CASE("rescue_command: a command that does not decode is not run, and the task says so", "[rescue_command]") {
  Fixture f;
  f.shell->override_step = [](const std::string& kind, const Typed& t) {
    return kind == "decode" ? framed_output(t, "/tmp/stackrescue-x/run.sh: FAILED", 1) : std::string();
  };
  CHECK_THROWS_WITH(f.run("touch /mnt/should-not-run"),
                    Catch::StartsWith("the command could not be decoded in the rescue system of server 'web-1'") &&
                        Catch::Contains(": base64 -d failed, or what it decoded is not what was typed (exit status 1: "
                                        "/tmp/stackrescue-x/run.sh: FAILED); nothing was run"));
  CHECK(f.shell->steps == std::vector<std::string>{"probe", "write", "decode"});
}

TEST_CASE("rescue_command: a login dialogue is answered and the password never shows", "[rescue_command]") {
  Fixture f;
  secrets::add("s3cret-console-pw");
  f.console.respond = [shell = f.shell](const std::string& typed) -> std::string {
    if (typed == "\x03") return "^C\r\n\r\nrescue login: ";
    if (typed == "root\n") return "root\r\nPassword: ";
    if (typed == "s3cret-console-pw\n") return "\r\n/ # \x1b[6n";
    return (*shell)(typed);
  };
  ops::RescueCommandRequest request;
  request.text = command_of("simple");
  request.login = {std::string("root"), std::string("s3cret-console-pw")};
  const auto outcome = f.run(request);
  CHECK(outcome.rc == 0);
  CHECK(outcome.output == "hello\nLinux");
  CHECK(ops::return_values(outcome, kServerId).dump().find("s3cret") == std::string::npos);
}

TEST_CASE("rescue_command: a login prompt without console_user fails naming the option", "[rescue_command]") {
  Fixture f;
  f.console.respond = [](const std::string& typed) -> std::string {
    return typed == "\x03" ? "\r\nrescue login: " : "";
  };
  CHECK_THROWS_WITH(f.run("uname -r"), Catch::Contains("asks for a login: set console_user"));
}

TEST_CASE("rescue_command: a refused login fails instead of looping", "[rescue_command]") {
  Fixture f;
  f.console.respond = [](const std::string& typed) -> std::string {
    if (typed == "\x03" || typed == "wrong\n") return "\r\nLogin incorrect\r\nrescue login: ";
    if (typed == "root\n") return "Password: ";
    return "";
  };
  ops::RescueCommandRequest request;
  request.text = "uname -r";
  request.login = {std::string("root"), std::string("wrong")};
  CHECK_THROWS_WITH(f.run(request), Catch::Contains("was refused"));
}

TEST_CASE("rescue_command: the console token is registered as a secret", "[rescue_command]") {
  Fixture f;
  f.run(command_of("simple"));
  CHECK(secrets::contains_secret("token=4f1b2c3d-9e8f-4a7b-8c6d-5e4f3a2b1c0d"));
  CHECK(secrets::scrub("ws://127.0.0.1:6083/?token=4f1b2c3d-9e8f-4a7b-8c6d-5e4f3a2b1c0d").find("4f1b2c3d") ==
        std::string::npos);
}

TEST_CASE("rescue_command: a second run on the same console waits, within its timeout", "[rescue_command]") {
  Fixture f;
  f.reaches_console = false;
  const auto held = console::lock_console(kServerId, std::chrono::milliseconds(100), f.lock_dir);
  REQUIRE(held.held());
  CHECK_THROWS_WITH(f.run("uname -r", 1), Catch::Contains("another run (a rescue_command typing, or a server_rescue "
                                                          "unrescuing) still holds"));
  CHECK(f.console.opened_urls.empty());
}

TEST_CASE("rescue_command: the server is read again once the console is locked and open, before anything is typed",
          "[rescue_command]") {
  SECTION("unrescued while this run waited for the lock: refused, nothing typed") {
    Fixture f;
    f.reread_status = "ACTIVE";
    CHECK_THROWS_WITH(f.run("fsck -y /dev/vda1"), Catch::Contains("its status is ACTIVE, not RESCUE"));
    CHECK(f.console.typed.empty());
    CHECK(f.cloud.script().remaining() == 0);
  }
  SECTION("being unrescued (status still RESCUE): refused, nothing typed") {
    Fixture f;
    f.reread_task = "unrescuing";
    CHECK_THROWS_WITH(f.run("fsck -y /dev/vda1"), Catch::Contains("busy with task_state unrescuing"));
    CHECK(f.console.typed.empty());
  }
}

TEST_CASE("rescue_command: a ws:// console on another host is refused before connecting", "[rescue_command]") {
  secrets::add("remote-console-tok");
  Fixture f;
  f.console_url = "ws://compute-7.example.net:6083/?token=remote-console-tok";
  f.rereads = false;
  try {
    f.run("uname -r");
    FAIL("a cleartext console across the network was used");
  } catch (const ops::OperationFailed& refused) {
    const std::string msg = refused.what();
    CHECK_THAT(msg, Catch::Contains("is ws:// on compute-7.example.net") && Catch::Contains("in clear") &&
                        Catch::Contains("wss://") && Catch::Contains("allow_insecure_console: true"));
    CHECK(msg.find("remote-console-tok") == std::string::npos);
  }
  CHECK(f.console.opened_urls.empty());
  CHECK(f.console.typed.empty());
}

TEST_CASE("rescue_command: a ws:// console is used with a warning on loopback, or on another host when allowed",
          "[rescue_command]") {
  SECTION("loopback (the captured URL, ws://127.0.0.1)") {
    Fixture f;
    CHECK(f.run(command_of("simple")).rc == 0);
    REQUIRE(f.warnings.size() == 1);
    CHECK_THAT(f.warnings[0], Catch::Contains("is ws:// on 127.0.0.1 (this machine)"));
    CHECK(f.warnings[0].find("4f1b2c3d") == std::string::npos);  // the captured URL's token
  }
  SECTION("another host, allow_insecure_console: true") {
    Fixture f;
    f.console_url = "ws://compute-7.example.net:6083/?token=remote-console-tok";
    ops::RescueCommandRequest request;
    request.text = command_of("simple");
    request.allow_insecure_console = true;
    CHECK(f.run(request).rc == 0);
    REQUIRE(f.warnings.size() == 1);
    CHECK_THAT(f.warnings[0], Catch::Contains("compute-7.example.net and allow_insecure_console is true"));
  }
  SECTION("wss://: no warning") {
    Fixture f;
    f.console_url = "wss://compute-7.example.net:6083/?token=remote-console-tok";
    CHECK(f.run(command_of("simple")).rc == 0);
    CHECK(f.warnings.empty());
  }
}

TEST_CASE("rescue_command: which ws:// hosts count as this machine", "[rescue_command]") {
  const auto warning = [](const std::string& url) { return ops::console_transport_warning(url, false, "server s"); };
  for (const auto* url : {"ws://127.0.0.1:6083/?token=t", "WS://127.8.9.10/", "ws://localhost:6083", "ws://[::1]:6083/",
                          "ws://user@127.0.0.1:6083/"})
    CHECK_THAT(warning(url).value_or(""), Catch::Contains("(this machine)"));
  for (const auto* url : {"ws://127.0.0.1.example.net:6083/", "ws://10.0.0.5:6083/", "ws://[fe80::1]:6083/",
                          "ws://128.0.0.1/", "ws://127.0.0.1@evil.example.net/"})
    CHECK_THROWS_WITH(warning(url), Catch::Contains("would cross the network in clear"));
  CHECK_FALSE(warning("wss://compute.example.net:6083/?token=t"));
}

TEST_CASE("command times and deltas in ansible.builtin.command's formats", "[rescue_command]") {
  CHECK(ops::command_delta(2.5308654) == "0:00:02.530865");
  CHECK(ops::command_delta(3723.000001) == "1:02:03.000001");
  CHECK(ops::command_delta(1.9999996) == "0:00:02.000000");  // the rounding carries into the seconds
  CHECK(ops::command_time(1795000000.9999996) == ops::command_time(1795000001));
  CHECK(std::regex_match(ops::command_time(1795000000.25), std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.250000)")));
  CHECK(base64_encode("ab") == "YWI=");
}
