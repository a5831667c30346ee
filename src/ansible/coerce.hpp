#pragma once
// Type coercion as AnsibleModule's check_type_* functions do it: values arrive as strings
// more often than not ("3", "yes", "a,b"), so each type accepts Ansible's string forms.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "ansible/spec.hpp"

namespace stackrescue::ansible {

// what() is the reason in AnsibleModule's words ("<class 'str'> cannot be converted to an int").
class CoercionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Converts a non-null `value` to `type`; throws CoercionError.
nlohmann::json coerce(const nlohmann::json& value, Type type);

// Ansible's name for a type: "str", "bool", "int", "float", "path", "dict", "list", "raw".
std::string type_name(Type type);

// os.path.expanduser(os.path.expandvars(text)), as check_type_path does.
std::string expand_path(const std::string& text);

}  // namespace stackrescue::ansible
