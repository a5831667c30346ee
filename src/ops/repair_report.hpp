#pragma once
// repair_report: the audit record of one repair (or of a fleet of them) as files a person
// reads: report.json (everything, for tools), report.md and report.html (self-contained: inline
// CSS and an inline SVG timeline of the steps, no external asset, every string that came from
// the guest or the cloud escaped). The steps come from an audit_log file (ansible/audit_log.hpp:
// one JSON line per module call, secrets already masked); the facts the playbook knows
// (server, outcome, reason, the diagnosis before and after, snapshot IDs) come as options.
//
// The output is a function of the input only (no "generated at" time), so a second run with
// the same input changes nothing; a file is rewritten (atomically: a temporary file renamed
// over it) only when its content differs.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackrescue::ops {

// The facts of one server's repair.
struct RepairFacts {
  std::string server;
  std::string outcome;                    // repaired, already_booting, restored, failed, ...
  std::string reason;
  nlohmann::json diagnosis_before;        // server_diagnose's result (null when none)
  nlohmann::json diagnosis_after;
  nlohmann::json screen_before;           // server_console_screenshot's result (null when none)
  nlohmann::json screen_after;
  nlohmann::json snapshots = nlohmann::json::array();  // IDs (or dicts) of what was snapshotted
  nlohmann::json extra = nlohmann::json::object();     // anything else the playbook records
  // rescue_command file_changes of steps whose record holds no result (no_log tasks).
  nlohmann::json file_changes = nlohmann::json::array();
};

// One line of the audit log that could not be read, for a warning.
struct SkippedLine {
  std::size_t line_number;
  std::string why;
};

struct AuditSteps {
  nlohmann::json steps = nlohmann::json::array();  // the records, in file order
  std::vector<SkippedLine> skipped;
};

// Reads an audit_log file. Lines that are not a JSON object (a run killed mid-write) are
// skipped and named. Throws OperationFailed when the file cannot be read.
AuditSteps read_audit_log(const std::string& path);

// The unix time of "2026-12-07T07:41:02.123456Z" (audit_log's timestamps); nullopt otherwise.
std::optional<double> parse_utc_timestamp(const std::string& text);

// report.json of one server: the facts, the steps, the file changes and typed commands drawn
// from them, the screens before and after (the PNG's path, size and text; the pages link a
// PNG saved beside them), the console log tails (the diagnoses' log_tail), the run's start
// and end.
nlohmann::json server_report(const RepairFacts& facts, const nlohmann::json& steps);

// report.json of a fleet: {"servers": [one summary per server report, with its page's
// relative link]}. `reports` pairs each server report with the directory it was read from.
struct RunReport {
  std::string directory;    // as given (the fleet page links to <directory>/report.html)
  nlohmann::json report;    // its report.json
};
nlohmann::json fleet_report(const std::vector<RunReport>& runs, const std::string& dest);

// Reads <directory>/report.json; throws OperationFailed naming it when missing or not JSON.
RunReport read_run_report(const std::string& directory);

struct ReportFiles {
  std::vector<std::string> written;   // paths whose content changed (or would, in check mode)
  std::vector<std::string> paths;     // every file of the report
};

// Writes report.json, report.md and report.html of `report` (a server's or a fleet's, told
// apart by its "servers" key) into `dest` (created 0700 when missing). In check mode nothing
// is written. Throws OperationFailed naming the path that cannot be written.
ReportFiles write_report(const nlohmann::json& report, const std::string& dest, bool check_mode);

// The module's return keys: dest, files, written, steps (how many), outcome / servers.
nlohmann::json return_values(const ReportFiles& files, const nlohmann::json& report, const std::string& dest);

}  // namespace stackrescue::ops
