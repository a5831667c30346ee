// repair_report: the audit record of a repair (or a fleet of them) as report.json, report.md
// and a self-contained report.html. The work is in ops/repair_report.
#include "ansible/module.hpp"
#include "option.hpp"
#include "ops/repair_report.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec
using nlohmann::json;

ansible::ModuleSpec spec() {
  auto s = module_spec("repair_report", "Write the audit record of a server repair (or of a fleet) as JSON, Markdown and HTML", R"(
Reads the audit log the other modules of the collection append to (their C(audit_log) option: one JSON line per
module call, with its times, parameters and result, secrets masked) and the facts a playbook knows about one
server's repair (C(server), C(outcome), C(reason), the diagnoses and screens before and after, the snapshot
IDs), and writes into C(dest) three files: C(report.json) (everything), C(report.md), and C(report.html): one
page without any external asset (inline CSS, an inline SVG timeline of the steps from their start and end
times), with the typed commands and their output, the unified diffs of the files rescue_command watched
(C(diff_files); for C(secret_files) only the names of the changed entries), the diagnoses, the screens
(server_console_screenshot's text of each, and a link to its PNG when it was saved in C(dest)) and the console
log tails (the diagnoses' C(log_tail)).

Everything in the pages that came from the server, its console or the cloud is escaped (HTML: character
references, under a Content-Security-Policy that allows no script; Markdown: backslashes and long enough code
fences): a console line holding C(<script>) or C(</svg>) stays text.

With C(runs) instead (the directories of several servers' reports), it writes one page for the fleet: one row
per server with its outcome, reason, steps and a link to its page.

The files depend only on the input (no time of writing in them): a file is rewritten, through a temporary file
renamed over it, only when its content differs, and the task is C(changed) only then. C(dest) is created
(mode 0700) when missing. In check mode nothing is written; C(written) says which files would change.

Runs on the controller and needs no cloud: it is not in the action group, so module_defaults of
group/stackrescue.openstack.openstack do not reach it.
)");
  s.options = {
      option("dest", Type::Path, "The directory to write report.json, report.md and report.html into.").required(),
      option("records", Type::Path, "The audit log (a file written through the other modules' C(audit_log))."),
      option("server", Type::Str, "The server the report is about."),
      option("outcome", Type::Str, "How the repair ended (repaired, already_booting, restored, failed)."),
      option("reason", Type::Str, "Why, in one sentence."),
      option("diagnosis_before", Type::Dict, "server_diagnose's result before the repair."),
      option("diagnosis_after", Type::Dict, "server_diagnose's result after the repair."),
      option("screen_before", Type::Dict,
             "server_console_screenshot's result before the repair: the pages show its text and link its PNG when "
             "saved in C(dest); a failed capture is named."),
      option("screen_after", Type::Dict, "server_console_screenshot's result after the repair."),
      option("snapshots", Type::List, "IDs of the snapshots taken before the repair.").default_to(json::array()),
      option("facts", Type::Dict, "Anything else to keep in the report (e.g. the repairs chosen, the files moved)."),
      option("file_changes", Type::List,
             "File changes of steps whose audit record holds no result (a task under no_log): rescue_command's "
             "C(file_changes) as registered.")
          .elements(Type::Dict)
          .default_to(json::array()),
      option("runs", Type::List,
             "Fleet mode: the directories of servers' reports (each holding the report.json this module wrote)."),
  };
  s.mutually_exclusive = {{"runs", "records"}, {"runs", "server"}};
  s.required_one_of = {{"runs", "server"}};
  s.returns = {
      {"dest", "The directory.", "always", "str", "/home/ops/repair-audit/web-1-20261207T074102Z"},
      {"files", "The report's files.", "always", "list", json::array({"/home/ops/repair-audit/web-1-20261207T074102Z/report.html"})},
      {"written", "The files whose content changed (or would, in check mode).", "always", "list", json::array()},
      {"steps", "How many module calls the audit log held.", "for one server", "int", 9},
      {"outcome", "The outcome given.", "for one server", "str", "repaired"},
      {"servers", "How many servers the fleet page lists.", "for a fleet", "int", 3},
  };
  s.examples = R"(- name: The audit record of this run
  stackrescue.openstack.repair_report:
    dest: "{{ repair_audit_run_dir }}"
    records: "{{ repair_audit_run_dir }}/audit.jsonl"
    server: "{{ server }}"
    outcome: "{{ repair_outcome.outcome }}"
    reason: "{{ repair_outcome.reason }}"
    diagnosis_before: "{{ repair_before }}"
    diagnosis_after: "{{ repair_after | default(omit) }}"

- name: One page for the fleet
  stackrescue.openstack.repair_report:
    dest: "{{ playbook_dir }}/repair-audit"
    runs: "{{ fleet_run_dirs }}"
)";
  return s;
}

json fleet(const ansible::Params& params) {
  std::vector<ops::RunReport> runs;
  for (const auto& directory : params.json("runs")) runs.push_back(ops::read_run_report(directory.get<std::string>()));
  return ops::fleet_report(runs, params.str("dest"));
}

json one_server(const ansible::Params& params, ansible::Context& ctx) {
  json steps = json::array();
  if (params.has("records")) {
    const auto read = ops::read_audit_log(params.str("records"));
    for (const auto& skipped : read.skipped)
      ctx.warn("records " + params.str("records") + ", line " + std::to_string(skipped.line_number) + ": " + skipped.why);
    steps = read.steps;
  }
  const auto dict = [&params](const char* name) { return params.has(name) ? params.json(name) : json(nullptr); };
  ops::RepairFacts facts{params.str("server"), params.opt_str("outcome").value_or(""),
                         params.opt_str("reason").value_or(""), dict("diagnosis_before"), dict("diagnosis_after"),
                         dict("screen_before"), dict("screen_after"),
                         params.json("snapshots"), params.has("facts") ? params.json("facts") : json::object(),
                         params.json("file_changes")};
  return ops::server_report(facts, steps);
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  const auto report = params.has("runs") ? fleet(params) : one_server(params, ctx);
  const auto files = ops::write_report(report, params.str("dest"), ctx.check_mode);
  const bool changed = !files.written.empty();
  const std::string what = params.has("runs") ? "the fleet report" : "the report of " + params.str("server");
  return {changed, what + (changed ? (ctx.check_mode ? " would be written to " : " written to ") : " is up to date in ") +
                       params.str("dest"),
          ops::return_values(files, report, params.str("dest")), {}, {}};
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
