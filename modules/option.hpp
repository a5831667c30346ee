#pragma once
// A readable way to write a module's options as data:
//   option("state", Type::Str, "...").default_to("rescued").choices({"rescued", "unrescued"})
#include <string>
#include <vector>

#include "ansible/spec.hpp"

namespace stackrescue::modules {

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
  operator ansible::Option() const { return o_; }  // NOLINT: implicit by design

 private:
  ansible::Option o_;
};

}  // namespace stackrescue::modules
