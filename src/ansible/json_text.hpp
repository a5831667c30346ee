#pragma once
// Parsing JSON text that comes from outside (the args file, dict options given as a JSON
// string) without trusting it: bounded nesting, never throws, errors that say where.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stackrescue::ansible {

// Deeper than any real module argument; shallow enough that every recursive walk over
// the parsed value (validation, masking, dump) stays far from the stack limit.
inline constexpr int kMaxArgsDepth = 100;

struct JsonText {
  std::optional<nlohmann::json> value;  // set on success
  std::string error;                    // on failure: "parse error at line 1, column 5: ..."
};

// Parses exactly one JSON value from `text` (trailing data is an error): common/json_parse
// with the depth limit of module arguments.
JsonText parse_json_text(std::string_view text, int max_depth = kMaxArgsDepth);

// Renders `value` on one line; invalid UTF-8 in strings becomes U+FFFD instead of throwing.
std::string dump_safely(const nlohmann::json& value);

// Python's name for the JSON type of `value` ("<class 'str'>"), as AnsibleModule reports it.
std::string python_type(const nlohmann::json& value);

// Python's str() of a scalar: strings as is, True/False, numbers as JSON.
std::string python_text(const nlohmann::json& value);

}  // namespace stackrescue::ansible
