#pragma once
// A module's argument spec, declared once as data. It drives validation and coercion,
// `--help`, and the ansible-doc file (<module>.py) generated at build time.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackrescue::ansible {

enum class Type { Str, Bool, Int, Float, Path, Dict, List, Raw };

struct Option {
  std::string name;
  Type type = Type::Str;
  std::string description;                  // one or more sentences, for --help and docs
  bool required = false;
  std::optional<nlohmann::json> default_value;
  std::vector<std::string> choices;
  std::vector<std::string> aliases;
  bool no_log = false;
  Type elements = Type::Str;                // element type when type == List
  std::vector<Option> suboptions;           // validated sub-options when type == Dict
};

struct RequiredIf {
  std::string option;                       // when this option...
  nlohmann::json value;                     // ...has this value,
  std::vector<std::string> requirements;    // these must be given
  bool any = false;                         // (any one of them instead of all)
};

struct ReturnValue {
  std::string name;
  std::string description;
  std::string returned;                     // "always", "success", "when ..."
  std::string type;                         // "str", "dict", "list", "bool", ...
  nlohmann::json sample;                    // null = no sample
};

struct ModuleSpec {
  std::string name;                         // short name, e.g. "server_rescue"
  std::string short_description;
  std::vector<std::string> description;     // paragraphs
  std::vector<Option> options;
  // Rules across options, with AnsibleModule's semantics and wording (validate.hpp):
  std::vector<std::vector<std::string>> mutually_exclusive;  // at most one of each group given
  std::vector<std::vector<std::string>> required_together;   // all of a group or none
  std::vector<std::vector<std::string>> required_one_of;     // at least one of each group
  std::vector<RequiredIf> required_if;
  std::vector<ReturnValue> returns;
  std::string examples;                     // YAML text for EXAMPLES
  std::vector<std::string> notes;
  // Reference sections for the module's page in docs/modules/ (not for ansible-doc, which
  // has no place for them), e.g. server_diagnose's rule table generated from the rules:
  // a list of {"title", "paragraphs": [...], "columns": [...], "rows": [[cell, ...]]}.
  nlohmann::json reference = nlohmann::json::array();
};

// Appends `more` to `spec.options` (used to merge the common cloud options).
void add_options(ModuleSpec& spec, const std::vector<Option>& more);

// The rules across options as sentences for the module's notes (ansible-doc has no field
// for them): "Only one of C(cmd) and C(script) may be given.", ...
std::vector<std::string> rule_notes(const ModuleSpec& spec);

}  // namespace stackrescue::ansible
