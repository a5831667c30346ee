#include "ops/server_diagnose.hpp"

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "diagnose/console_text.hpp"
#include "diagnose/examples.hpp"
#include "diagnose/rules.hpp"
#include "openstack/errors.hpp"
#include "openstack/token_cache.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/vnc_console.hpp"

namespace stackrescue::ops {
namespace {

using nlohmann::json;
using diagnose::LogState;

constexpr int kPowerRunning = 1;  // OS-EXT-STS:power_state RUNNING

// Actions after which the guest boots (again): the newest of them dates the last boot.
const std::set<std::string>& boot_actions() {
  static const std::set<std::string> actions = {"create", "start", "reboot", "rebuild", "rescue", "unrescue",
                                                "resize", "revertResize", "migrate", "evacuate", "unshelve"};
  return actions;
}

const openstack::InstanceAction* last_boot_action(const std::vector<openstack::InstanceAction>& actions) {
  for (const auto& action : actions)  // newest first
    if (boot_actions().count(action.action)) return &action;
  return nullptr;
}

}  // namespace

std::string findings_summary(const diagnose::LogDiagnosis& log) {
  std::string out;
  for (const auto& finding : log.findings) {
    out += (out.empty() ? "" : ", ") + finding.kind;
    for (const char* key : {"mount_point", "device", "file", "reason", "process"}) {
      if (finding.details.contains(key)) {
        out += " (" + finding.details[key].get<std::string>() + ")";
        break;
      }
    }
  }
  return out;
}

namespace {

// The state when the log itself decides nothing: the server's status and history do.
void decide_undecided(ServerDiagnosis& d, const DiagnoseOptions& options, Clock& clock) {
  const auto& server = d.server;
  if (server.status == "ERROR") {
    d.state = "unknown";
    d.reason = "the server is in ERROR" + (server.fault ? ": " + server.fault->message : std::string()) +
               "; its last boot shows no failure and no login";
    return;
  }
  if (server.power_state != kPowerRunning) {
    d.state = "unknown";
    d.reason = "the server is not running (status " + server.status +
               ") and its last boot shows neither a failure nor the system up";
    return;
  }
  const auto* action = last_boot_action(d.actions);
  const auto started = action ? openstack::parse_iso8601_utc(action->start_time) : std::nullopt;
  const double age = started ? clock.unix_now() - *started : -1;
  if (started && age >= 0 && age < static_cast<double>(options.boot_timeout.count())) {
    d.state = "booting";
    d.reason = "its last boot (" + action->action + ", " + std::to_string(static_cast<long>(age)) +
               " s ago) shows no failure and not yet the system up";
    return;
  }
  d.state = "unknown";
  d.reason = std::string("its last boot shows neither a known failure nor the system up") +
             (started ? " after " + std::to_string(static_cast<long>(age)) + " s (" + action->action + ")" : "") +
             ": see log_tail";
}

void decide(ServerDiagnosis& d, const DiagnoseOptions& options, Clock& clock) {
  const auto& log = d.log;
  switch (log.state) {
    case LogState::NoOutput:
      if (d.console_available && d.boot_read == "before_rescue" && log.boot.boots_in_log > 0) {
        d.state = "unknown";  // the log holds the rescue system only: the server's own boot is gone
        d.reason = "it is rescued, and its console log shows only the rescue system's boot";
      } else {
        d.state = "no_output";
        d.reason = d.console_available ? "its console log is empty"
                                       : "Nova has no console log for it: " + d.console_unavailable_reason;
      }
      return;
    case LogState::BootFailed:
      d.state = "boot_failed";
      d.reason = "the boot stopped: " + findings_summary(log);
      return;
    case LogState::Booted:
      d.state = "booted";
      d.reason = "the system came up (line " + std::to_string(log.came_up->line_number) + ": " + log.came_up->text +
                 ")" + (log.findings.empty() ? "" : "; also: " + findings_summary(log));
      return;
    case LogState::Undecided:
      decide_undecided(d, options, clock);
      if (!log.findings.empty()) d.reason += "; seen: " + findings_summary(log);
      return;
  }
}

json to_json(const diagnose::Evidence& e) { return {{"line_number", e.line_number}, {"text", e.text}}; }

json evidence_list(const std::vector<diagnose::Evidence>& list) {
  json out = json::array();
  for (const auto& e : list) out.push_back(to_json(e));
  return out;
}

json to_json(const openstack::InstanceAction& a) {
  return {{"action", a.action}, {"request_id", a.request_id}, {"start_time", a.start_time},
          {"message", a.message ? json(*a.message) : json(nullptr)}};
}

}  // namespace

void check_options(const DiagnoseOptions& options) {
  if (options.parallel < 1 || options.parallel > kMaxParallel)
    throw OperationFailed("parallel must be between 1 and " + std::to_string(kMaxParallel) + ", got " +
                          std::to_string(options.parallel));
  if (options.boot_timeout.count() < 0)
    throw OperationFailed("boot_timeout must be 0 or more seconds, got " + std::to_string(options.boot_timeout.count()));
}

ServerDiagnosis diagnose_server(openstack::ComputeClient& compute, const openstack::Server& server,
                                const DiagnoseOptions& options, Clock& clock) {
  ServerDiagnosis d;
  d.server = server;
  d.actions = compute.instance_actions(server.id, options.actions);
  const auto output = compute.console_output(server.id, std::nullopt);
  d.console_available = output.available;
  d.console_unavailable_reason = output.reason;
  const auto lines = diagnose::console_lines(output.text);
  // A rescued server's log ends with the rescue system's boot: its own is the one before.
  const bool rescued = server.status == "RESCUE";
  d.boot_read = rescued ? "before_rescue" : "last";
  d.log = diagnose::diagnose_boot(lines, rescued ? 1 : 0);
  // An image that prints nothing on its serial port shows its boot on the screen only.
  if (server.status == "ACTIVE" && d.log.state == diagnose::LogState::NoOutput && options.read_screen) {
    try {
      if (const auto text = options.read_screen(server)) {
        d.log = diagnose::diagnose_screen(diagnose::console_lines(*text));
        d.source = "screen";
      } else {
        d.screen_note = "its screen is not a text console this module can read";
      }
    } catch (const std::exception& unreadable) {
      d.screen_note = std::string("its screen could not be read: ") + unreadable.what();
    }
  }
  decide(d, options, clock);
  if (d.source == "screen") d.reason += " (read from its screen: its console log is empty)";
  else if (!d.screen_note.empty()) d.reason += "; " + d.screen_note;
  return d;
}

std::vector<ServerDiagnosis> diagnose_servers(openstack::ComputeClient& compute,
                                              const std::vector<openstack::Server>& servers,
                                              const DiagnoseOptions& options, Clock& clock) {
  std::vector<ServerDiagnosis> out(servers.size());
  std::atomic<std::size_t> next{0};
  auto work = [&]() {
    for (std::size_t i = next++; i < servers.size(); i = next++) {
      try {
        out[i] = diagnose_server(compute, servers[i], options, clock);
      } catch (const std::exception& e) {  // this server's reads failed: say so, go on with the others
        out[i] = ServerDiagnosis{};
        out[i].server = servers[i];
        out[i].state = "unknown";
        out[i].error = e.what();
        out[i].reason = std::string("could not be read: ") + e.what();
      }
    }
  };
  const auto workers = std::min<std::size_t>(static_cast<std::size_t>(options.parallel), servers.size());
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& thread : threads) thread.join();
  return out;
}

json return_values(const ServerDiagnosis& d) {
  json findings = json::array();
  for (const auto& f : d.log.findings) {
    findings.push_back({{"kind", f.kind}, {"evidence", evidence_list(f.evidence)}, {"details", f.details},
                        {"repair_tasks", f.repair_tasks}, {"repair_vars", f.repair_vars}});
  }
  const auto plan = diagnose::repair_plan(d.log.findings);
  json actions = json::array();
  for (const auto& a : d.actions) actions.push_back(to_json(a));
  json out = {
      {"server", openstack::to_json(d.server)},
      {"state", d.state},
      {"reason", d.reason},
      {"findings", findings},
      {"repair_tasks", plan.tasks},
      {"repair_vars", plan.vars},
      {"source", d.source},
      {"boot",
       {{"read", d.boot_read},
        {"first_line", d.log.boot.first_line},
        {"last_line", d.log.boot.last_line},
        {"boots_in_log", d.log.boot.boots_in_log},
        {"kernel", d.log.boot.kernel ? json(*d.log.boot.kernel) : json(nullptr)}}},
      {"came_up", d.log.came_up ? to_json(*d.log.came_up) : json(nullptr)},
      {"log_tail", evidence_list(d.log.tail)},
      {"console_log",
       {{"available", d.console_available},
        {"reason", d.console_available ? json(nullptr) : json(d.console_unavailable_reason)}}},
      {"actions", actions},
  };
  if (d.error) out["error"] = *d.error;
  return out;
}

json state_counts(const std::vector<ServerDiagnosis>& diagnoses) {
  json counts = {{"booted", 0}, {"booting", 0}, {"boot_failed", 0}, {"no_output", 0}, {"unknown", 0}};
  for (const auto& d : diagnoses) counts[d.state] = counts.value(d.state, 0) + 1;
  return counts;
}

json diagnosis_reference() {
  json kinds_rows = json::array();
  for (const auto& kind : diagnose::kinds()) {
    std::string repairs;
    for (const auto task : kind.repair_tasks) repairs += (repairs.empty() ? "" : ", ") + std::string(task);
    if (kind.name == "fstab_mount_failed") repairs += " (repair_fstab_mountpoints: the mount points seen, never /)";
    if (kind.name == "root_fs_not_found") repairs += " (repair_kernel_remove: the kernel that booted, when printed)";
    kinds_rows.push_back({"C(" + std::string(kind.name) + ")", std::string(kind.meaning), kind.blocks_boot ? "yes" : "no",
                          repairs.empty() ? "none" : repairs});
  }
  json blocks = json::array();
  for (const auto& example : diagnose::kind_examples()) {
    std::string code;
    for (std::size_t i = 0; i < example.lines.size(); ++i)
      code += std::to_string(example.first_line + i) + ": " + std::string(example.lines[i]) + "\n";
    blocks.push_back({{"title", std::string(example.kind) + " — " + std::string(example.seen_on) +
                                    " (tests/fixtures/diagnose/" + std::string(example.fixture) + ")"},
                      {"code", code}});
  }
  json rule_rows = json::array();
  for (const auto& rule : diagnose::rules()) {
    std::string captures;
    for (const auto name : rule.captures) captures += (captures.empty() ? "" : ", ") + std::string(name);
    std::string role = rule.supports.empty() ? "" : " (supporting evidence only)";
    rule_rows.push_back({"C(" + std::string(rule.kind) + ")" + role, json{{"code", std::string(rule.pattern)}},
                         captures.empty() ? "-" : captures, std::string(rule.source)});
  }
  return json::array(
      {{{"title", "Kinds of findings"},
        {"paragraphs",
         {"Findings are listed causes first, in this order. A kind that stops the boot is dropped when the system "
          "came up after it (an operator typed systemctl default); the others stay true of a running system. "
          "C(emergency_mode) is a symptom: the findings before it say why; alone, no repair fits."}},
        {"columns", {"kind", "meaning", "stops the boot", "repair_tasks (repair_vars)"}},
        {"rows", kinds_rows}},
       {{"title", "A console excerpt per kind"},
        {"paragraphs",
         {"As the diagnosis reads them: colour codes removed (Nova's log keeps their text without the ESC byte), "
          "line numbers of the whole log. Captured here means from the project's real guests in its local cloud; "
          "composed means written from the distribution's own messages, every line with its source, in "
          "tests/fixtures/diagnose/wording/."}},
        {"blocks", blocks}},
       {{"title", "The wordings"},
        {"paragraphs",
         {"Each rule is an ECMAScript regular expression searched in one cleaned line of the last boot; every rule "
          "is tested on at least one captured or cited log (tests/unit/diagnose). Boots start at a firmware or "
          "boot loader banner, at any boot loader message, or at the kernel's Linux version line."}},
        {"columns", {"kind", "wording", "details", "source"}},
        {"rows", rule_rows}}});
}

std::string describe_counts(const json& counts) {
  std::string out;
  for (const char* state : {"booted", "booting", "boot_failed", "no_output", "unknown"}) {
    const int n = counts.value(state, 0);
    if (n > 0) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + state;
  }
  return out.empty() ? "none" : out;
}

std::string summary(const ServerDiagnosis& d) { return describe(d.server) + ": " + d.state + ": " + d.reason; }

std::function<std::optional<std::string>(const openstack::Server&)> screen_reader(
    openstack::ComputeClient& compute, const console::ChannelOpener& open, Clock& clock, std::chrono::seconds timeout) {
  return [&compute, open, &clock, timeout](const openstack::Server& server) -> std::optional<std::string> {
    const auto screen = capture_screen(compute, server, {false, nullptr, clock.now() + timeout}, open, clock);
    if (!screen.text.text_console) return std::nullopt;
    return console::rfb::joined(screen.text);
  };
}

}  // namespace stackrescue::ops
