// render_doc_py: the ansible-doc file (<module>.py next to the binary); render_doc_yaml: the
// same documentation as one YAML document (--doc-yaml, read by tools/render-module-docs).
// Written by hand: every scalar is a JSON-quoted string or a JSON flow value, which is
// valid YAML for PyYAML too, so no YAML library is needed in this layer.
#include <cstdio>
#include <sstream>

#include "ansible/coerce.hpp"
#include "ansible/json_text.hpp"
#include "ansible/module.hpp"

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

// PyYAML rejects DEL and C1 control characters even inside quotes unless escaped;
// nlohmann leaves them raw, so escape them here.
std::string quoted(const std::string& text) {
  std::string dumped = json(text).dump(-1, ' ', false, json::error_handler_t::replace);
  std::string out;
  for (std::size_t i = 0; i < dumped.size(); ++i) {
    auto byte = static_cast<unsigned char>(dumped[i]);
    auto next = i + 1 < dumped.size() ? static_cast<unsigned char>(dumped[i + 1]) : 0;
    if (byte == 0x7f)
      out += "\\u007f";
    else if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", next);
      out += escape;
      ++i;
    } else
      out += dumped[i];
  }
  return out;
}

// A JSON value in flow style; "a: 1" spacing keeps PyYAML's scanner happy.
std::string flow(const json& value) {
  if (value.is_string()) return quoted(value.get<std::string>());
  if (value.is_array()) {
    std::string out = "[";
    for (const auto& item : value) out += (out.size() > 1 ? ", " : "") + flow(item);
    return out + "]";
  }
  if (value.is_object()) {
    std::string out = "{";
    for (const auto& [key, item] : value.items()) out += (out.size() > 1 ? ", " : "") + quoted(key) + ": " + flow(item);
    return out + "}";
  }
  return dump_safely(value);
}

json string_list(const std::vector<std::string>& items) { return json(items); }

void write_option(std::ostream& out, const Option& option, const std::string& indent);

void write_options(std::ostream& out, const std::vector<Option>& options, const std::string& indent) {
  for (const auto& option : options) write_option(out, option, indent);
}

void write_option(std::ostream& out, const Option& option, const std::string& indent) {
  const std::string in = indent + "  ";
  out << indent << quoted(option.name) << ":\n";
  out << in << "description: " << flow(string_list({option.description})) << "\n";
  out << in << "type: " << quoted(type_name(option.type)) << "\n";
  if (option.type == Type::List) out << in << "elements: " << quoted(type_name(option.elements)) << "\n";
  out << in << "required: " << (option.required ? "true" : "false") << "\n";
  if (option.default_value && !option.default_value->is_null())
    out << in << "default: " << flow(*option.default_value) << "\n";
  if (!option.choices.empty()) out << in << "choices: " << flow(string_list(option.choices)) << "\n";
  if (!option.aliases.empty()) out << in << "aliases: " << flow(string_list(option.aliases)) << "\n";
  if (option.no_log) out << in << "no_log: true\n";
  if (!option.suboptions.empty()) {
    out << in << "suboptions:\n";
    write_options(out, option.suboptions, in + "  ");
  }
}

// A literal block is the readable form; fall back to a quoted scalar for text a block
// cannot carry (control characters, CR).
void write_text_block(std::ostream& out, const std::string& key, const std::string& text) {
  bool block_safe = !text.empty();
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) block_safe = false;
  if (!block_safe) {
    out << key << ": " << quoted(text) << "\n";
    return;
  }
  out << key << ": |2\n";  // explicit indentation: the text may start with spaces
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out << (line.empty() ? "" : "  " + line) << "\n";
}

std::string fallback_example(const ModuleSpec& spec, const std::string& collection) {
  std::string text = "- name: Run " + spec.name + "\n  " + collection + "." + spec.name + ":\n";
  for (const auto& option : spec.options)
    if (option.required) text += "    " + option.name + ": \"...\"\n";
  return text;
}

// The DOCUMENTATION mapping's keys, each line starting with `indent`.
void write_documentation_body(std::ostream& out, const ModuleSpec& spec, const std::string& version,
                              const std::string& indent) {
  out << indent << "module: " << quoted(spec.name) << "\n";
  out << indent << "short_description: " << quoted(spec.short_description) << "\n";
  out << indent << "version_added: " << quoted(version) << "\n";
  out << indent << "description: "
      << flow(string_list(spec.description.empty() ? std::vector<std::string>{spec.short_description}
                                                   : spec.description))
      << "\n";
  out << indent << "author: " << flow(string_list({"StackRescue engineers"})) << "\n";
  auto notes = spec.notes;
  for (auto& rule : rule_notes(spec)) notes.push_back(std::move(rule));
  if (!notes.empty()) out << indent << "notes: " << flow(string_list(notes)) << "\n";
  if (spec.options.empty()) {
    out << indent << "options: {}\n";
  } else {
    out << indent << "options:\n";
    write_options(out, spec.options, indent + "  ");
  }
}

// The RETURN mapping's keys, each line starting with `indent`.
void write_returns_body(std::ostream& out, const std::vector<ReturnValue>& returns, const std::string& indent) {
  for (const auto& value : returns) {
    out << indent << quoted(value.name) << ":\n";
    out << indent << "  description: " << flow(string_list({value.description})) << "\n";
    out << indent << "  returned: " << quoted(value.returned.empty() ? "always" : value.returned) << "\n";
    out << indent << "  type: " << quoted(value.type.empty() ? "str" : value.type) << "\n";
    if (!value.sample.is_null()) out << indent << "  sample: " << flow(value.sample) << "\n";
  }
}

std::string examples_of(const ModuleSpec& spec, const std::string& collection) {
  return spec.examples.empty() ? fallback_example(spec, collection) : spec.examples;
}

// A Python string literal holding `text` exactly: a raw triple-quoted block when the
// text allows it (the readable form), else a JSON string, which is also valid Python.
std::string python_string(const std::string& text) {
  const bool raw_safe = text.find("\"\"\"") == std::string::npos && text.find('\r') == std::string::npos &&
                        (text.empty() || (text.back() != '"' && text.back() != '\\'));
  if (raw_safe) return "r\"\"\"\n" + text + "\"\"\"";
  return quoted(text);
}

}  // namespace

std::string render_doc_py(const ModuleSpec& spec, const std::string& collection, const std::string& version) {
  std::ostringstream documentation, returns;
  write_documentation_body(documentation, spec, version, "");
  write_returns_body(returns, spec.returns, "");
  std::ostringstream out;
  out << "# -*- coding: utf-8 -*-\n"
      << "# Documentation of " << collection << "." << spec.name << " for ansible-doc, ansible-lint and Galaxy,\n"
      << "# generated from its argument spec (`" << spec.name << " --doc-py`). The module itself is the\n"
      << "# binary " << spec.name << " next to this file; this file is never run.\n\n"
      << "DOCUMENTATION = " << python_string(documentation.str()) << "\n\n"
      << "EXAMPLES = " << python_string(examples_of(spec, collection)) << "\n\n"
      << "RETURN = " << python_string(returns.str()) << "\n";
  return out.str();
}

std::string render_doc_yaml(const ModuleSpec& spec, const std::string& collection, const std::string& version) {
  std::ostringstream out;
  out << "# Documentation of " << collection << "." << spec.name << ", generated from its argument spec.\n";
  out << "DOCUMENTATION:\n";
  write_documentation_body(out, spec, version, "  ");
  write_text_block(out, "EXAMPLES", examples_of(spec, collection));
  if (spec.returns.empty()) {
    out << "RETURN: {}\n";
  } else {
    out << "RETURN:\n";
    write_returns_body(out, spec.returns, "  ");
  }
  // Only the reference page reads this (tools/render-module-docs); flow style keeps it one line.
  if (!spec.reference.empty()) out << "REFERENCE: " << flow(spec.reference) << "\n";
  return out.str();
}

}  // namespace stackrescue::ansible
