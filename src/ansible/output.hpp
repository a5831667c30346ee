#pragma once
// The one JSON object a module prints, in the shape Ansible's controller reads.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ansible/module.hpp"

namespace stackrescue::ansible {

// {changed, failed: false, msg, warnings?, diff?, invocation?} plus result.data's keys
// (the protocol keys win over data keys of the same name). Not yet scrubbed.
nlohmann::json success_result(const Result& result, const std::vector<std::string>& warnings,
                              const std::optional<nlohmann::json>& invocation);

// {changed: false, failed: true, msg, warnings?, invocation?} plus `extra` (ModuleFailure's keys).
nlohmann::json failure_result(const std::string& msg, const nlohmann::json& extra = nlohmann::json::object(),
                              const std::vector<std::string>& warnings = {},
                              const std::optional<nlohmann::json>& invocation = std::nullopt);

// Prints `result` as one line on stdout and flushes; returns the exit code (1 if failed).
// Never throws: if even that fails, a fixed failure object is printed.
int print_result(const nlohmann::json& result);

}  // namespace stackrescue::ansible
