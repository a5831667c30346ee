#include "ansible/help.hpp"

#include <sstream>

#include "ansible/coerce.hpp"
#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

std::string joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "(str, required; aliases: server)", "(list of int; default: [80])".
std::string option_facts(const Option& option) {
  std::vector<std::string> facts;
  std::string type = type_name(option.type);
  if (option.type == Type::List) type += " of " + type_name(option.elements);
  facts.push_back(option.required ? type + ", required" : type);
  if (option.default_value && !option.default_value->is_null())
    facts.push_back("default: " + dump_safely(*option.default_value));
  if (!option.choices.empty()) facts.push_back("choices: " + joined(option.choices, ", "));
  if (!option.aliases.empty()) facts.push_back("aliases: " + joined(option.aliases, ", "));
  if (option.no_log) facts.push_back("no_log: the value is never printed");
  return "(" + joined(facts, "; ") + ")";
}

void write_options(std::ostream& out, const std::vector<Option>& options, const std::string& prefix,
                   const std::string& indent) {
  for (const auto& option : options) {
    out << indent << prefix << option.name << " " << option_facts(option) << "\n";
    if (!option.description.empty()) out << indent << "    " << option.description << "\n";
    write_options(out, option.suboptions, prefix + option.name + ".", indent + "  ");
  }
}

void write_constraints(std::ostream& out, const ModuleSpec& spec) {
  for (const auto& group : spec.mutually_exclusive) out << "  mutually exclusive: " << joined(group, ", ") << "\n";
  for (const auto& group : spec.required_together) out << "  required together: " << joined(group, ", ") << "\n";
  for (const auto& group : spec.required_one_of) out << "  one of these is required: " << joined(group, ", ") << "\n";
  for (const auto& rule : spec.required_if)
    out << "  required if " << rule.option << " is " << python_text(rule.value) << ": " << (rule.any ? "any of " : "")
        << joined(rule.requirements, ", ") << "\n";
}

}  // namespace

std::string render_help(const ModuleSpec& spec, const std::string& version) {
  std::ostringstream out;
  out << spec.name << " " << version << " - " << spec.short_description << "\n\n";
  for (const auto& paragraph : spec.description) out << paragraph << "\n\n";
  out << "Usage:\n"
      << "  " << spec.name << " ARGS_FILE    as Ansible runs it: ARGS_FILE holds a JSON object of options\n"
      << "  " << spec.name << " < ARGS.json  the same JSON object on stdin\n"
      << "  " << spec.name << " --help | --version | --doc-yaml | --doc-py\n"
      << "The result is one JSON object on stdout; the exit code is 0 on success, 1 on failure.\n\n";
  out << "Options:\n";
  write_options(out, spec.options, "", "  ");
  write_constraints(out, spec);
  if (!spec.returns.empty()) out << "\nReturn values:\n";
  for (const auto& value : spec.returns) {
    out << "  " << value.name << " (" << (value.type.empty() ? "str" : value.type)
        << "; returned: " << (value.returned.empty() ? "always" : value.returned) << ")\n";
    if (!value.description.empty()) out << "      " << value.description << "\n";
  }
  for (const auto& note : spec.notes) out << "\nNote: " << note << "\n";
  return out.str();
}

}  // namespace stackrescue::ansible
