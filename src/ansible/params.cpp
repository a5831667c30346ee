#include "ansible/params.hpp"

#include <algorithm>
#include <stdexcept>

namespace stackrescue::ansible {
namespace {

// Getters are called by module code with names from its own spec, so a bad name or a
// wrong getter is a programming error; the runtime turns it into a failed result.
[[noreturn]] void misuse(const std::string& name, const std::string& what) {
  throw std::logic_error("module parameter '" + name + "' " + what);
}

}  // namespace

bool Params::has(const std::string& name) const {
  auto it = values_.find(name);
  return it != values_.end() && !it->is_null();
}

bool Params::given(const std::string& name) const {
  return std::find(given_.begin(), given_.end(), name) != given_.end();
}

const nlohmann::json& Params::json(const std::string& name) const {
  auto it = values_.find(name);
  if (it == values_.end()) misuse(name, "is not in the module's argument spec");
  return *it;
}

std::string Params::str(const std::string& name) const {
  auto value = opt_str(name);
  if (!value) misuse(name, "has no value");
  return *value;
}

std::optional<std::string> Params::opt_str(const std::string& name) const {
  const auto& value = json(name);
  if (value.is_null()) return std::nullopt;
  if (value.is_string()) return value.get<std::string>();
  if (value.is_primitive()) return value.dump();  // raw options: numbers and bools as text
  misuse(name, "is not a string");
}

bool Params::boolean(const std::string& name) const {
  const auto& value = json(name);
  if (!value.is_boolean()) misuse(name, value.is_null() ? "has no value" : "is not a bool");
  return value.get<bool>();
}

std::int64_t Params::integer(const std::string& name) const {
  const auto& value = json(name);
  if (!value.is_number_integer()) misuse(name, value.is_null() ? "has no value" : "is not an int");
  return value.get<std::int64_t>();
}

double Params::number(const std::string& name) const {
  const auto& value = json(name);
  if (!value.is_number()) misuse(name, value.is_null() ? "has no value" : "is not a number");
  return value.get<double>();
}

std::vector<std::string> Params::str_list(const std::string& name) const {
  const auto& value = json(name);
  if (value.is_null()) return {};
  if (!value.is_array()) misuse(name, "is not a list");
  std::vector<std::string> out;
  for (const auto& element : value) {
    if (element.is_string())
      out.push_back(element.get<std::string>());
    else if (element.is_primitive() && !element.is_null())
      out.push_back(element.dump());
    else
      misuse(name, "is not a list of strings");
  }
  return out;
}

}  // namespace stackrescue::ansible
