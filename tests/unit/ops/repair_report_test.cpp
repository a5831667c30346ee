// repair_report's ops: the report model from an audit log, the HTML and Markdown renderers
// (structure, and escaping of what came from the guest: a console line "</svg><script>" stays
// text), idempotent writes, check mode, the fleet page.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "ops/errors.hpp"
#include "ops/repair_report.hpp"
#include "ops/report_html.hpp"
#include "ops/report_markdown.hpp"

using namespace stackrescue;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kHostile = "</svg></pre><script>alert(1)</script><img src=x onerror=alert(2)>";

json record(const std::string& module, const std::string& start, const std::string& end, double duration, json result,
            json params = json::object(), bool changed = false, bool failed = false) {
  return {{"module", "stackrescue.openstack." + module}, {"start", start}, {"end", end}, {"duration", duration},
          {"check_mode", false}, {"changed", changed}, {"failed", failed}, {"msg", module + " said " + kHostile},
          {"params", params}, {"result", result}};
}

json steps() {
  return json::array(
      {record("server_diagnose", "2026-12-07T07:00:00.000000Z", "2026-12-07T07:00:02.000000Z", 2, {{"state", "boot_failed"}}),
       record("rescue_command", "2026-12-07T07:00:10.000000Z", "2026-12-07T07:00:20.000000Z", 10,
              {{"rc", 0},
               {"stdout", kHostile},
               {"file_changes",
                json::array({{{"path", "/mnt/etc/fstab"}, {"secret", false}, {"changed", true},
                              {"diff", "--- /mnt/etc/fstab (before)\n+++ /mnt/etc/fstab (after)\n@@ -1 +1 @@\n-a\n+" + kHostile}},
                             {{"path", "/mnt/etc/shadow"}, {"secret", true}, {"changed", true}, {"entries", {"root"}}},
                             {{"path", "/mnt/etc/hosts"}, {"secret", false}, {"changed", false}, {"diff", ""}}})}},
              {{"cmd", "sed -i 's/^/#/' /mnt/etc/fstab # ```"}}, true),
       record("server_rescue", "2026-12-07T07:00:30.000000Z", "2026-12-07T07:00:40.000000Z", 10, json::object(),
              json::object(), true, true)});
}

ops::RepairFacts facts() {
  ops::RepairFacts f;
  f.server = "web-1\"><script>x</script>";
  f.outcome = "repaired";
  f.reason = "came up: " + kHostile;
  f.diagnosis_before = {{"state", "boot_failed"}, {"reason", "fstab"},
                        {"log_tail", json::array({{{"line_number", 7}, {"text", kHostile}}})}};
  f.diagnosis_after = {{"state", "booted"}, {"reason", "login prompt"}, {"log_tail", json::array({{{"text", "web-1 login:"}}})}};
  f.snapshots = {"5c1d0f0e-aaaa-bbbb-cccc-000000000001"};
  f.extra = {{"moved<b>", kHostile}};
  // The root password's step runs under no_log: its record has no result, the play passes these.
  f.file_changes = json::array({{{"path", "/mnt/etc/shadow"}, {"secret", true}, {"changed", true}, {"entries", {"alice"}}},
                                {{"path", "/mnt/etc/passwd"}, {"secret", true}, {"changed", false}, {"entries", json::array()}}});
  return f;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("repair-report-test-" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
};

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("repair_report: the report holds the steps, their file changes, commands, console tails and times",
          "[repair_report]") {
  const auto report = ops::server_report(facts(), steps());
  REQUIRE(report["steps"].size() == 3);
  CHECK(report["steps"][1]["index"] == 2);
  CHECK(report["steps"][1]["name"] == "rescue_command");
  CHECK(report["steps"][1]["offset"] == 10.0);
  CHECK(report["steps"][1]["command"] == "sed -i 's/^/#/' /mnt/etc/fstab # ```");
  CHECK(report["steps"][0]["command"].is_null());
  REQUIRE(report["file_changes"].size() == 3);  // the unchanged files are not listed
  CHECK(report["file_changes"][0]["path"] == "/mnt/etc/fstab");
  CHECK(report["file_changes"][0]["step"] == 2);
  CHECK(report["file_changes"][1]["entries"] == json::array({"root"}));
  CHECK(report["file_changes"][2]["entries"] == json::array({"alice"}));
  CHECK(report["file_changes"][2]["step"].is_null());
  CHECK(report["console"]["before"] == json::array({kHostile}));
  CHECK(report["console"]["after"] == json::array({"web-1 login:"}));
  CHECK(report["start"] == "2026-12-07T07:00:00.000000Z");
  CHECK(report["end"] == "2026-12-07T07:00:40.000000Z");
  CHECK(report["duration"] == 40.0);
  CHECK(report["snapshots"] == json::array({"5c1d0f0e-aaaa-bbbb-cccc-000000000001"}));
}

TEST_CASE("repair_report: a record with keys of the wrong type is rendered, not a failure", "[repair_report]") {
  const auto odd = json::array({{{"module", 42}, {"start", nullptr}, {"duration", "long"}, {"result", "x"}}});
  const auto report = ops::server_report(facts(), odd);
  CHECK(report["steps"][0]["name"] == "42");
  CHECK(report["steps"][0]["duration"] == 0.0);
  CHECK_THAT(ops::server_html(report), Catch::Contains("<td>42</td>"));
}

TEST_CASE("repair_report: the HTML page is self-contained and nothing from the guest becomes markup", "[repair_report]") {
  const auto html = ops::server_html(ops::server_report(facts(), steps()));
  CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
  CHECK_THAT(html, Catch::Contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""));
  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "<img") == 0);
  CHECK(count(html, "<svg") == 1);
  CHECK(count(html, "</svg>") == 1);
  CHECK(count(html, "<pre") == count(html, "</pre>"));
  CHECK(count(html, "&lt;/svg&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;") >= 5);  // msg, stdout, diff, console
  CHECK_THAT(html, Catch::Contains("<code>web-1&quot;&gt;&lt;script&gt;x&lt;/script&gt;</code>"));
  // No external asset: no link, no src, no URL but the SVG namespace.
  CHECK(count(html, "<link") == 0);
  CHECK(count(html, "src=\"") == 0);  // "src=x" of the hostile text is escaped text, not an attribute
  CHECK(count(html, "http") == count(html, "http://www.w3.org/2000/svg") + count(html, "http-equiv"));
  // The secret file: only its entry names.
  CHECK_THAT(html, Catch::Contains("Entries whose lines changed: root"));
  CHECK_THAT(html, Catch::Contains("<code>/mnt/etc/shadow</code> (a step under no_log)</h3>"));
  CHECK_THAT(html, Catch::Contains("<tr><th>moved&lt;b&gt;</th><td>&lt;/svg&gt;"));
  CHECK_THAT(html, Catch::Contains("<span class=\"del\">-a</span>"));
  CHECK_THAT(html, Catch::Contains("<span class=\"outcome good\">repaired</span>"));
}

TEST_CASE("repair_report: the SVG timeline places each step by its start and length", "[repair_report]") {
  const auto svg = ops::timeline_svg(ops::server_report(facts(), steps()));
  // 40 s over 640 px from x = 230: the second step starts at 10 s (x 390) and lasts 10 s (160 px).
  CHECK(count(svg, "<rect") == 3);
  CHECK_THAT(svg, Catch::Contains("<rect x=\"230.0\" y=\"27.0\" width=\"32.0\""));
  CHECK_THAT(svg, Catch::Contains("<rect x=\"390.0\" y=\"49.0\" width=\"160.0\" height=\"16.0\" fill=\"#f0ad4e\"/>"));
  CHECK_THAT(svg, Catch::Contains("<rect x=\"710.0\" y=\"71.0\" width=\"160.0\" height=\"16.0\" fill=\"#d9534f\"/>"));
  CHECK_THAT(svg, Catch::Contains(">40.0 s</text>"));
  CHECK(count(svg, "<title>") == 4);
}

TEST_CASE("repair_report: Markdown escapes inline text and fences code longer than its backticks", "[repair_report]") {
  CHECK(ops::markdown_inline("a|b <i>x</i>\n# not a heading") == "a\\|b \\<i\\>x\\</i\\> # not a heading");
  CHECK(ops::markdown_inline("# heading?") == "\\# heading?");
  CHECK(ops::markdown_code("x ```` y", "sh") == "`````sh\nx ```` y\n`````\n");
  const auto md = ops::server_markdown(ops::server_report(facts(), steps()));
  CHECK_THAT(md, Catch::StartsWith("# Repair of web-1\"\\>\\<script\\>x\\</script\\>: repaired\n"));
  CHECK_THAT(md, Catch::Contains("````sh\nsed -i 's/^/#/' /mnt/etc/fstab # ```\n````\n"));
  CHECK_THAT(md, Catch::Contains("```diff\n--- /mnt/etc/fstab (before)\n"));
  // Unescaped only inside code blocks: stdout, diff and console (the rest is "\\<script").
  CHECK(count(md, "<script") - count(md, "\\<script") == 3);
  CHECK_THAT(md, Catch::Contains("- moved\\<b\\>: \\</svg\\>"));
  CHECK_THAT(md, Catch::Contains("### /mnt/etc/shadow (a step under no_log)"));
  CHECK_THAT(md, Catch::Contains("| 3 | server\\_rescue | 2026-12-07T07:00:30.000000Z | 10.0 s | failed |"));
}

TEST_CASE("repair_report: files are written once, rewritten only when they differ, never in check mode",
          "[repair_report]") {
  TempDir dir;
  const auto dest = (dir.path / "web-1-run").string();
  const auto report = ops::server_report(facts(), steps());
  const auto dry = ops::write_report(report, dest, true);
  CHECK(dry.written.size() == 3);
  CHECK_FALSE(fs::exists(dest));
  const auto first = ops::write_report(report, dest, false);
  CHECK(first.written == first.paths);
  CHECK((fs::status(dest).permissions() & fs::perms::all) == fs::perms::owner_all);
  CHECK(json::parse(read(dir.path / "web-1-run/report.json")) == report);
  CHECK(ops::write_report(report, dest, false).written.empty());
  CHECK(ops::write_report(report, dest, true).written.empty());
  auto changed = report;
  changed["steps"][0]["msg"] = "another message";  // in json, md and html
  CHECK(ops::write_report(changed, dest, false).written.size() == 3);
  CHECK(std::distance(fs::directory_iterator(dest), fs::directory_iterator()) == 3);  // no temporary left
}

TEST_CASE("repair_report: the screens before and after, their text, a link to a PNG saved beside the pages only",
          "[repair_report]") {
  TempDir dir;
  const auto dest = (dir.path / "web-1-run").string();
  const auto shot = [](const std::string& png, json text) {
    return json{{"changed", true}, {"dest", png}, {"width", 720}, {"height", 400}, {"text", text}, {"console", "vnc"}};
  };
  auto f = facts();
  f.screen_before = shot(dest + "/screen-before.png", "You are in emergency mode.\n" + kHostile);
  f.screen_after = shot(dest + "/../elsewhere/screen-after.png", nullptr);  // graphical, not beside the pages
  auto report = ops::server_report(f, steps());
  CHECK(report["screens"]["before"] == json{{"png", dest + "/screen-before.png"}, {"width", 720}, {"height", 400},
                                            {"text", "You are in emergency mode.\n" + kHostile}});
  CHECK(report["screens"]["after"]["text"].is_null());

  ops::write_report(report, dest, false);
  CHECK(json::parse(read(fs::path(dest) / "report.json")) == report);  // the paths as given, no link
  auto html = read(fs::path(dest) / "report.html");
  CHECK_THAT(html, Catch::Contains("<h2>Screen before</h2>\n<p><a href=\"./screen-before.png\">screen-before.png</a> "
                                   "(720x400)</p>\n<pre>You are in emergency mode.\n&lt;/svg&gt;"));
  CHECK_THAT(html, Catch::Contains("<h2>Screen after</h2>\n<p><code>" + dest + "/../elsewhere/screen-after.png</code> "
                                   "(720x400)</p>\n<p>(a graphical screen: no text read from it)</p>"));
  CHECK(count(html, "href=") == 1);
  CHECK(count(html, "<img") == 0);
  const auto md = read(fs::path(dest) / "report.md");
  CHECK_THAT(md, Catch::Contains("## Screen before\n\n[screen-before.png](./screen-before.png) (720x400)\n\n```\n"
                                 "You are in emergency mode."));
  CHECK(count(md, "](./") == 1);

  // A name a page never links; a capture that failed is named; none taken.
  f.screen_before = shot(dest + "/javascript:alert(1).png", "x");
  f.screen_after = {{"failed", true}, {"msg", "the console proxy closed the websocket " + kHostile}};
  report = ops::server_report(f, steps());
  CHECK(report["screens"]["after"] == json{{"error", "the console proxy closed the websocket " + kHostile}});
  ops::write_report(report, dest, false);
  html = read(fs::path(dest) / "report.html");
  CHECK(count(html, "href=") == 0);
  CHECK_THAT(html, Catch::Contains("<p>(none: the console proxy closed the websocket &lt;/svg&gt;"));
  CHECK(ops::server_report(facts(), steps())["screens"] == json{{"before", nullptr}, {"after", nullptr}});
  f.screen_after = shot(dest + "/screen-after.png", "y");
  f.screen_after["failed"] = "no";  // a hand-written dict: only true counts as failed, nothing throws
  CHECK(ops::server_report(f, steps())["screens"]["after"]["png"] == dest + "/screen-after.png");
  CHECK_THAT(ops::server_html(ops::server_report(facts(), steps())), Catch::Contains("<h2>Screen after</h2>\n<p>(none taken)</p>"));
}

TEST_CASE("repair_report: the fleet page has one row per server linking to its page", "[repair_report]") {
  TempDir dir;
  std::vector<std::string> runs;
  for (const std::string name : {"web-1", "db-2"}) {
    auto f = facts();
    f.server = name;
    f.outcome = name == "web-1" ? "repaired" : "failed";
    runs.push_back((dir.path / (name + "-20261207T070000Z")).string());
    ops::write_report(ops::server_report(f, steps()), runs.back(), false);
  }
  std::vector<ops::RunReport> read;
  for (const auto& run : runs) read.push_back(ops::read_run_report(run));
  const auto fleet = ops::fleet_report(read, dir.path.string());
  REQUIRE(fleet["servers"].size() == 2);
  CHECK(fleet["servers"][1]["link"] == "db-2-20261207T070000Z/report.html");
  CHECK(fleet["servers"][1]["failed_steps"] == 1);
  CHECK(fleet["servers"][1]["files_changed"] == 3);
  const auto html = ops::fleet_html(fleet);
  CHECK(count(html, "<tr><td>") == 2);
  CHECK_THAT(html, Catch::Contains("<a href=\"./web-1-20261207T070000Z/report.html\">report</a>"));
  CHECK_THAT(html, Catch::Contains("<span class=\"outcome bad\">failed</span>"));
  CHECK(count(html, "<script") == 0);
  CHECK_THAT(ops::fleet_markdown(fleet), Catch::Contains("| [report](<./db-2-20261207T070000Z/report.html>) |"));
  CHECK_THROWS_WITH(ops::read_run_report((dir.path / "none").string()),
                    Catch::StartsWith("runs: " + (dir.path / "none/report.json").string() + " cannot be read"));
}

TEST_CASE("repair_report: the audit log's unreadable lines are named, a missing file fails", "[repair_report]") {
  TempDir dir;
  fs::create_directories(dir.path);
  const auto log = dir.path / "audit.jsonl";
  std::ofstream(log) << steps()[0].dump() << "\n\n{\"module\": \"cut in the mid\n[1]\n" << steps()[1].dump() << "\n";
  const auto read = ops::read_audit_log(log.string());
  CHECK(read.steps.size() == 2);
  REQUIRE(read.skipped.size() == 2);
  CHECK(read.skipped[0].line_number == 3);
  CHECK(read.skipped[1].line_number == 4);
  CHECK_THROWS_WITH(ops::read_audit_log((dir.path / "missing").string()),
                    "records " + (dir.path / "missing").string() + " cannot be read: No such file or directory");
}

TEST_CASE("repair_report: audit_log timestamps are read as UTC", "[repair_report]") {
  CHECK(ops::parse_utc_timestamp("1970-01-01T00:00:01.500000Z") == 1.5);
  CHECK(ops::parse_utc_timestamp("2026-12-07T07:11:02.000000Z") == 1796627462.0);
  CHECK_FALSE(ops::parse_utc_timestamp("2026-12-07 07:11:02"));
  CHECK_FALSE(ops::parse_utc_timestamp("2026-12-07T07:11:02+01:00"));
}
