// A user's command as typed steps (console/script): the same steps for one line and for a long
// script, pieces that fit on a typed line, a directory named by its own token.
#include <catch2/catch.hpp>

#include "common/base64.hpp"
#include "common/sha256.hpp"
#include "console/errors.hpp"
#include "console/framing.hpp"
#include "console/script.hpp"

using namespace stackrescue;

namespace {

const std::string kToken = "00112233aabbccdd";

}  // namespace

TEST_CASE("command steps: a short command and a long script take the same steps", "[script]") {
  const auto short_steps = console::command_steps("echo hi", kToken, console::max_shell_bytes());
  const std::string script(5000, 'x');
  const auto long_steps = console::command_steps(script, kToken, console::max_shell_bytes());
  CHECK(short_steps.writes.size() == 1);
  CHECK(long_steps.writes.size() > 5);
  CHECK(short_steps.run == long_steps.run);
  CHECK(short_steps.probe == long_steps.probe);
  CHECK(short_steps.run == "trap 'command rm -rf /tmp/stackrescue-00112233aabbccdd' EXIT; trap 'exit 130' INT TERM HUP; "
                           "command sh /tmp/stackrescue-00112233aabbccdd/run.sh");
  std::string written;
  for (const auto& write : long_steps.writes) {
    CHECK(console::framed_line(write, console::make_markers()).size() <= console::kMaxTypedLineBytes);
    const auto at = write.find("printf %s ") + 10;
    written += write.substr(at, write.find(' ', at) - at);
  }
  CHECK(written == base64_encode(script));
  CHECK(long_steps.writes.front().rfind("command mkdir -m 700 /tmp/stackrescue-00112233aabbccdd || exit; printf %s ", 0) == 0);
  CHECK(long_steps.writes.back().find(" >>/tmp/stackrescue-00112233aabbccdd/b64 || ") != std::string::npos);
  // The decode checks what it decoded against the hash of what was typed.
  CHECK(long_steps.decode == "command base64 -d /tmp/stackrescue-00112233aabbccdd/b64 >/tmp/stackrescue-00112233aabbccdd/"
                             "run.sh && echo '" + sha256_hex(script) + "  /tmp/stackrescue-00112233aabbccdd/run.sh' | "
                             "command sha256sum -c || { r=$?; command rm -rf /tmp/stackrescue-00112233aabbccdd; exit $r; }");
  CHECK(short_steps.probe_prelude == "unset HISTFILE; ");
}

TEST_CASE("command steps: what cannot be run is refused with the reason", "[script]") {
  CHECK_THROWS_WITH(console::command_steps(" \n", kToken, 600), "the command is empty");
  CHECK_THROWS_WITH(console::command_steps(std::string("a\0b", 3), kToken, 600), Catch::Contains("NUL byte"));
}

TEST_CASE("command steps: the probe's output names the missing tools", "[script]") {
  CHECK(console::missing_tools("missing: base64 rm\n") == std::vector<std::string>{"base64", "rm"});
  CHECK(console::missing_tools("noise\nmissing: sh") == std::vector<std::string>{"sh"});
  CHECK(console::missing_tools("missing: base64x").empty());
  CHECK(console::missing_tools("").empty());
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
