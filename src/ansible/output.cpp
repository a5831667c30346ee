#include "ansible/output.hpp"

#include <cstdio>

#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

void add_common(json& out, const std::vector<std::string>& warnings, const std::optional<json>& invocation) {
  if (!warnings.empty()) out["warnings"] = warnings;  // Ansible shows an empty list as noise
  if (invocation) out["invocation"] = {{"module_args", *invocation}};
}

}  // namespace

json success_result(const Result& result, const std::vector<std::string>& warnings,
                    const std::optional<json>& invocation) {
  json out = result.data.is_object() ? result.data : json::object();
  out["changed"] = result.changed;
  out["failed"] = false;
  out["msg"] = result.msg;
  if (result.diff) out["diff"] = *result.diff;
  add_common(out, warnings, invocation);
  return out;
}

json failure_result(const std::string& msg, const json& extra, const std::vector<std::string>& warnings,
                    const std::optional<json>& invocation) {
  json out = extra.is_object() ? extra : json::object();
  // A failure changed nothing unless the module says otherwise (a command that ran and
  // failed did run, as ansible.builtin.command reports).
  if (!out.contains("changed") || !out["changed"].is_boolean()) out["changed"] = false;
  out["failed"] = true;
  out["msg"] = msg.empty() ? "the module failed without a message" : msg;
  add_common(out, warnings, invocation);
  return out;
}

int print_result(const json& result) {
  bool failed = true;
  // One JSON object on one line, flushed: all Ansible reads of a binary module (docs/design.md,
  // "The binary-module protocol, as measured").
  std::string line;
  try {
    failed = !result.is_object() || result.value("failed", true);
    line = dump_safely(result) + "\n";
  } catch (...) {
    // Out of memory while rendering: still answer the controller with valid JSON.
    line = "{\"changed\": false, \"failed\": true, \"msg\": \"the module could not render its result\"}\n";
    failed = true;
  }
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
  return failed ? 1 : 0;
}

}  // namespace stackrescue::ansible
