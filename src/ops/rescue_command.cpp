#include "ops/rescue_command.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>

#include "common/utf8.hpp"
#include "console/command.hpp"
#include "console/errors.hpp"
#include "console/lock.hpp"
#include "console/log_shell.hpp"
#include "console/screen_login.hpp"
#include "console/websocket_channel.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/server_console.hpp"
#include "ops/server_console_log.hpp"

namespace stackrescue::ops {
namespace {

using console::Session;

std::string two_digits(long value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// Seconds rounded once to whole microseconds, then split: rounding the fraction on its own
// would turn x.9999996 into x.000000 instead of (x+1).000000.
struct Microseconds {
  long long whole_seconds;
  std::string six_digits;
};

Microseconds to_microseconds(double seconds) {
  const auto total = std::llround(seconds * 1e6);
  const std::string micro = std::to_string(total % 1000000);
  return {total / 1000000, std::string(6 - micro.size(), '0') + micro};
}

// The end of the output, for a failure message.
std::string seen(const std::string& output) {
  constexpr std::size_t kShown = 2000;
  if (output.empty()) return "(none)";
  if (output.size() <= kShown) return output;
  return "..." + std::string(utf8_tail(output, kShown));
}

// Over vnc: a login prompt on the screen is answered, then the log shell is started and its
// prompt awaited in the console log, which also proves the login.
void reach_shell_on_screen(Session& session, console::rfb::Client& screen, const console::Login& login,
                           const std::string& server, Clock& clock, Clock::time_point deadline) {
  const bool logged_in = console::log_in_on_screen(screen, login, server, clock, deadline);
  console::enter_log_shell(session);
  try {
    console::reach_shell(session, login, server, /*interrupt_first: the log shell is new*/ false);
  } catch (const console::ConsoleError& no_shell) {
    if (!logged_in) throw;
    throw console::ConsoleError("the login on the VNC console of " + server +
                                " gave no shell that prints to the console log (a refused login?): " + no_shell.what());
  }
}

}  // namespace

std::optional<std::string> console_transport_warning(const std::string& url, bool allow_insecure,
                                                     const std::string& server, const ConsoleProxy& proxy) {
  using Transport = console::ConsoleEndpoint::Transport;
  const auto endpoint = console::console_endpoint(url);
  const std::string what = "the " + proxy.console + " URL of " + server + " is ws:// on " + endpoint.host;
  switch (endpoint.transport) {
    case Transport::Encrypted:
    case Transport::Unknown:  // not a ws:// URL: the opener refuses it, naming the problem
      return std::nullopt;
    case Transport::CleartextLocal:
      return what + " (this machine): the console token, console_password and everything typed travel unencrypted "
                    "to " + proxy.name + " on this host; anywhere else use a wss:// console (" + proxy.name +
             " with TLS)";
    case Transport::CleartextNetwork:
      break;
  }
  if (!allow_insecure)
    throw OperationFailed(what + ": the console token, console_password and everything typed would cross the network "
                                 "in clear; use a wss:// console (" + proxy.name + " with TLS) or set "
                                 "allow_insecure_console: true");
  return what + " and allow_insecure_console is true: the console token, console_password and everything typed "
                "cross the network in clear";
}

openstack::Server require_still_rescued(openstack::ComputeClient& compute, const openstack::Server& server) {
  auto now = compute.get_server(server.id);
  require_rescue(now);
  return now;
}

void require_rescue(const openstack::Server& server) {
  if (server.status != "RESCUE")
    throw OperationFailed("refusing to type into the serial console of " + describe(server) + ": its status is " +
                          server.status + ", not RESCUE (rescue it first, e.g. with server_rescue)",
                          {{"server", server.id}});
  if (server.task_state)
    throw OperationFailed("refusing to type into the serial console of " + describe(server) +
                              ": it is in RESCUE, but Nova is busy with task_state " + *server.task_state +
                              " (an unrescue under way leaves the rescue system)",
                          {{"server", server.id}});
}

RescueCommandOutcome run_rescue_command(openstack::ComputeClient& compute, const openstack::Server& server,
                                        const RescueCommandRequest& request, const console::ChannelOpener& open,
                                        Clock& clock) {
  require_rescue(server);
  RescueCommandOutcome outcome;
  outcome.start = clock.unix_now();
  const auto deadline = clock.now() + request.timeout;
  const auto left = [&] { return std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock.now()); };
  const auto held = console::lock_console(
      server.id, left(), console_lock_directory(request.lock_directory));
  auto opened = open_rescue_console(
      compute, server, {request.console, request.allow_insecure_console, request.warn, deadline}, open, clock);
  outcome.console = opened.kind;
  const bool on_screen = opened.kind == "vnc";
  Session session(std::move(opened.channel), clock, deadline);
  require_still_rescued(compute, server);  // immediately before the first typed byte
  if (on_screen) reach_shell_on_screen(session, *opened.screen, request.login, describe(server), clock, deadline);
  else console::reach_shell(session, request.login, describe(server));

  std::optional<std::string> copies;
  if (!request.watched.empty()) {
    copies = copy_watched_files(session, request.watched, describe(server));
    if (!copies) {  // the deadline passed before the command was typed
      outcome.end = clock.unix_now();
      return outcome;
    }
  }
  const auto result = console::run_command(session, request.text, request.output_limit, describe(server));
  if (!result.finished) console::interrupt(session);
  outcome.end = clock.unix_now();
  // A command that failed may still have changed files; one that timed out left no time.
  if (copies && result.finished)
    outcome.file_changes = compare_watched_files(session, request.watched, *copies, request.output_limit);
  if (on_screen) console::leave_log_shell(session);
  outcome.finished = result.finished;
  outcome.rc = result.rc;
  outcome.output = result.output;
  // Over vnc, output the console log's window slid past between two reads is lost too.
  outcome.truncated = result.cut_bytes > 0 || session.missed_output();
  return outcome;
}

std::string unfinished_message(const RescueCommandOutcome& outcome, std::chrono::seconds timeout,
                               const openstack::Server& server) {
  return "the command did not finish within " + std::to_string(timeout.count()) + " s in the rescue system of " +
         describe(server) + "; output seen: " + seen(outcome.output);
}

std::string command_time(double unix_seconds) {
  const auto at = to_microseconds(unix_seconds);
  const auto whole = static_cast<std::time_t>(at.whole_seconds);
  std::tm local{};
  localtime_r(&whole, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
  return std::string(text) + "." + at.six_digits;
}

std::string command_delta(double seconds) {
  const auto span = to_microseconds(std::max(0.0, seconds));
  const long long whole = span.whole_seconds;
  return std::to_string(whole / 3600) + ":" + two_digits(static_cast<long>(whole / 60 % 60)) + ":" +
         two_digits(static_cast<long>(whole % 60)) + "." + span.six_digits;
}

nlohmann::json return_values(const RescueCommandOutcome& outcome, const std::string& server_id, bool files_watched) {
  auto values = nlohmann::json{{"rc", outcome.rc ? nlohmann::json(*outcome.rc) : nlohmann::json(nullptr)},
          {"stdout", outcome.output},
          {"stdout_lines", log_lines(outcome.output, std::nullopt)},
          {"stdout_truncated", outcome.truncated},
          {"stderr", ""},
          {"stderr_lines", nlohmann::json::array()},
          {"start", command_time(outcome.start)},
          {"end", command_time(outcome.end)},
          {"delta", command_delta(outcome.end - outcome.start)},
          {"server", server_id},
          {"console", outcome.console}};
  if (files_watched) values["file_changes"] = file_changes_json(outcome.file_changes);
  return values;
}

}  // namespace stackrescue::ops
