#pragma once
// server_diagnose: why a server does not boot, read-only. Reads the server (status, fault,
// last actions) and its console log, finds the last boot in the log and what failed in it
// (src/diagnose), and decides the server's state: booted, booting, boot_failed, no_output
// or unknown. For a fleet the same per server, the reads in parallel on one session.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "diagnose/diagnosis.hpp"
#include "openstack/compute.hpp"

namespace stackrescue::ops {

struct DiagnoseOptions {
  // A running server whose last boot shows neither a failure nor the system up is
  // `booting` while its last boot-starting action is younger than this, else `unknown`.
  std::chrono::seconds boot_timeout{300};
  int parallel = 8;          // servers read at the same time (fleets)
  int actions = 5;           // instance actions returned per server
  // The text of a server's screen (its VNC console), nullopt when it is not a text console;
  // throws when it cannot be read. Asked for a running server whose console log shows no
  // boot (an image that prints nothing on its serial port); empty: never.
  std::function<std::optional<std::string>(const openstack::Server&)> read_screen{};
};

inline constexpr int kMaxParallel = 32;

struct ServerDiagnosis {
  openstack::Server server;
  std::string state;         // booted | booting | boot_failed | no_output | unknown
  std::string reason;        // why that state, in one sentence
  std::string boot_read;     // "last" | "before_rescue": which boot of the log was read
  std::string source = "console_log";  // or "screen": what the findings were read from
  std::string screen_note;   // why the screen was not read, when it was tried and could not be
  bool console_available = false;
  std::string console_unavailable_reason;
  diagnose::LogDiagnosis log;
  std::vector<openstack::InstanceAction> actions;
  std::optional<std::string> error;   // this server could not be read (a fleet goes on)
};

// One server (already looked up). Throws what the reads throw.
ServerDiagnosis diagnose_server(openstack::ComputeClient& compute, const openstack::Server& server,
                                const DiagnoseOptions& options, Clock& clock);

// Every server, `options.parallel` at a time, in the given order. A server whose reads fail
// gets state unknown and `error` (the others are still diagnosed).
std::vector<ServerDiagnosis> diagnose_servers(openstack::ComputeClient& compute,
                                              const std::vector<openstack::Server>& servers,
                                              const DiagnoseOptions& options, Clock& clock);

// Checks the options before any request: throws OperationFailed naming the option.
void check_options(const DiagnoseOptions& options);

// One server's result entry: server, state, reason, findings, repair_tasks, repair_vars,
// boot, came_up, log_tail, console_log, actions (and error).
nlohmann::json return_values(const ServerDiagnosis& diagnosis);

// DiagnoseOptions::read_screen over the server's VNC console (ops/vnc_console: its rules; a
// ws:// console only on this machine), each read within `timeout`.
std::function<std::optional<std::string>(const openstack::Server&)> screen_reader(
    openstack::ComputeClient& compute, const console::ChannelOpener& open, Clock& clock = system_clock(),
    std::chrono::seconds timeout = std::chrono::seconds(30));

// The fleet's counts per state: {"booted": 3, "boot_failed": 1, ...} (every state present).
nlohmann::json state_counts(const std::vector<ServerDiagnosis>& diagnoses);

// "10 booted, 2 boot_failed" (the states with a count, in state order).
std::string describe_counts(const nlohmann::json& counts);

// The rules as reference sections for the module's page (ModuleSpec::reference): the kinds
// with what they call for and a console excerpt each, and every wording with its source.
nlohmann::json diagnosis_reference();

// The findings in one phrase: "fstab_mount_failed (/srv/archive), emergency_mode" (each
// kind with the first of its mount point, device, file, reason or process).
std::string findings_summary(const diagnose::LogDiagnosis& log);

// "server 'web-1' (…): boot_failed: fstab_mount_failed (/srv/archive), emergency_mode".
std::string summary(const ServerDiagnosis& diagnosis);

}  // namespace stackrescue::ops
