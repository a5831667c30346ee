#include "common/json_parse.hpp"

namespace stackrescue {

bool json_depth_within(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

std::optional<nlohmann::json> parse_json(std::string_view text, std::string& error, int max_depth) {
  if (!json_depth_within(text, max_depth)) {
    error = "JSON nested deeper than " + std::to_string(max_depth) + " levels";
    return std::nullopt;
  }
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::exception& e) {
    // Drop nlohmann's "[json.exception.parse_error.101] " prefix: it means nothing to a user.
    error = e.what();
    if (error.rfind("[json.exception.", 0) == 0 && error.find("] ") != std::string::npos) {
      error = error.substr(error.find("] ") + 2);
    }
    return std::nullopt;
  }
}

}  // namespace stackrescue
