// server_diagnose: why a server does not boot — or which servers of a fleet do not, and why.
// Read-only: reads the server, its last actions and its console log, and names the failures
// of the last boot with the rules of src/diagnose/rules.cpp.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/errors.hpp"
#include "ops/server_diagnose.hpp"
#include "ops/server_info.hpp"
#include "server_selection.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_diagnose", "Diagnose why OpenStack servers do not boot, from their console logs", R"(
Reads a server (status, power state, fault, last instance actions) and its console log (Nova's
os-getConsoleOutput), finds the last boot in the log, and names what failed in it: C(findings), each
with its C(kind), the console lines that show it (C(evidence)), what they name (C(details)), and the
repair library's tasks and variables that fit (C(repair_tasks), C(repair_vars): what repair.yml's
C(repair_tasks=auto) runs). The wordings it knows are in docs/modules/server_diagnose.md, with the source
of each.

C(state) is C(boot_failed) when the boot stopped at a failure, C(booted) when the system came up (a login
prompt, the multi-user target) after anything that failed, C(booting) when the last boot shows neither
and started less than C(boot_timeout) seconds ago, C(no_output) when the console log is empty (or Nova
keeps none), and C(unknown) otherwise — with the boot's last lines in C(log_tail), never a guess. A
rescued server's log ends with the rescue system's boot: the boot before it is read.

With selection options instead of C(server), diagnoses every matching server (none given: every server
of the project) in one process: one token, at most C(parallel) servers read at the same time. A server
that cannot be read gets C(unknown) and C(error); the others are still diagnosed.

Never changes anything; runs in check mode.

Where a running server's console log shows no boot (an image that prints nothing on its serial port, no
console=ttyS0), C(read_screen) (default true) reads its screen through its VNC console, as
server_console_screenshot does (its rules: a ws:// console only on this machine), and diagnoses that text by
the same rules; C(source) says screen, and line numbers count the screen's rows. Only what is on the screen
can be found: lines that scrolled off are gone.
)");
  s.options = {
      option("server", Type::Str, "One server, by name (exact match) or ID.").aliases({"name"}),
      option("boot_timeout", Type::Int,
             "Seconds after the last boot-starting action (create, start, reboot, unrescue, ...) during which a "
             "boot that shows neither a failure nor the system up is C(booting) rather than C(unknown).")
          .default_to(300),
      option("parallel", Type::Int, "Servers read at the same time (1 to 32).").default_to(8),
      option("read_screen", Type::Bool, "Read the screen where the console log shows no boot (described above).")
          .default_to(true),
  };
  ansible::add_options(s, server_filter_options());
  ansible::add_options(s, module_support::cloud_options());
  s.reference = ops::diagnosis_reference();
  using nlohmann::json;
  const char* one = "when server was given";
  s.returns = {
      {"state", "booted, booting, boot_failed, no_output or unknown.", one, "str", "boot_failed"},
      {"reason", "Why that state, in one sentence.", one, "str",
       "the boot stopped: fstab_mount_failed (/srv/archive), emergency_mode"},
      {"findings",
       "What failed in the last boot, causes first: kind (see the kinds below), evidence (line_number, text), "
       "details (mount_point, device, file, reason, process), repair_tasks, repair_vars.", one, "list",
       json::array({{{"kind", "fstab_mount_failed"},
                     {"evidence", {{{"line_number", 604}, {"text", "[DEPEND] Dependency failed for srv-archive.mount - /srv/archive."}}}},
                     {"details", {{"mount_point", "/srv/archive"}, {"mount_points", {"/srv/archive"}}}},
                     {"repair_tasks", {"fstab"}}, {"repair_vars", {{"repair_fstab_mountpoints", {"/srv/archive"}}}}}})},
      {"repair_tasks", "The repair library's tasks the findings call for, in the order it runs them.", one, "list",
       json::array({"fstab"})},
      {"repair_vars", "Their variables, merged.", one, "dict", {{"repair_fstab_mountpoints", {"/srv/archive"}}}},
      {"server", "The server: id, name, status, vm_state, task_state, power_state, locked, fault.", one, "dict",
       {{"id", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"}, {"name", "web-1"}}},
      {"source", "What the findings were read from: console_log, or screen (read_screen).", one, "str", "console_log"},
      {"boot", "The boot read (read: last or before_rescue), its first_line and last_line, boots_in_log, kernel.", one,
       "dict", {{"read", "last"}, {"first_line", 1}, {"last_line", 641}, {"boots_in_log", 1}, {"kernel", "6.1.0-57-amd64"}}},
      {"came_up", "The line that says the system came up (line_number, text), or null.", one, "dict", nullptr},
      {"log_tail", "The boot's last lines (line_number, text).", one, "list",
       json::array({{{"line_number", 641}, {"text", "(or press Control-D to continue): "}}})},
      {"console_log", "available (false when Nova keeps no log) and Nova's reason.", one, "dict",
       {{"available", true}, {"reason", nullptr}}},
      {"actions", "Its last instance actions, newest first: action, request_id, start_time, message.", one, "list",
       json::array({{{"action", "unrescue"}, {"request_id", "req-ab3ab784-574e-438b-81fd-0a69502b4e0c"},
                     {"start_time", "2026-12-07T04:13:48.000000"}, {"message", nullptr}}})},
      {"servers", "One entry per server diagnosed, with the keys above (and error when it could not be read).", "always",
       "list", json::array()},
      {"states", "How many servers are in each state.", "always", "dict",
       {{"booted", 11}, {"booting", 0}, {"boot_failed", 1}, {"no_output", 0}, {"unknown", 0}}},
  };
  s.examples = R"(- name: Why does web-1 not boot?
  stackrescue.openstack.server_diagnose:
    cloud: mycloud
    server: web-1
  register: diagnosis
  delegate_to: localhost

- name: Which servers of the project did not boot, and why
  stackrescue.openstack.server_diagnose:
    cloud: mycloud
    status: [ACTIVE, ERROR]
  register: fleet
  delegate_to: localhost

- name: List them
  ansible.builtin.debug:
    msg: "{{ item.server.name }}: {{ item.state }}: {{ item.reason }}"
  loop: "{{ fleet.servers | rejectattr('state', 'eq', 'booted') }}"
)";
  return s;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  ops::DiagnoseOptions options{std::chrono::seconds(params.integer("boot_timeout")),
                               static_cast<int>(params.integer("parallel"))};
  ops::check_options(options);  // before any request, as the selection below
  const auto one = params.opt_str("server");
  for (const auto& filter : server_filter_names())
    if (one && params.has(filter))
      throw ops::OperationFailed("server names one server; " + filter + " selects several: give one or the other");
  ops::ServerSelection selection = selection_from(params, std::nullopt);
  ops::check_selection(selection);  // before any request
  auto cloud = module_support::connect(params, ctx);
  std::vector<openstack::Server> servers;
  if (one) {
    servers.push_back(cloud.compute.find_server(*one));
  } else {
    if (auto image = params.opt_str("image")) selection.image_id = ops::boot_image_id(cloud.image, *image);
    servers = ops::select_servers(cloud.compute, selection);
  }
  if (params.boolean("read_screen"))
    options.read_screen = ops::screen_reader(cloud.compute, module_support::serial_console_opener(cloud));
  const auto diagnoses = one ? std::vector<ops::ServerDiagnosis>{ops::diagnose_server(cloud.compute, servers[0],
                                                                                      options, system_clock())}
                             : ops::diagnose_servers(cloud.compute, servers, options, system_clock());
  ansible::Result result;
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& d : diagnoses) entries.push_back(ops::return_values(d));
  result.data = {{"servers", entries}, {"states", ops::state_counts(diagnoses)}};
  if (one) {
    result.data.update(entries[0]);
    result.msg = ops::summary(diagnoses[0]);
  } else {
    result.msg = std::to_string(diagnoses.size()) + " server(s) with " + ops::describe(selection) + ": " +
                 ops::describe_counts(result.data["states"]);
  }
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
