#pragma once
// clouds.yaml/secure.yaml are YAML (or JSON, a subset): read them into nlohmann::json.
#include <string>

#include <nlohmann/json.hpp>

namespace stackrescue::openstack {

// Parses YAML text into JSON. Scalars stay strings (callers interpret booleans and
// numbers, as YAML's "yes"/"1" are ambiguous); `~`/null become null. Throws ConfigError
// naming `source` and the line on a syntax error.
nlohmann::json yaml_to_json(const std::string& text, const std::string& source);

}  // namespace stackrescue::openstack
