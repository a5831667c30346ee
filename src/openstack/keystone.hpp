#pragma once
// Keystone v3 pieces without I/O: the token request body, the token URL, and endpoint
// selection from the catalog.
#include <string>

#include <nlohmann/json.hpp>

#include "openstack/cloud_config.hpp"

namespace stackrescue::openstack::keystone {

// {auth_url}/v3/auth/tokens, or {auth_url}/auth/tokens when auth_url already ends in /v3.
std::string token_url(const std::string& auth_url);

// The POST body for the configured auth type (password + scope, application credential
// without scope, token + scope).
nlohmann::json token_request_body(const CloudConfig& config);

// The URL of `service_type` for `interface` (and `region`, when not empty) from the
// catalog in Keystone's {"token": {...}} body. Throws ConfigError naming what is missing.
std::string endpoint_url(const nlohmann::json& token_body, const std::string& service_type,
                         const std::string& interface, const std::string& region);

}  // namespace stackrescue::openstack::keystone
