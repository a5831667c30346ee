#pragma once
// What a module's spec is written with (modules/<name>.cpp: `using namespace
// stackrescue::modules;`):
//   module_spec("server_rescue", "one line for ansible-doc -l", R"(
//   First paragraph of the description, as prose,
//   over as many lines as it needs.
//
//   Second paragraph.
//   )");
//   option("state", Type::Str, "...").default_to("rescued").choices({"rescued", "unrescued"})
#include <string>
#include <string_view>
#include <vector>

#include "ansible/spec.hpp"

namespace stackrescue::modules {

using ansible::Type;

// The paragraphs of a description written as text: paragraphs are separated by a blank
// line; the lines of one paragraph are joined with a space; leading and trailing blanks of
// each line are dropped.
inline std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> result;
  std::string paragraph;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty()) {
      if (!paragraph.empty()) result.push_back(std::move(paragraph));
      paragraph.clear();
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  if (!paragraph.empty()) result.push_back(std::move(paragraph));
  return result;
}

// The start of a module's spec: its name, the one line ansible-doc -l shows, the description.
inline ansible::ModuleSpec module_spec(std::string name, std::string short_description, std::string_view description) {
  ansible::ModuleSpec spec;
  spec.name = std::move(name);
  spec.short_description = std::move(short_description);
  spec.description = paragraphs(description);
  return spec;
}

class option {
 public:
  option(std::string name, ansible::Type type, std::string description) {
    o_.name = std::move(name);
    o_.type = type;
    o_.description = std::move(description);
  }
  option& required() { return o_.required = true, *this; }
  option& default_to(nlohmann::json value) { return o_.default_value = std::move(value), *this; }
  option& choices(std::vector<std::string> values) { return o_.choices = std::move(values), *this; }
  option& aliases(std::vector<std::string> names) { return o_.aliases = std::move(names), *this; }
  option& no_log() { return o_.no_log = true, *this; }
  option& elements(ansible::Type type) { return o_.elements = type, *this; }  // of a list
  operator ansible::Option() const { return o_; }  // NOLINT: implicit by design

 private:
  ansible::Option o_;
};

}  // namespace stackrescue::modules
