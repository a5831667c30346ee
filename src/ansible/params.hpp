#pragma once
// Validated, coerced module parameters. Every option of the spec is present (null when
// not given and without default), so getters never guess.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackrescue::ansible {

class Params {
 public:
  explicit Params(nlohmann::json values) : values_(std::move(values)) {}

  // True when the option was given (not null after defaults were applied).
  bool has(const std::string& name) const;
  // True when the user set the option explicitly (before defaults were applied).
  bool given(const std::string& name) const;

  std::string str(const std::string& name) const;                       // throws if null
  std::optional<std::string> opt_str(const std::string& name) const;
  bool boolean(const std::string& name) const;
  std::int64_t integer(const std::string& name) const;
  double number(const std::string& name) const;
  const nlohmann::json& json(const std::string& name) const;           // any type; null if unset
  std::vector<std::string> str_list(const std::string& name) const;

  const nlohmann::json& all() const { return values_; }
  void set_given(std::vector<std::string> names) { given_ = std::move(names); }

 private:
  nlohmann::json values_;
  std::vector<std::string> given_;
};

}  // namespace stackrescue::ansible
