#pragma once
// Validation of the user's module arguments against the spec, in AnsibleModule's order
// and wording: aliases, unsupported names, mutually_exclusive, required, defaults, types,
// choices, required_together, required_one_of, required_if, then sub-options, recursively.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ansible/spec.hpp"

namespace stackrescue::ansible {

struct ValidationSettings {
  std::string module_name;                 // for "Unsupported parameters for (name) module"
  std::string string_conversion = "warn";  // _ansible_string_conversion_action: warn|ignore|error
};

struct Validation {
  nlohmann::json params = nlohmann::json::object();  // every option; null when unset
  std::vector<std::string> given;                    // options the user set: "name", "auth.password"
  std::vector<std::string> warnings;
  std::vector<std::string> errors;  // in check order; AnsibleModule reports the first

  bool ok() const { return errors.empty(); }
};

// `args` holds the user's options only (the _ansible_* keys already taken out).
Validation validate(const ModuleSpec& spec, const nlohmann::json& args, const ValidationSettings& settings);

}  // namespace stackrescue::ansible
