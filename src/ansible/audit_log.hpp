#pragma once
// audit_log: one JSON line per module call appended to a file the user names, so that a run
// of several modules (a repair playbook) leaves a record of every call: which module, when
// and how long, check mode, its parameters and its result, every secret masked. Every module
// takes the option (module_support's cloud_options carry it, so module_defaults of the
// action group sets it once); the runtime (ansible/module.cpp) writes the line, not the modules.
//
// Masking is the runtime's own: parameters as invocation.module_args shows them (no_log
// options masked), the result scrubbed of every registered secret, and the values a module
// returns as secrets on purpose (Result::unmasked_keys, e.g. server_rescue's admin_password)
// replaced by VALUE_SPECIFIED_IN_NO_LOG_PARAMETER. A task with no_log: true keeps only the
// module, the times and changed/failed: no parameter, no message, no result.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ansible/spec.hpp"

namespace stackrescue::ansible {

inline constexpr const char* kAuditLogOption = "audit_log";

// The option, for every module's spec (module_support::cloud_options() includes it).
Option audit_log_option();

// A file open for appending records. Opened before the module runs, so that an audit_log that
// cannot be written fails the task before anything changes.
class AuditLog {
 public:
  // Opens (creating it 0600, never through a symlink) `path` for appending. Throws Error
  // naming the path and why (its directory must exist).
  explicit AuditLog(std::string path);
  ~AuditLog();
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Appends `record` as one line under an exclusive flock (parallel forks append whole lines,
  // never interleaved). Throws Error naming the path when the lock or the write fails.
  void append(const nlohmann::json& record);

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

// What the runtime knows of one call, beside its printed result.
struct AuditCall {
  std::string module;             // the FQCN Ansible named, else the spec's name
  double start = 0;               // unix seconds
  double end = 0;
  bool check_mode = false;
  bool no_log = false;            // the task's no_log
  nlohmann::json params;          // as invocation.module_args (no_log options already masked)
};

// The line for one call: {module, start, end (UTC, ISO 8601 with microseconds), duration
// (seconds), check_mode, changed, failed, msg, params, result}. `printed` is the object the
// module prints (already scrubbed); `secret_keys` the dotted paths of the values returned as
// secrets on purpose, masked here.
nlohmann::json audit_record(const AuditCall& call, const nlohmann::json& printed,
                            const std::vector<std::string>& secret_keys);

// "2026-12-07T07:41:02.123456Z".
std::string utc_timestamp(double unix_seconds);

}  // namespace stackrescue::ansible
