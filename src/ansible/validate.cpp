#include "ansible/validate.hpp"

#include <algorithm>
#include <set>

#include "ansible/coerce.hpp"
#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

using nlohmann::json;
using Path = std::vector<std::string>;  // where a sub-option lives: {"auth"}

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::string dotted(const Path& path, const std::string& name) {
  return path.empty() ? name : joined(path, ".") + "." + name;
}

// AnsibleModule appends " found in auth -> sub" to errors about sub-options.
std::string found_in(const Path& path) { return path.empty() ? "" : " found in " + joined(path, " -> "); }

bool is_set(const json& object, const std::string& name) {
  auto it = object.find(name);
  return it != object.end() && !it->is_null();
}

class Validator {
 public:
  Validator(const ValidationSettings& settings, Validation& out) : settings_(settings), out_(out) {}

  // Steps that apply at every level; sub-options are validated afterwards by `nested`.
  json level(const std::vector<Option>& options, const json& input, const Path& path, const ModuleSpec* top = nullptr) {
    json present = resolve_names(options, input, path);
    if (top) check_mutually_exclusive(*top, present);
    check_required(options, present, path);
    json params = json::object();
    for (const auto& option : options) {
      bool given = present.contains(option.name);
      if (given) out_.given.push_back(dotted(path, option.name));
      const json& value = given ? present[option.name] : option.default_value.value_or(json());
      params[option.name] = value.is_null() ? json() : coerced(option, value, path);
      if (!params[option.name].is_null()) check_choices(option, params[option.name], path);
    }
    return params;
  }

  void nested(const std::vector<Option>& options, json& params, const Path& path) {
    for (const auto& option : options) {
      if (option.suboptions.empty() || params[option.name].is_null()) continue;
      Path inner = path;
      inner.push_back(option.name);
      json& value = params[option.name];
      if (option.type == Type::Dict) {
        value = level(option.suboptions, value, inner);
        nested(option.suboptions, value, inner);
      } else if (option.type == Type::List && option.elements == Type::Dict) {
        for (auto& element : value) {
          if (!element.is_object()) continue;  // already reported by the element coercion
          element = level(option.suboptions, element, inner);
          nested(option.suboptions, element, inner);
        }
      }
    }
  }

  // AnsibleModule's _ADDITIONAL_CHECKS, in its order, on the params with their defaults.
  void check_together_one_of_and_if(const ModuleSpec& spec, const json& params) {
    const auto given = [&](const std::vector<std::string>& group) {
      return std::count_if(group.begin(), group.end(), [&](const auto& n) { return is_set(params, n); });
    };
    for (const auto& group : spec.required_together) {
      const auto count = given(group);
      if (count > 0 && count < static_cast<long>(group.size()))
        error("parameters are required together: " + joined(group, ", "));
    }
    // Ansible raises for the first group with none given.
    for (const auto& group : spec.required_one_of) {
      if (given(group) > 0) continue;
      error("one of the following is required: " + joined(group, ", "));
      break;
    }
    for (const auto& rule : spec.required_if) {
      if (!is_set(params, rule.option) || params[rule.option] != rule.value) continue;
      std::vector<std::string> missing;
      for (const auto& name : rule.requirements)
        if (!is_set(params, name)) missing.push_back(name);
      bool fails = rule.any ? missing.size() == rule.requirements.size() : !missing.empty();
      if (fails && !missing.empty())
        error(rule.option + " is " + python_text(rule.value) + " but " + (rule.any ? "any" : "all") +
              " of the following are missing: " + joined(missing, ", "));
    }
  }

 private:
  void error(std::string message) { out_.errors.push_back(std::move(message)); }

  // Maps every given (non-null) key to its option's name; an alias wins over the name
  // when both are set, as in AnsibleModule. Unknown keys fail the run.
  json resolve_names(const std::vector<Option>& options, const json& input, const Path& path) {
    json present = json::object();
    std::set<std::string> known;
    for (const auto& option : options) {
      known.insert(option.name);
      if (is_set(input, option.name)) present[option.name] = input[option.name];
      for (const auto& alias : option.aliases) {
        known.insert(alias);
        if (!is_set(input, alias)) continue;
        if (present.contains(option.name))
          out_.warnings.push_back("Both option " + dotted(path, option.name) + " and its alias " + alias + " are set.");
        present[option.name] = input[alias];
      }
    }
    std::vector<std::string> unsupported;
    for (const auto& [key, value] : input.items())  // null means "not given", as with {{ omit }}
      if (!value.is_null() && !known.count(key)) unsupported.push_back(dotted(path, key));
    if (!unsupported.empty()) report_unsupported(options, unsupported);
    return present;
  }

  void report_unsupported(const std::vector<Option>& options, std::vector<std::string> unsupported) {
    std::vector<std::string> names, aliases;
    for (const auto& option : options) {
      names.push_back(option.name);
      aliases.insert(aliases.end(), option.aliases.begin(), option.aliases.end());
    }
    std::sort(unsupported.begin(), unsupported.end());
    std::sort(names.begin(), names.end());
    std::sort(aliases.begin(), aliases.end());
    std::string supported = joined(names, ", ") + (aliases.empty() ? "" : " (" + joined(aliases, ", ") + ")");
    error("Unsupported parameters for (" + settings_.module_name + ") module: " + joined(unsupported, ", ") +
          ". Supported parameters include: " + supported + ".");
  }

  void check_mutually_exclusive(const ModuleSpec& spec, const json& present) {
    std::vector<std::string> violated;
    for (const auto& group : spec.mutually_exclusive) {
      auto count = std::count_if(group.begin(), group.end(), [&](const auto& n) { return present.contains(n); });
      if (count > 1) violated.push_back(joined(group, "|"));
    }
    if (!violated.empty()) error("parameters are mutually exclusive: " + joined(violated, ", "));
  }

  void check_required(const std::vector<Option>& options, const json& present, const Path& path) {
    std::vector<std::string> missing;
    for (const auto& option : options)
      if (option.required && !present.contains(option.name)) missing.push_back(option.name);
    std::sort(missing.begin(), missing.end());
    if (!missing.empty()) error("missing required arguments: " + joined(missing, ", ") + found_in(path));
  }

  json coerced(const Option& option, const json& value, const Path& path) {
    try {
      json result = coerce(value, option.type);
      note_string_conversion(option.type, value, dotted(path, option.name));
      if (option.type == Type::List) result = coerced_elements(option, result, path);
      return result;
    } catch (const CoercionError& e) {
      std::string where = path.empty() ? "" : " found in '" + joined(path, ".") + "'";
      error("argument '" + option.name + "' is of type " + python_type(value) + where +
            " and we were unable to convert to " + type_name(option.type) + ": " + e.what());
      return json();
    }
  }

  json coerced_elements(const Option& option, const json& list, const Path& path) {
    json result = json::array();
    for (const auto& element : list) {
      try {
        result.push_back(element.is_null() ? element : coerce(element, option.elements));
        note_string_conversion(option.elements, element, dotted(path, option.name));
      } catch (const CoercionError& e) {
        error("Elements value for option '" + option.name + "'" + found_in(path) + " is of type " +
              python_type(element) + " and we were unable to convert to " + type_name(option.elements) + ": " +
              e.what());
      }
    }
    return result;
  }

  // A number or bool given to a str option is converted, but quietly changing 1.10 into
  // "1.1" surprises people: AnsibleModule warns (or fails, or ignores, as configured).
  void note_string_conversion(Type type, const json& original, const std::string& name) {
    if ((type != Type::Str && type != Type::Path) || original.is_string()) return;
    const std::string advice = "quote the entire value to ensure it does not change.";
    if (settings_.string_conversion == "error") throw CoercionError("Q" + advice.substr(1));
    if (settings_.string_conversion == "ignore") return;
    std::string python_name = python_type(original).substr(8);  // "<class 'int'>" -> "int'>"
    python_name = python_name.substr(0, python_name.size() - 2);
    out_.warnings.push_back("The value \"" + name + ": " + python_text(original) + "\" (type " + python_name +
                            ") was converted to \"" + name + ": '" + python_text(original) +
                            "'\" (type string). If this does not look like what you expect, " + advice);
  }

  void check_choices(const Option& option, const json& value, const Path& path) {
    if (option.choices.empty()) return;
    Type element_type = option.type == Type::List ? option.elements : option.type;
    auto allowed = [&](const json& candidate) {
      return std::any_of(option.choices.begin(), option.choices.end(), [&](const std::string& choice) {
        try {
          return coerce(choice, element_type) == candidate;  // choices are compared after coercion
        } catch (const CoercionError&) {
          return candidate.is_string() && candidate.get<std::string>() == choice;
        }
      });
    };
    const std::string choices = joined(option.choices, ", ");
    if (value.is_array()) {
      std::vector<std::string> unmatched;
      for (const auto& element : value)
        if (!allowed(element)) unmatched.push_back(python_text(element));
      if (!unmatched.empty())
        error("value of " + option.name + " must be one or more of: " + choices +
              ". Got no match for: " + joined(unmatched, ", ") + found_in(path));
    } else if (!allowed(value)) {
      error("value of " + option.name + " must be one of: " + choices + ", got: " + python_text(value) +
            found_in(path));
    }
  }

  const ValidationSettings& settings_;
  Validation& out_;
};

}  // namespace

Validation validate(const ModuleSpec& spec, const json& args, const ValidationSettings& settings) {
  Validation out;
  Validator validator(settings, out);
  out.params = validator.level(spec.options, args.is_object() ? args : json::object(), {}, &spec);
  validator.check_together_one_of_and_if(spec, out.params);
  validator.nested(spec.options, out.params, {});
  return out;
}

}  // namespace stackrescue::ansible
