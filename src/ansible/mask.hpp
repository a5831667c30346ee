#pragma once
// no_log: what AnsibleModule does for Python modules and nothing does for a binary one.
// Values of no_log options are masked in invocation.module_args and scrubbed (through the
// process-wide register in common/secrets) from every string the module prints.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ansible/spec.hpp"

namespace stackrescue::ansible {

// Every value of a no_log option (and sub-option) in `values` as text: scalar leaves of
// dicts and lists too; bools and nulls are not secrets. Aliases are honoured, so this
// works on the raw arguments as well as on validated params.
std::vector<std::string> no_log_values(const std::vector<Option>& options, const nlohmann::json& values);

// `values` with each no_log value replaced by VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
// (leaf by leaf for dicts and lists, keeping their shape). Keys the spec does not know are
// masked too when `mask_unknown` (a typo of "password" is still a password).
nlohmann::json masked_arguments(const std::vector<Option>& options, const nlohmann::json& values, bool mask_unknown);

// Replaces registered secrets in every string and key of `result`, except under the
// dotted paths in `unmasked` ("admin_password", "server.adminPass"): those the module
// returns as secrets on purpose.
void scrub_strings(nlohmann::json& result, const std::vector<std::string>& unmasked);

// Replaces the value under each dotted path of `paths` (the same paths as scrub_strings'
// `unmasked`: lists are passed through) with VALUE_SPECIFIED_IN_NO_LOG_PARAMETER: the secrets a
// module returns on purpose, hidden wherever the result is kept rather than shown (audit_log).
void mask_paths(nlohmann::json& result, const std::vector<std::string>& paths);

}  // namespace stackrescue::ansible
