#include "common/json_parse.hpp"

namespace stackrescue {
namespace {

struct TooDeep {};

// nlohmann prefixes every message with "[json.exception.parse_error.101] "; the user
// wants the position and the reason, not the library's error id.
std::string without_exception_id(const std::string& what) {
  const auto close = what.find("] ");
  return (what.rfind("[json.exception.", 0) == 0 && close != std::string::npos) ? what.substr(close + 2) : what;
}

}  // namespace

std::optional<nlohmann::json> parse_json(std::string_view text, std::string& error, int max_depth) {
  // nlohmann's parser is iterative, but the DOM it builds is then walked recursively by
  // everything else (and by dump()): refuse deep nesting while parsing, before it exists.
  auto limit_depth = [max_depth](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
    const bool opens =
        event == nlohmann::json::parse_event_t::object_start || event == nlohmann::json::parse_event_t::array_start;
    if (opens && depth >= max_depth) throw TooDeep{};
    return true;
  };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), limit_depth);
  } catch (const TooDeep&) {
    error = "nested deeper than " + std::to_string(max_depth) + " levels";
  } catch (const nlohmann::json::parse_error& e) {
    error = without_exception_id(e.what());
    // After a complete first value nlohmann expects the end of input; say so plainly.
    if (error.find("expected end of input") != std::string::npos) error = "trailing data after the JSON value: " + error;
  } catch (const std::exception& e) {  // e.g. out_of_range: "number overflow parsing '1e400'"
    error = without_exception_id(e.what());
  }
  return std::nullopt;
}

}  // namespace stackrescue
