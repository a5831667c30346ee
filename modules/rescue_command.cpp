// rescue_command: run a shell command or script in the rescue system of a server in RESCUE,
// over Nova's serial console or its VNC console: no guest network needed. The work is in
// ops/rescue_command (which console: ops/rescue_console).
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/describe.hpp"
#include "ops/rescue_command.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("rescue_command", "Run a command in the rescue system of an OpenStack server over its serial or VNC console", R"(
Types C(cmd) (a shell command line) or C(script) (a shell script) into the root shell of the rescue system
of a server that is in RESCUE, over Nova's serial console (remote-consoles, protocol serial, through
nova-serialproxy), and returns its output and exit status like ansible.builtin.command. The server needs
no network: the console is a websocket to the compute host.

Where the cloud serves no serial console (nova-serialproxy is off by default, and most clouds offer only
the noVNC console), C(console=auto) (the default) types into the graphical console instead: the same lines
are typed as key presses on the rescue system's screen (RFB over Nova's noVNC websocket, with the same
TLS, proxy and ws:// rules), into a shell started there (C(sh -i >/dev/ttyS0 2>&1), left with C(exit) at
the end) that prints on the first serial port, and the output is read back from the server's console log
(os-getConsoleOutput, polled every 0.25 s: libvirt keeps that log whether or not a serial console is
served). Everything below holds for both: the framing, C(rc), limits, timeouts, the lock, check mode.
C(auto) takes the serial console when Nova hands one out for the server and its proxy accepts the
connection, else vnc; C(console) in the result says which. Over vnc the rescue image must have a shell on
its screen and a first serial port, and Nova must have a console log for the server: without one the task
fails before typing, naming what is missing. Typing is slower than the serial console (QEMU drops keys
sent in a burst): a long C(script) takes seconds more.

A server in any other status is refused before anything is typed: this module never types into a
production console. The status is read again once the console lock is held, right before the first
typed byte, and a server that is being unrescued (status still RESCUE, task_state unrescuing) is refused
too; server_rescue with C(state=unrescued) takes the same console lock, so it waits for a running command
to end instead of cutting through it.

Each typed line is framed by two markers with fresh random nonces (the exit status travels in the end
marker), so echo, prompts and kernel messages on the console are not part of C(stdout). The console has
one stream: stderr is merged into C(stdout) and C(stderr) is always empty.

A rescue system that is still booting is waited for: the module presses Enter at most every 1.5 seconds
until the console shows a shell prompt (logging in first when it shows a login prompt), within
C(timeout); so it can follow C(server_rescue) directly, without a wait on the console log.

C(cmd) and C(script) are run the same way. First, once per run, the module checks with the shell builtin
C(command -v) that the rescue system has the tools this needs (base64, sha256sum, mkdir, rm, sh) and fails,
naming the missing one, before anything of the command is typed. The text is then written in base64
pieces into a fresh directory /tmp/stackrescue-<random> (C(mkdir -m 700)), decoded with C(base64 -d) and
checked against its SHA-256: a failing decoder or a command damaged on the way fails the task with
"could not be decoded" and nothing is run. It is run by sh from that file, with stdin from /dev/null and
stderr into stdout, and the directory is removed afterwards (also after the Ctrl-C of a timeout). So a
one-line C(cmd) does not see the rescue shell's aliases, functions, options or variables, and a command
that reads stdin reads end-of-file, not its own script. The first typed line unsets HISTFILE in the rescue
shell, so that a shell that writes each line to a history file does not keep the typed markers there.

What the module trusts: the rescue system, that is its kernel, its shell and the tools above. What it does
not trust: the output of what it runs, including programs from the server's own disk (a chroot into it).
Such a program could try to end the run early with a forged end marker and exit status; so the markers'
nonces appear only as arguments of the interactive shell's builtin printf, never in a file name, a path,
a program's argument list (/proc/*/cmdline) or the environment, and every typed line has new ones. The
residual risk: root in the rescue system can read the shell's memory (/proc/<pid>/mem) or the typed input (a
process left reading the console device) and so learn the end marker of the running line, and a chroot is
no barrier to root. A program that deliberately attacks the module that way can forge its result:
rescue_command is not a sandbox for hostile binaries.

Runs on one console are serialised: a run waits (within its C(timeout)) for an exclusive lock per server
ID, a file console-<server id>.lock next to the token cache ($XDG_CACHE_HOME/stackrescue/tokens or
~/.cache/stackrescue/tokens). This covers runs from one controller user; nothing stops a person typing
into the same console.

The websocket (ws:// or wss://) uses the cloud's TLS settings (validate_certs, ca_cert, client_cert,
client_key) and proxy variables as the API calls do; api_timeout bounds connecting and each frame.

A ws:// console URL (Nova's default serial proxy C(base_url)) carries the console token,
C(console_password) and everything typed in clear: it is refused before connecting when its host is not
this machine (127.0.0.0/8, ::1, localhost) unless C(allow_insecure_console=true), and used with a
warning when it is (or when allowed). Use a wss:// console (nova-serialproxy with TLS) instead.

Everything typed is echoed by the rescue system's terminal into the server's console log, which any member
of the project can read (os-getConsoleOutput, server_console_log): every command and script (base64, where
used, hides nothing), and C(console_password) whenever it is typed where the terminal echoes (a login that
shows it, a shell). Do not put secrets in C(cmd) or C(script).

On a timeout the task fails with the output seen so far, after typing Ctrl-C so that the console is
usable for the next run. The console URL's token is never returned or logged.

With C(diff_files), each named file of the rescue system (the server's disk is mounted in it, e.g.
/mnt/etc/fstab) is copied before the command (in /tmp/stackrescue-watch-<random>, mkdir -m 700, in the
rescue system) and compared with its copy after the command returned, even when it failed:
C(file_changes) holds a unified diff per file (diff -u; a file that did not exist counts as empty), with
the --- and +++ header lines naming the file. C(secret_files) are compared the same way, but their content
never leaves the rescue system, not even onto the console (whose log any project member can read): only
the first C(:)-separated field of each changed line is returned (for /etc/shadow: which users changed).
Each copy and each comparison is a framed line of its own, typed after the command ended: the guest's
output and files cannot attach a diff to another file. A symbolic link or a file that is not a regular
file is not compared (C(error) says so), and the rescue system needs cp, diff, sed and rm (checked before
the command runs). A run that times out compares nothing. With --diff, the diffs are shown as the task's
diff.

Not run in check mode (C(skipped), as ansible.builtin.command), but the server is still looked up and a
server not in RESCUE still fails. Always C(changed) when run; use changed_when to say otherwise.
)");
  s.options = {
      module_support::allow_insecure_console_option(),
      option("cmd", Type::Str, "A shell command line, run like C(script) (not by the interactive rescue shell)."),
      option("console", Type::Str, "The console to type into: serial, vnc, or auto (described above).")
          .default_to("auto").choices({"auto", "serial", "vnc"}),
      option("console_password", Type::Str, "Password for C(console_user), when the rescue image asks for one.")
          .no_log(),
      option("diff_files", Type::List,
             "Absolute paths in the rescue system to copy before the command and compare after it (C(file_changes)).")
          .default_to(nlohmann::json::array()),
      option("console_user", Type::Str,
             "User name to log in with when the rescue image's serial console shows a login prompt; without it such "
             "a console fails the task."),
      option("output_limit", Type::Int,
             "Bytes of output kept. More is cut with a note at the end of C(stdout) and C(stdout_truncated): true.")
          .default_to(1048576),
      option("script", Type::Str, "A shell script (multi-line text), run by sh from a file, stdin from /dev/null."),
      option("secret_files", Type::List,
             "Like C(diff_files), but only the first C(:)-separated field of each changed line is returned (e.g. "
             "the users whose /etc/shadow line changed); the content never leaves the rescue system.")
          .default_to(nlohmann::json::array()),
      option("server", Type::Str, "The server, by name (exact match) or ID. It must be in RESCUE.").required().aliases({"name"}),
      option("timeout", Type::Int,
             "Seconds for the whole run: waiting for another run on the same console, reaching the shell, the "
             "command itself.")
          .default_to(120),
  };
  s.mutually_exclusive = {{"cmd", "script"}};
  s.required_one_of = {{"cmd", "script"}};
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"rc", "The exit status of the command (null when it did not finish).", "when it ran", "int", 0},
      {"stdout", "Its output (stdout and stderr; without the last line break), as UTF-8 text: terminal control "
                 "sequences and CRs removed, bytes that are not UTF-8 replaced by U+FFFD.", "when it ran", "str", "6.1.0-28-amd64"},
      {"stdout_lines", "C(stdout) split into lines.", "when it ran", "list", nlohmann::json::array({"6.1.0-28-amd64"})},
      {"stdout_truncated", "Whether C(output_limit) cut the output.", "when it ran", "bool", false},
      {"stderr", "Always empty: the console carries one stream (merged into C(stdout)).", "when it ran", "str", ""},
      {"stderr_lines", "Always empty.", "when it ran", "list", nlohmann::json::array()},
      {"start", "When the run started (local time).", "when it ran", "str", "2026-11-30 13:01:02.123456"},
      {"end", "When it ended (local time).", "when it ran", "str", "2026-11-30 13:01:04.654321"},
      {"delta", "How long it took.", "when it ran", "str", "0:00:02.530865"},
      {"server", "The server's ID.", "always", "str", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"},
      {"console", "The console the command was typed into: C(serial) or C(vnc).", "when it ran", "str", "serial"},
      {"file_changes", "One entry per file of C(diff_files) and C(secret_files): C(path), C(secret), C(changed), "
                       "C(diff) (unified diff, not for secret files) or C(entries) (secret files: the first fields of "
                       "the changed lines), and C(error) when it could not be compared.",
       "when diff_files or secret_files are given and the command finished", "list",
       nlohmann::json::array({{{"path", "/mnt/etc/fstab"}, {"secret", false}, {"changed", true},
                               {"diff", "--- /mnt/etc/fstab (before)\n+++ /mnt/etc/fstab (after)\n@@ -1,2 +1,2 @@\n"
                                        " /dev/vda1 / ext4 defaults 0 1\n-/dev/vdc1 /data ext4 defaults 0 2\n"
                                        "+#/dev/vdc1 /data ext4 defaults 0 2\n"}}})},
      {"skipped", "True in check mode (nothing typed).", "in check mode", "bool", true},
  };
  s.examples = R"(- name: Which kernel does the rescue system run?
  stackrescue.openstack.rescue_command:
    cloud: mycloud
    server: web-1
    cmd: uname -r; cat /proc/cmdline
  register: kernel
  delegate_to: localhost

# In the rescue system (Nova's stable rescue, hw_rescue_bus=virtio) the server's own disk is
# /dev/vda and the rescue image's disk is attached after it (/dev/vdb). The test image's
# rescue system mounts the server's disk read-only on /mnt at boot (`grep /mnt /proc/mounts`):
# remount it read-write before writing to it.
- name: Mark the server's own disk (the file BROKEN makes the test boot image refuse to boot)
  stackrescue.openstack.rescue_command:
    cloud: mycloud
    server: web-1
    script: |
      dev=$(awk '$2 == "/mnt" {print $1}' /proc/mounts)
      mount -o remount,rw "$dev" /mnt
      touch /mnt/BROKEN
      sync
      echo "BROKEN written to $dev"
  delegate_to: localhost

- name: A rescue image that asks for a login on its console
  stackrescue.openstack.rescue_command:
    cloud: mycloud
    server: web-1
    console_user: root
    console_password: "{{ rescue_password }}"
    cmd: fsck -n /dev/vdb1
    timeout: 300
  register: fsck
  failed_when: fsck.rc not in [0, 1]
  delegate_to: localhost
)";
  return s;
}

ops::RescueCommandRequest request_from(const ansible::Params& params) {
  if (params.integer("timeout") < 1) throw ansible::ModuleFailure("timeout must be at least 1 second");
  if (params.integer("output_limit") < 1) throw ansible::ModuleFailure("output_limit must be at least 1 byte");
  return {params.has("cmd") ? params.str("cmd") : params.str("script"), std::chrono::seconds(params.integer("timeout")),
          {params.opt_str("console_user"), params.opt_str("console_password")},
          static_cast<std::size_t>(params.integer("output_limit")), /*lock_directory: the token cache's*/ "",
          params.boolean("allow_insecure_console"), ops::console_choice(params.str("console")),
          /*warn: set by run()*/ nullptr,
          ops::watched_files(params.json("diff_files").get<std::vector<std::string>>(),
                             params.json("secret_files").get<std::vector<std::string>>())};
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  auto request = request_from(params);
  request.warn = [&ctx](const std::string& warning) { ctx.warn(warning); };
  auto cloud = module_support::connect(params, ctx);
  const auto server = cloud.compute.find_server(params.str("server"));
  ops::require_rescue(server);
  if (ctx.check_mode)
    return {false, "Command would have run if not in check mode", {{"skipped", true}, {"server", server.id}}, {}, {}};
  const auto outcome = ops::run_rescue_command(cloud.compute, server, request,
                                               module_support::serial_console_opener(cloud), system_clock());
  auto values = ops::return_values(outcome, server.id, !request.watched.empty());
  std::optional<nlohmann::json> diff;
  if (ctx.diff && !ops::prepared_diff(outcome.file_changes).empty())
    diff = nlohmann::json{{"prepared", ops::prepared_diff(outcome.file_changes)}};
  if (outcome.finished && outcome.rc == 0)
    return {true, "ran in the rescue system of " + ops::describe(server) + ": exit status 0", values, diff, {}};
  values["changed"] = true;  // it ran: a failed command may still have changed something
  throw ansible::ModuleFailure(
      outcome.finished ? "non-zero return code" : ops::unfinished_message(outcome, request.timeout, server), values);
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
