#pragma once
// Parsing JSON that comes from outside (args files, API responses, cache files) without
// trusting it: bounded nesting, never throws, errors that say where and why.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stackrescue {

inline constexpr int kMaxJsonDepth = 128;

// Parses exactly one JSON value from `text`. On failure returns nullopt and sets `error`
// to a short reason without nlohmann's exception ids ("parse error at line 1, column 5:
// ...", "trailing data after the JSON value: ...", "nested deeper than N levels").
std::optional<nlohmann::json> parse_json(std::string_view text, std::string& error, int max_depth = kMaxJsonDepth);

}  // namespace stackrescue
