#include "ansible/json_text.hpp"

#include "common/json_parse.hpp"

namespace stackrescue::ansible {

JsonText parse_json_text(std::string_view text, int max_depth) {
  JsonText result;
  result.value = parse_json(text, result.error, max_depth);
  return result;
}

std::string dump_safely(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string python_type(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string:
      return "<class 'str'>";
    case nlohmann::json::value_t::boolean:
      return "<class 'bool'>";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "<class 'int'>";
    case nlohmann::json::value_t::number_float:
      return "<class 'float'>";
    case nlohmann::json::value_t::object:
      return "<class 'dict'>";
    case nlohmann::json::value_t::array:
      return "<class 'list'>";
    case nlohmann::json::value_t::null:
      return "<class 'NoneType'>";
    default:
      return "<class 'object'>";
  }
}

std::string python_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "True" : "False";
  if (value.is_null()) return "None";
  return dump_safely(value);
}

}  // namespace stackrescue::ansible
