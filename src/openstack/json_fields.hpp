#pragma once
// Reading fields of OpenStack's JSON answers without trusting their shape: a missing key
// or a value of another type reads as absent, never as an exception or undefined behaviour.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackrescue::openstack {

// The string at `key`, or "" when absent or not a string.
inline std::string string_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return "";
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// The value at `key` as text (non-strings as JSON), or nullopt when absent or null.
inline std::optional<std::string> optional_text_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return std::nullopt;
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  return it->is_string() ? it->get<std::string>() : it->dump();
}

// "id1, id2, ..." of resources that have an `id` member (servers, images).
template <typename Resource>
std::string join_ids(const std::vector<Resource>& resources) {
  std::string ids;
  for (const auto& r : resources) ids += (ids.empty() ? "" : ", ") + r.id;
  return ids;
}

}  // namespace stackrescue::openstack
