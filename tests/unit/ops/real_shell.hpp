#pragma once
// A real POSIX shell of this machine standing in for the rescue shell on the serial console
// (dash as /bin/sh, busybox sh when installed), and a fixture that runs rescue_command's ops
// against it over the fake console: what the typed lines do, not how they look. Shared by
// rescue_command_shell_test.cpp and file_changes_test.cpp.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

#include "ops/rescue_command.hpp"
#include "support/fake_console.hpp"
#include "test_cloud.hpp"

namespace stackrescue::testing {

namespace fs = std::filesystem;

// The interactive rescue shell's own state, which a command must not depend on: a variable
// that is not exported (as an alias or a shell option would be).
inline const std::string kShellState = "rescue_shell_var=set-in-the-interactive-shell\n";

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

inline const std::vector<std::string> kTools = {"sh", "base64", "sha256sum", "mkdir", "rm", "cat", "tr", "env", "ls", "dirname"};

struct ShellFixture {
  TestCloud cloud;
  FakeConsole console{cloud.clock};
  std::string lock_dir = (fs::temp_directory_path() / ("rcmd-shell-lock-" + std::to_string(::getpid()))).string();

  ~ShellFixture() { fs::remove_all(lock_dir); }

  ops::RescueCommandOutcome run(const std::string& text) {
    ops::RescueCommandRequest request;
    request.text = text;
    return run(request);
  }

  // `request` with this fixture's timeout and lock directory.
  ops::RescueCommandOutcome run(ops::RescueCommandRequest request) {
    cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));
    cloud.script().on("POST", kServerPath + "/remote-consoles", 200, fixture("compute/remote_console_serial.json"));
    cloud.script().on("GET", kServerPath, 200, server_json("RESCUE", "rescued"));  // read again before typing
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

inline std::vector<std::string> shells() {
  std::vector<std::string> found = {"/bin/sh"};
  if (fs::exists("/bin/busybox")) found.push_back("/bin/busybox sh");
  return found;
}

}  // namespace stackrescue::testing
