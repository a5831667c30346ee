// rescue_command's typed lines run by a real POSIX shell of this machine (dash as /bin/sh, and
// busybox sh, the rescue image's shell, when it is installed) standing in for the rescue
// shell on the serial console: what the lines do, not how they look. Issue 18 items 2, 4, 11a.
// Only the ops API is used, so the same tests run against any version of the typed lines.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "console/errors.hpp"
#include "real_shell.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;

namespace {

// Long enough to be more than one typed line.
std::string padded(const std::string& command) { return "# " + std::string(2500, 'p') + "\n" + command; }

}  // namespace

TEST_CASE("rescue_command in a real shell: a short command and a long script see the same shell", "[rescue_command_shell]") {
  const std::string probe = "echo \"[$rescue_shell_var] [$0]\"";
  for (const auto& shell : shells()) {
    INFO(shell);
    std::vector<std::string> seen;
    for (const auto& text : {probe, padded(probe)}) {
      ShellFixture f;
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
      ShellFixture f;
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
  ShellFixture f;
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
