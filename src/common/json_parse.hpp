#pragma once
// Parsing JSON that comes from outside (args files, API responses) without trusting it:
// nlohmann's parser recurses, so a deeply nested document would exhaust the stack.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stackrescue {

inline constexpr int kMaxJsonDepth = 128;

// Returns the nesting depth of `text` if it is below `max_depth`, or nullopt when deeper.
// Brackets inside strings are ignored.
bool json_depth_within(std::string_view text, int max_depth = kMaxJsonDepth);

// Parses `text`; on failure returns nullopt and sets `error` to a short reason (parse
// position, "nested deeper than N levels"). Never throws.
std::optional<nlohmann::json> parse_json(std::string_view text, std::string& error, int max_depth = kMaxJsonDepth);

}  // namespace stackrescue
