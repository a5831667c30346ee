// rescue_command's diff_files and secret_files (ops/file_changes): the copies and comparisons
// typed into a real shell of this machine standing in for the rescue shell (real_shell.hpp:
// dash, and busybox sh with its own diff, sed and cp applets when installed), with a command
// and files written as a hostile guest would write them; and the parsing of a comparison's
// output on its own.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "ops/errors.hpp"
#include "ops/file_changes.hpp"
#include "real_shell.hpp"

using namespace stackrescue;
using namespace stackrescue::testing;
using nlohmann::json;

namespace {

std::vector<std::string> watch_tools() {
  auto tools = kTools;
  for (const char* tool : {"cp", "diff", "sed", "ln", "printf"}) tools.push_back(tool);
  return tools;
}

const std::string kFstab = "/dev/vda1 / ext4 defaults 0 1\n/dev/vdc1 /data ext4 defaults 0 2\n";
const std::string kOldHash = "$6$oldsalt$OLDHASHOLDHASHOLDHASH";
const std::string kNewHash = "$6$newsalt$NEWHASHNEWHASHNEWHASH";

// A rescue system with the server's disk at <dir>/root, and a transcript of everything the
// console printed (what would reach the console log).
struct Rescue {
  ShellFixture f;
  RealShell shell;
  fs::path root;
  std::string transcript;

  explicit Rescue(const std::string& shell_command, std::vector<std::string> tools = watch_tools())
      : shell(shell_command, tools), root(shell.dir / "root") {
    fs::create_directories(root / "etc");
    std::ofstream(root / "etc/fstab") << kFstab;
    std::ofstream(root / "etc/shadow") << "root:" + kOldHash + ":19000:0:99999:7:::\n"
                                       << "alice:" + kOldHash + ":19000:0:99999:7:::\n";
    f.console.respond = [this](const std::string& typed) {
      auto out = shell(typed);
      transcript += out;
      return out;
    };
  }

  std::string path(const std::string& relative) const { return (root / relative).string(); }

  ops::RescueCommandOutcome run(const std::string& command, const std::vector<std::string>& diff_files,
                                const std::vector<std::string>& secret_files = {}) {
    ops::RescueCommandRequest request;
    request.text = command;
    request.watched = ops::watched_files(diff_files, secret_files);
    return f.run(request);
  }
};

}  // namespace

TEST_CASE("diff_files: a changed file comes back as a unified diff naming it, an unchanged one as unchanged",
          "[file_changes]") {
  for (const auto& sh : shells()) {
    INFO(sh);
    Rescue rescue(sh);
    const auto fstab = rescue.path("etc/fstab"), created = rescue.path("etc/new.conf"), same = rescue.path("etc/shadow");
    const auto outcome = rescue.run("sed -i 's|^/dev/vdc1|#/dev/vdc1|' " + fstab + "; echo made >" + created,
                                    {fstab, created, same});
    REQUIRE(outcome.rc == 0);
    REQUIRE(outcome.file_changes.size() == 3);
    const auto& changed = outcome.file_changes[0];
    CHECK(changed.path == fstab);
    CHECK(changed.changed);
    CHECK(changed.error.empty());
    CHECK(changed.diff == "--- " + fstab + " (before)\n+++ " + fstab + " (after)\n@@ -1,2 +1,2 @@\n" +
                              " /dev/vda1 / ext4 defaults 0 1\n-/dev/vdc1 /data ext4 defaults 0 2\n" +
                              "+#/dev/vdc1 /data ext4 defaults 0 2");
    CHECK(outcome.file_changes[1].changed);  // did not exist before: compared with an empty file
    CHECK_THAT(outcome.file_changes[1].diff, Catch::EndsWith("@@ -0,0 +1 @@\n+made"));
    CHECK_FALSE(outcome.file_changes[2].changed);
    CHECK(outcome.file_changes[2].diff.empty());
    CHECK(outcome.output.empty());  // the comparisons are not the command's output
    CHECK(rescue.transcript.find("stackrescue-watch-") != std::string::npos);
    CHECK_FALSE(fs::exists(rescue.transcript.substr(rescue.transcript.find("/tmp/stackrescue-watch-"), 39)));
  }
}

TEST_CASE("secret_files: only the users whose lines changed, no hash on the console or in the result",
          "[file_changes]") {
  for (const auto& sh : shells()) {
    INFO(sh);
    Rescue rescue(sh);
    const auto shadow = rescue.path("etc/shadow");
    const auto outcome = rescue.run("sed -i 's|^alice:[^:]*:|alice:" + kNewHash + ":|' " + shadow +
                                        "; echo 'nocolon-secret-line' >>" + shadow,
                                    {shadow}, {shadow});  // in both lists: secret wins
    REQUIRE(outcome.rc == 0);
    REQUIRE(outcome.file_changes.size() == 1);
    const auto& change = outcome.file_changes[0];
    CHECK(change.secret);
    CHECK(change.changed);
    CHECK(change.diff.empty());
    CHECK(change.entries == std::vector<std::string>{"(a line without a colon)", "alice"});
    const auto returned = ops::file_changes_json(outcome.file_changes).dump();
    for (const auto& text : {returned, rescue.transcript}) {
      CHECK(text.find("OLDHASH") == std::string::npos);
      CHECK(text.find("NEWHASH") == std::string::npos);
      CHECK(text.find("nocolon-secret-line") == std::string::npos);
    }
  }
}

TEST_CASE("diff_files: the guest's output and file content cannot forge a result or a diff of another file",
          "[file_changes]") {
  for (const auto& sh : shells()) {
    INFO(sh);
    Rescue rescue(sh);
    const auto fstab = rescue.path("etc/fstab"), other = rescue.path("etc/other"), shadow = rescue.path("etc/shadow");
    std::ofstream(other) << "stays\n";
    // The command prints what a diff of another file and an end marker would look like, and
    // writes the same into the watched file; it also swaps the secret file for a link to fstab.
    const std::string forged = "\\nSREND-0123456789abcdef:0\\n--- " + other + " (before)\\n+++ " + other +
                               " (after)\\n@@ -1 +1 @@\\n-stays\\n+forged\\n";
    const auto outcome = rescue.run("printf '" + forged + "'; printf '" + forged + "' >>" + fstab + "; rm " + shadow +
                                        "; ln -s " + fstab + " " + shadow,
                                    {fstab, other}, {shadow});
    REQUIRE(outcome.finished);
    REQUIRE(outcome.file_changes.size() == 3);
    // Order: secret files first, then diff_files, each as typed, never taken from the output.
    CHECK(outcome.file_changes[0].path == shadow);
    CHECK(outcome.file_changes[0].error == "not compared (exit status 3)");  // a link now: not followed
    CHECK(outcome.file_changes[0].entries.empty());
    CHECK(outcome.file_changes[1].path == fstab);
    CHECK(outcome.file_changes[2].path == other);
    CHECK_FALSE(outcome.file_changes[2].changed);  // the forged diff of "other" is not believed
    const auto& diff = outcome.file_changes[1].diff;
    CHECK_THAT(diff, Catch::StartsWith("--- " + fstab + " (before)\n+++ " + fstab + " (after)\n@@ "));
    // The forged lines are inside fstab's diff as added lines, nothing else.
    CHECK_THAT(diff, Catch::Contains("\n++++ " + other + " (after)\n"));
    CHECK_THAT(diff, Catch::Contains("\n+SREND-0123456789abcdef:0\n"));
    CHECK_THAT(outcome.output, Catch::Contains("SREND-0123456789abcdef:0"));  // the command's own output, kept
  }
}

TEST_CASE("diff_files: without diff in the rescue system the task fails before the command runs", "[file_changes]") {
  auto tools = watch_tools();
  tools.erase(std::find(tools.begin(), tools.end(), "diff"));
  Rescue rescue("/bin/sh", tools);  // dash: busybox sh would find its own diff applet
  const auto marker = rescue.path("ran");
  std::string error = "(none)";
  try {
    rescue.run("touch " + marker, {rescue.path("etc/fstab")});
  } catch (const ops::OperationFailed& e) {
    error = e.what();
  }
  CHECK_THAT(error, Catch::StartsWith("the rescue system of server 'web-1' (" + kServerId + ") cannot watch files (exit status 1: missing: diff)"));
  CHECK_THAT(error, Catch::EndsWith("; nothing was run"));
  CHECK_FALSE(fs::exists(marker));
}

TEST_CASE("watched_files refuses paths that cannot be typed safely", "[file_changes]") {
  const auto message = [](const std::vector<std::string>& diff, const std::vector<std::string>& secret) {
    try {
      ops::watched_files(diff, secret);
    } catch (const ops::OperationFailed& e) {
      return std::string(e.what());
    }
    return std::string("(accepted)");
  };
  CHECK(message({"etc/fstab"}, {}) == "diff_files: 'etc/fstab' is not an absolute path in the rescue system");
  CHECK(message({}, {"/mnt/etc/sha\ndow"}) ==
        "secret_files: a path holds a control character (a newline, a tab, ...): it cannot be typed");
  CHECK(message({"/" + std::string(300, 'a')}, {}) == "diff_files: a path of 301 bytes is longer than 256");
  CHECK(message({"/" + std::string(250, '\'')}, {}) ==
        "diff_files: the path '/" + std::string(250, '\'') + "' is too long to type once quoted");
  CHECK(message({"/mnt/it's here"}, {}) == "(accepted)");
}

TEST_CASE("file_change: headers are ours, and a timeout or a secret's error say nothing of the content",
          "[file_changes]") {
  console::CommandResult compared;
  compared.finished = true;
  compared.rc = 1;
  compared.output = "--- /tmp/stackrescue-watch-x/0\t2026-12-07\n+++ /etc/passwd\t2026-12-07\n@@ -1 +1 @@\n-a\n+b";
  const auto change = ops::file_change({"/mnt/etc/fstab", false}, compared);
  CHECK(change.diff == "--- /mnt/etc/fstab (before)\n+++ /mnt/etc/fstab (after)\n@@ -1 +1 @@\n-a\n+b");
  compared.rc = 2;
  compared.output = "diff: secret content";
  CHECK(ops::file_change({"/mnt/etc/shadow", true}, compared).error == "not compared (exit status 2)");
  CHECK(ops::file_change({"/mnt/etc/fstab", false}, compared).error == "not compared (exit status 2: diff: secret content)");
  CHECK(ops::file_change({"/mnt/etc/fstab", false}, console::CommandResult{}).error ==
        "not compared: the run's timeout passed first");
}
