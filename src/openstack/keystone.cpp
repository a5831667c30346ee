#include "openstack/keystone.hpp"

#include "openstack/errors.hpp"
#include "openstack/json_fields.hpp"

namespace stackrescue::openstack::keystone {
namespace {

using nlohmann::json;

json domain(const json& auth, const std::string& prefix) {
  if (auto id = string_at(auth, (prefix + "_domain_id").c_str()); !id.empty()) return {{"id", id}};
  return {{"name", string_at(auth, (prefix + "_domain_name").c_str())}};
}

json user(const json& auth) {
  if (auto id = string_at(auth, "user_id"); !id.empty()) return {{"id", id}};
  return {{"name", string_at(auth, "username")}, {"domain", domain(auth, "user")}};
}

// Project scope when a project is named; domain or system scope otherwise; or none.
std::optional<json> scope(const json& auth) {
  if (auto id = string_at(auth, "project_id"); !id.empty()) return json{{"project", {{"id", id}}}};
  if (auto name = string_at(auth, "project_name"); !name.empty()) {
    return json{{"project", {{"name", name}, {"domain", domain(auth, "project")}}}};
  }
  if (auto trust = string_at(auth, "trust_id"); !trust.empty()) return json{{"OS-TRUST:trust", {{"id", trust}}}};
  if (auto system = string_at(auth, "system_scope"); !system.empty()) return json{{"system", {{"all", true}}}};
  if (auto id = string_at(auth, "domain_id"); !id.empty()) return json{{"domain", {{"id", id}}}};
  if (auto name = string_at(auth, "domain_name"); !name.empty()) return json{{"domain", {{"name", name}}}};
  return std::nullopt;
}

}  // namespace

std::string token_url(const std::string& auth_url) {
  std::string base = auth_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (base.size() >= 3 && base.compare(base.size() - 3, 3, "/v3") == 0) return base + "/auth/tokens";
  return base + "/v3/auth/tokens";
}

json token_request_body(const CloudConfig& config) {
  const json& auth = config.auth;
  json identity;
  switch (config.auth_type) {
    case AuthType::Password:
      identity = {{"methods", {"password"}}, {"password", {{"user", user(auth)}}}};
      identity["password"]["user"]["password"] = string_at(auth, "password");
      break;
    case AuthType::ApplicationCredential: {
      // Keystone refuses any scope with an application credential (401), so none is sent.
      json credential = {{"secret", string_at(auth, "application_credential_secret")}};
      if (auto id = string_at(auth, "application_credential_id"); !id.empty()) credential["id"] = id;
      else {
        credential["name"] = string_at(auth, "application_credential_name");
        credential["user"] = user(auth);
      }
      return {{"auth", {{"identity", {{"methods", {"application_credential"}}, {"application_credential", credential}}}}}};
    }
    case AuthType::Token:
      identity = {{"methods", {"token"}}, {"token", {{"id", string_at(auth, "token")}}}};
      break;
  }
  json body = {{"auth", {{"identity", identity}}}};
  if (auto s = scope(auth)) body["auth"]["scope"] = *s;
  return body;
}

std::string endpoint_url(const json& token_body, const std::string& service_type, const std::string& interface,
                         const std::string& region) {
  const json* catalog = nullptr;
  if (token_body.contains("token") && token_body["token"].contains("catalog")) catalog = &token_body["token"]["catalog"];
  if (!catalog || !catalog->is_array() || catalog->empty()) {
    throw ConfigError("the service catalog is empty (is the token scoped to a project?)");
  }
  bool service_seen = false;
  for (const auto& service : *catalog) {
    if (!service.is_object() || string_at(service, "type") != service_type) continue;
    service_seen = true;
    if (!service.contains("endpoints") || !service["endpoints"].is_array()) continue;
    for (const auto& endpoint : service["endpoints"]) {
      if (!endpoint.is_object() || string_at(endpoint, "interface") != interface) continue;
      const std::string region_name = string_at(endpoint, "region");
      std::string region_id = string_at(endpoint, "region_id");
      if (region_id.empty()) region_id = region_name;
      if (!region.empty() && region != region_id && region != region_name) continue;
      const std::string url = string_at(endpoint, "url");
      if (!url.empty()) return url;  // first match wins, as in keystoneauth
    }
  }
  std::string where = region.empty() ? "" : " in region " + region;
  if (!service_seen) throw ConfigError("the service catalog has no " + service_type + " service");
  throw ConfigError(interface + " endpoint for " + service_type + " service" + where + " not found in the catalog");
}

}  // namespace stackrescue::openstack::keystone
