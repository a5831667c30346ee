// rescue_command's typed lines run by a real POSIX shell of this machine (dash as /bin/sh, and
// busybox sh, the rescue image's shell, when it is installed) standing in for the rescue
// shell on the serial console: what the lines do, not how they look. Issue 18 items 2, 4, 11a.
// Only the ops API is used, so the same tests run against any version of the typed lines.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

#include "console/errors.hpp"
#include "ops/rescue_command.hpp"
#include "support/fake_console.hpp"
#include "test_cloud.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
namespace fs = std::filesystem;

namespace {

// The interactive rescue shell's own state, which a command must not depend on: a variable
// that is not exported (as an alias or a shell option would be).
const std::string kShellState = "rescue_shell_var=set-in-the-interactive-shell\n";

// A rescue system: `shell` reads each typed line on stdin (so no line is in any argv), with
// PATH holding only `tools` (links to this machine's). Ctrl-C gives a prompt.
struct RealShell {
  std::string shell;
  fs::path dir;

  RealShell(std::string shell_command, const std::vector<std::string>& tools) : shell(std::move(shell_command)) {
    dir = fs::temp_directory_path() / ("rcmd-shell-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "bin");
    for (const auto& tool : tools)
      for (const char* prefix : {"/usr/bin/", "/bin/"})
        if (fs::exists(std::string(prefix) + tool) && !fs::exists(dir / "bin" / tool))
          fs::create_symlink(std::string(prefix) + tool, dir / "bin" / tool);
  }
  ~RealShell() { fs::remove_all(dir); }

  std::string operator()(const std::string& typed) {
    if (typed == "\x03") return "^C\r\n/ # ";
    std::ofstream(dir / "line") << kShellState << typed;
    const std::string run = "env -i PATH=" + (dir / "bin").string() + " " + shell + " <" + (dir / "line").string() + " >" +
                            (dir / "out").string() + " 2>&1";
    (void)std::system(run.c_str());
    std::ifstream out(dir / "out", std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(out), {}) + "/ # ";
  }
};

const std::vector<std::string> kTools = {"sh", "base64", "sha256sum", "mkdir", "rm", "cat", "tr", "env", "ls", "dirname"};

struct Fixture {
  TestCloud cloud;
  FakeConsole console{cloud.clock};
  std::string lock_dir = (fs::temp_directory_path() / ("rcmd-shell-lock-" + std::to_string(::getpid()))).string();

  ~Fixture() { fs::remove_all(lock_dir); }

  ops::RescueCommandOutcome run(const std::string& text) {
    cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    cloud.script().on("POST", kServerPath + "/remote-consoles", 200, fixture("compute/remote_console_serial.json"));
    cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));  // read again before typing
    ops::RescueCommandRequest request;
    request.text = text;
    request.timeout = std::chrono::seconds(60);
    request.lock_directory = lock_dir;
    const auto server = cloud.compute->get_server(kServerId);
    return ops::run_rescue_command(*cloud.compute, server, request, console.opener(), cloud.clock);
  }

  // Every nonce typed as a marker's (`SRBEGIN <nonce>` or `SREND <nonce>`).
  std::set<std::string> nonces() const {
    static const std::regex marker(R"(SR(?:BEGIN|END) ([0-9A-Za-z]+))");
    std::set<std::string> found;
    const auto typed = console.all_typed();
    for (std::sregex_iterator it(typed.begin(), typed.end(), marker), end; it != end; ++it) found.insert((*it)[1]);
    return found;
  }
};

std::vector<std::string> shells() {
  std::vector<std::string> found = {"/bin/sh"};
  if (fs::exists("/bin/busybox")) found.push_back("/bin/busybox sh");
  return found;
}

// Long enough to be more than one typed line.
std::string padded(const std::string& command) { return "# " + std::string(2500, 'p') + "\n" + command; }

}  // namespace

TEST_CASE("rescue_command in a real shell: a short command and a long script see the same shell", "[rescue_command_shell]") {
  const std::string probe = "echo \"[$rescue_shell_var] [$0]\"";
  for (const auto& shell : shells()) {
    INFO(shell);
    std::vector<std::string> seen;
    for (const auto& text : {probe, padded(probe)}) {
      Fixture f;
      RealShell rescue(shell, kTools);
      f.console.respond = [&](const std::string& typed) { return rescue(typed); };
      const auto outcome = f.run(text);
      REQUIRE(outcome.rc == 0);
      seen.push_back(std::regex_replace(outcome.output, std::regex("stackrescue-[0-9a-z]+"), "stackrescue-X"));
    }
    CHECK(seen[0] == seen[1]);
    CHECK(seen[0] == "[] [/tmp/stackrescue-X/run.sh]");  // run by sh from its file, not eval'd
  }
}

TEST_CASE("rescue_command in a real shell: what the command can see holds no marker's nonce", "[rescue_command_shell]") {
  const std::string look = "echo \"$0 $*\"; tr '\\0' ' ' </proc/$$/cmdline; tr '\\0' ' ' </proc/$PPID/cmdline; env; "
                           "ls -a \"$(dirname \"$0\")\"";
  for (const auto& shell : shells()) {
    for (const auto& text : {look, padded(look)}) {
      INFO(shell << (text == look ? ", one line" : ", long script"));
      Fixture f;
      RealShell rescue(shell, kTools);
      f.console.respond = [&](const std::string& typed) { return rescue(typed); };
      const auto outcome = f.run(text);
      REQUIRE(outcome.finished);
      CHECK_THAT(outcome.output, Catch::Contains("stackrescue"));  // it did look
      const auto nonces = f.nonces();
      REQUIRE_FALSE(nonces.empty());
      for (const auto& nonce : nonces) CHECK_THAT(outcome.output, !Catch::Contains(nonce));
    }
  }
}

TEST_CASE("rescue_command in a real shell: without base64 nothing runs and the task fails saying why",
          "[rescue_command_shell]") {
  auto tools = kTools;
  tools.erase(std::find(tools.begin(), tools.end(), "base64"));
  Fixture f;
  RealShell rescue("/bin/sh", tools);  // dash: busybox sh would find its own base64 applet
  f.console.respond = [&](const std::string& typed) { return rescue(typed); };
  std::string error = "(none)";
  try {
    const auto outcome = f.run("touch " + (rescue.dir / "ran").string());
    error = "finished with rc " + std::to_string(outcome.rc.value_or(-1));
  } catch (const std::exception& e) {
    error = e.what();
  }
  CHECK(error == "the rescue system of server 'web-1' (" + kServerId +
                     ") has no base64, which rescue_command needs to decode the command it types; nothing was run");
  CHECK_FALSE(fs::exists(rescue.dir / "ran"));
}
