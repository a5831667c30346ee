#pragma once
// rescue_command: one shell command or script run in the rescue system of a server in
// RESCUE, over Nova's serial console or, where there is none, its graphical console (no guest
// network needed). The console engine is the
// console layer (src/console); this is the operation around it: lock the console
// (console/lock), get its URL from Nova (remote-consoles, protocol serial), open the
// channel, reach a shell (console/login), type the framed command(s) (console/framing,
// console/script), read until the end marker or the deadline.
#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "console/channel.hpp"
#include "console/login.hpp"
#include "openstack/compute.hpp"
#include "ops/file_changes.hpp"
#include "ops/rescue_console.hpp"

namespace stackrescue::ops {

struct RescueCommandRequest {
  std::string text;                       // the command line or the script
  std::chrono::seconds timeout{120};      // the whole run: lock, console, login, command
  console::Login login;
  std::size_t output_limit = 1024 * 1024; // bytes of output kept
  std::string lock_directory;             // empty: the token cache's directory
  // A ws:// console URL on a host other than this machine is refused without it (the
  // token, console_password and everything typed would cross the network in clear).
  bool allow_insecure_console = false;
  // Which console to type into (ops/rescue_console.hpp): auto takes the serial console when
  // it opens, else the graphical one with the output read from the console log.
  ConsoleChoice console = ConsoleChoice::Auto;
  // Receives warnings as they arise, so that they reach the result even when the run
  // then fails; may be empty.
  std::function<void(const std::string&)> warn;
  // Files copied before the command and compared after it (ops/file_changes.hpp).
  std::vector<WatchedFile> watched;
};

struct RescueCommandOutcome {
  bool finished = false;      // false: the command did not end before the timeout
  std::optional<int> rc;      // its exit status (when finished)
  std::string output;         // stdout and stderr, as the console carried them (one stream)
  bool truncated = false;     // output_limit cut it (the output says so at its end)
  double start = 0;           // unix seconds
  double end = 0;
  std::vector<FileChange> file_changes;  // one per watched file, when the command finished
  std::string console;        // "serial" or "vnc": the console it was typed into
};

// Throws OperationFailed unless the server is in RESCUE with no task under way (a RESCUE
// server that is being unrescued still shows RESCUE): we never type into a production
// console.
void require_rescue(const openstack::Server& server);

// Reads the server again and require_rescue()s it: the status read before the wait for the
// console lock may be minutes old (an unrescue may have run meanwhile). Returns it as read.
openstack::Server require_still_rescued(openstack::ComputeClient& compute, const openstack::Server& server);

// Whether the console `url` may be used, before connecting to it: a ws:// URL on a host that
// is not this machine (127.0.0.0/8, ::1, localhost) throws OperationFailed unless
// `allow_insecure` (the message names the host, never the URL's token); the warning to give
// for a ws:// URL that is used (loopback, or allowed), else nullopt.
// `proxy` names the console and its proxy in the messages (the serial console by default).
struct ConsoleProxy {
  std::string console = "serial console";
  std::string name = "nova-serialproxy";
};
std::optional<std::string> console_transport_warning(const std::string& url, bool allow_insecure,
                                                     const std::string& server, const ConsoleProxy& proxy = {});

// Runs request.text in the rescue system of `server` (which must be in RESCUE, when it was
// read and again once the console lock is held and the console open). A timeout
// is an outcome (finished = false, the output seen so far), after Ctrl-C was typed so the
// console is usable again. Throws console::ConsoleError when the console cannot be reached or
// locked or a login fails, and when the rescue system lacks a tool the run needs or the
// command could not be written or decoded there (then nothing was run).
RescueCommandOutcome run_rescue_command(openstack::ComputeClient& compute, const openstack::Server& server,
                                        const RescueCommandRequest& request, const console::ChannelOpener& open,
                                        Clock& clock);

// The keys ansible.builtin.command returns (rc, stdout, stdout_lines, stderr, stderr_lines,
// start, end, delta; times in local time as command prints them), plus stdout_truncated,
// server (the ID) and, when files were watched, file_changes.
nlohmann::json return_values(const RescueCommandOutcome& outcome, const std::string& server_id,
                             bool files_watched = false);

// The failure message of a run that did not finish: the timeout, the server, and the end
// of the output seen (all of it is in stdout).
std::string unfinished_message(const RescueCommandOutcome& outcome, std::chrono::seconds timeout,
                               const openstack::Server& server);

// "2026-11-30 13:01:02.123456" (local time) and "0:00:01.500000": ansible.builtin.command's formats.
std::string command_time(double unix_seconds);
std::string command_delta(double seconds);

}  // namespace stackrescue::ops
