// server_console_log: the last lines of a server's console log, optionally waiting until
// a line matches (e.g. until the rescue system says it is up). Never changes anything.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/server_console_log.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_console_log", "Read a server's console log, or wait for a line in it", R"(
Reads the server's console output from Nova (the os-getConsoleOutput action): what the guest printed
on its serial console, e.g. the boot messages of a rescue system.

With C(wait_for), reads the log again every second until a line matches the regular expression,
up to C(timeout); fails with the last lines of the log when none does. Nova's RESCUE status only says
that the rescue domain was started; a line printed by the rescue system says it really came up.

Clouds or servers without a console log (e.g. Nova drivers that keep none) return C(available=false)
when not waiting. Never changes anything; runs in check mode.
)");
  s.options = {
      option("lines", Type::Int, "How many of the last lines to return.").default_to(50),
      option("server", Type::Str, "The server, by name (exact match) or ID.").required().aliases({"name"}),
      option("stop_on_boot_failure", Type::Bool,
             "While waiting for C(wait_for), fail early once the boot has visibly failed: server_diagnose's "
             "C(boot_failed) (a failure that stops a boot, such as emergency mode or a root file system not "
             "found, with nothing after it) and no new console line for 30 seconds. The result then has "
             "C(boot_failed=true) and the message names the failure. A failure the boot survives is followed by "
             "more lines and does not stop the wait.")
          .default_to(false),
      option("timeout", Type::Int, "Seconds to wait for C(wait_for).").default_to(300),
      option("wait_for", Type::Str,
             "A regular expression (ECMAScript syntax) to wait for; each line is searched on its own, in its "
             "first 4096 characters."),
  };
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"available", "False when Nova has no console log for the server.", "success", "bool", true},
      {"log", "The last C(lines) lines of the console log, each ending in a newline.", "success", "str",
       "STACKRESCUE-RESCUE-UP 8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a\nroot shell on the serial console\n"},
      {"log_lines", "The same lines as a list, without line ends.", "success", "list",
       {"STACKRESCUE-RESCUE-UP 8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a", "root shell on the serial console"}},
      {"match", "The last line that matched C(wait_for).", "when C(wait_for) was given", "str",
       "STACKRESCUE-RESCUE-UP 8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"},
      {"unavailable_reason", "Nova's message when it has no console log for the server.",
       "when C(available) is false", "str", "Guest does not have a console available."},
      {"waited", "Seconds spent until the line appeared.", "when C(wait_for) was given", "float", 12.5},
  };
  s.examples = R"(- name: Wait until the rescue system of web-1 is up
  stackrescue.openstack.server_console_log:
    cloud: mycloud
    server: web-1
    wait_for: "STACKRESCUE-RESCUE-UP"
    timeout: 300
  delegate_to: localhost

- name: Show the last 20 lines of its console log
  stackrescue.openstack.server_console_log:
    cloud: mycloud
    server: web-1
    lines: 20
  register: console_log
  delegate_to: localhost
)";
  return s;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  const auto lines = static_cast<int>(params.integer("lines"));
  if (lines < 1) throw ops::OperationFailed("lines must be 1 or more, got " + std::to_string(lines));
  const auto timeout = params.integer("timeout");
  if (timeout < 0) throw ops::OperationFailed("timeout must be 0 or more seconds, got " + std::to_string(timeout));
  const auto wait_for = params.opt_str("wait_for");
  if (params.boolean("stop_on_boot_failure") && !wait_for)
    throw ops::OperationFailed("stop_on_boot_failure goes with wait_for (it stops a wait early)");
  const auto pattern = wait_for ? std::optional<std::regex>(ops::compile_wait_pattern(*wait_for)) : std::nullopt;
  auto cloud = module_support::connect(params, ctx);
  const auto server = cloud.compute.find_server(params.str("server"));
  auto& clock = system_clock();
  const ops::BootFailureStop stop{params.boolean("stop_on_boot_failure")};
  const auto log = pattern ? ops::wait_for_console_line(cloud.compute, server, *pattern, *wait_for, lines,
                                                        ops::Deadline::after(clock, std::chrono::seconds(timeout)),
                                                        clock, std::chrono::seconds(1), stop)
                           : ops::read_console_log(cloud.compute, server, lines);
  ansible::Result result;
  result.msg = log.match ? "console log of " + ops::describe(server) + " shows: " + *log.match
               : log.available ? std::to_string(log.lines.size()) + " lines of the console log of " +
                                     ops::describe(server)
                               : "Nova has no console log for " + ops::describe(server) + ": " + log.unavailable_reason;
  result.data = ops::return_values(log);
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
