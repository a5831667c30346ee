#include "ansible/json_text.hpp"

namespace stackrescue::ansible {
namespace {

struct TooDeep {};

// nlohmann prefixes every message with "[json.exception.parse_error.101] "; the user
// wants the position and the reason, not the library's error id.
std::string without_exception_id(const std::string& what) {
  auto close = what.find("] ");
  return (what.rfind("[json.exception.", 0) == 0 && close != std::string::npos) ? what.substr(close + 2) : what;
}

}  // namespace

JsonText parse_json_text(std::string_view text, int max_depth) {
  // nlohmann's parser is iterative, but the DOM it builds is then walked recursively by
  // everything else (and by dump()): refuse deep nesting while parsing, before it exists.
  auto limit_depth = [max_depth](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
    bool opens =
        event == nlohmann::json::parse_event_t::object_start || event == nlohmann::json::parse_event_t::array_start;
    if (opens && depth >= max_depth) throw TooDeep{};
    return true;
  };
  JsonText result;
  try {
    result.value = nlohmann::json::parse(text.begin(), text.end(), limit_depth);
  } catch (const TooDeep&) {
    result.error = "nested deeper than " + std::to_string(max_depth) + " levels";
  } catch (const nlohmann::json::parse_error& e) {
    result.error = without_exception_id(e.what());
    // After a complete first value nlohmann expects the end of input; say so plainly.
    if (result.error.find("expected end of input") != std::string::npos)
      result.error = "trailing data after the JSON value: " + result.error;
  } catch (const std::exception& e) {  // e.g. out_of_range: "number overflow parsing '1e400'"
    result.error = without_exception_id(e.what());
  }
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
