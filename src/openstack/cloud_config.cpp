#include "openstack/cloud_config.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "common/secrets.hpp"
#include "common/utf8.hpp"
#include "openstack/errors.hpp"
#include "openstack/yaml_to_json.hpp"

namespace stackrescue::openstack {
namespace {

using nlohmann::json;

// Keys that belong inside `auth:` (keystoneauth plugin options), for OS_* and for
// top-level keys of a cloud entry.
const std::set<std::string>& auth_keys() {
  static const std::set<std::string> keys = {
      "auth_url", "username", "user_id", "password", "project_name", "project_id", "user_domain_name",
      "user_domain_id", "project_domain_name", "project_domain_id", "domain_name", "domain_id",
      "application_credential_id", "application_credential_name", "application_credential_secret", "token",
      "system_scope", "trust_id", "default_domain_id", "default_domain_name"};
  return keys;
}

// Project/domain keys given at the top level of a cloud entry win over auth: (SDK rule).
const std::set<std::string>& top_level_wins() {
  static const std::set<std::string> keys = {"project_name", "project_id", "project_domain_name",
                                             "project_domain_id", "user_domain_name", "user_domain_id",
                                             "domain_name", "domain_id"};
  return keys;
}

std::string normalize_key(std::string key) {
  std::replace(key.begin(), key.end(), '-', '_');
  if (key.rfind("tenant_", 0) == 0) key = "project_" + key.substr(7);
  return key;
}

// Normalises legacy spellings and moves auth plugin options into `auth`.
json normalize_cloud(const json& raw) {
  json cloud = json::object();
  json auth = json::object();
  if (raw.contains("auth") && raw["auth"].is_object()) {
    for (const auto& [k, v] : raw["auth"].items()) auth[normalize_key(k)] = v;
  }
  for (const auto& [k, v] : raw.items()) {
    if (k == "auth") continue;
    std::string key = normalize_key(k);
    if (key == "endpoint_type") key = "interface";
    if (auth_keys().count(key)) {
      if (top_level_wins().count(key) || !auth.contains(key)) auth[key] = v;
    } else {
      cloud[key] = v;
    }
  }
  cloud["auth"] = auth;
  return cloud;
}

void deep_merge(json& base, const json& over) {
  for (const auto& [k, v] : over.items()) {
    if (v.is_object() && base.contains(k) && base[k].is_object()) deep_merge(base[k], v);
    else base[k] = v;
  }
}

bool truthy(const json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (!value.is_string()) return false;
  std::string s = value.get<std::string>();
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s == "true" || s == "yes" || s == "1" || s == "on";
}

std::string text(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

std::string expand_home(const std::string& path, const std::string& home) {
  if (path == "~" || path.rfind("~/", 0) == 0) return home + path.substr(1);
  return path;
}

struct LoadedFile {
  std::string path;
  json content;
};

// First readable file of the search list wins (openstacksdk CONFIG_SEARCH_PATH).
std::optional<LoadedFile> load_first(const std::vector<std::string>& dirs, const std::string& basename,
                                     const std::optional<std::string>& explicit_file, const ConfigSources& src) {
  std::vector<std::string> candidates;
  if (explicit_file && !explicit_file->empty()) candidates.push_back(*explicit_file);
  for (const auto& dir : dirs) {
    for (const char* ext : {".yaml", ".yml", ".json"}) candidates.push_back(dir + "/" + basename + ext);
  }
  for (const auto& path : candidates) {
    if (auto body = src.read_file(path)) return LoadedFile{path, yaml_to_json(*body, path)};
  }
  return std::nullopt;
}

std::vector<std::string> search_dirs(const ConfigSources& src) {
  const std::string home = src.home;
  const std::string xdg_config = src.getenv("XDG_CONFIG_HOME").value_or(home + "/.config");
  std::string xdg_dirs = src.getenv("XDG_CONFIG_DIRS").value_or("/etc/xdg");
  xdg_dirs = xdg_dirs.substr(0, xdg_dirs.find(':'));  // platformdirs uses the first entry
  return {src.cwd, xdg_config + "/openstack", home + "/.config/openstack", xdg_dirs + "/openstack",
          "/etc/openstack"};
}

// The cloud built from OS_* variables, or null when none (other than selectors) is set.
json envvars_cloud(const ConfigSources& src) {
  static const std::vector<std::string> names = {
      "OS_AUTH_URL", "OS_USERNAME", "OS_USER_ID", "OS_PASSWORD", "OS_PROJECT_NAME", "OS_PROJECT_ID",
      "OS_TENANT_NAME", "OS_TENANT_ID", "OS_USER_DOMAIN_NAME", "OS_USER_DOMAIN_ID", "OS_PROJECT_DOMAIN_NAME",
      "OS_PROJECT_DOMAIN_ID", "OS_DOMAIN_NAME", "OS_DOMAIN_ID", "OS_DEFAULT_DOMAIN_ID", "OS_DEFAULT_DOMAIN_NAME",
      "OS_INTERFACE", "OS_ENDPOINT_TYPE", "OS_AUTH_TYPE", "OS_APPLICATION_CREDENTIAL_ID",
      "OS_APPLICATION_CREDENTIAL_NAME", "OS_APPLICATION_CREDENTIAL_SECRET", "OS_TOKEN", "OS_AUTH_TOKEN",
      "OS_CACERT", "OS_CERT", "OS_KEY", "OS_INSECURE", "OS_SYSTEM_SCOPE", "OS_TRUST_ID", "OS_API_TIMEOUT"};
  json raw = json::object();
  for (const auto& name : names) {
    if (auto value = src.getenv(name); value && !value->empty()) {
      if (!is_valid_utf8(*value)) throw ConfigError("the environment variable " + name + " is not valid UTF-8");
      std::string key = name.substr(3);
      std::transform(key.begin(), key.end(), key.begin(), ::tolower);
      if (key == "auth_token") key = "token";
      raw[key] = *value;
    }
  }
  if (raw.empty()) return nullptr;
  if (auto region = src.getenv("OS_REGION_NAME"); region && !region->empty()) raw["region_name"] = *region;
  return normalize_cloud(raw);
}

AuthType parse_auth_type(const std::string& name) {
  if (name.empty() || name == "password" || name == "v3password") return AuthType::Password;
  if (name == "v3applicationcredential" || name == "application_credential") return AuthType::ApplicationCredential;
  if (name == "token" || name == "v3token") return AuthType::Token;
  throw ConfigError("auth_type '" + name +
                    "' is not supported (supported: password, v3password, v3applicationcredential, token, v3token)");
}

void require(bool ok, const std::string& message) {
  if (!ok) throw ConfigError(message);
}

// Checks that the auth dict has what its auth type needs, and fills OSC's default domain.
void complete_auth(CloudConfig& config) {
  json& auth = config.auth;
  const auto has = [&](const char* k) { return auth.contains(k) && !text(auth[k]).empty(); };
  require(has("auth_url"), "no auth_url for cloud '" + config.name +
                               "': set cloud (a clouds.yaml entry), auth.auth_url, or OS_CLOUD/OS_AUTH_URL");
  switch (config.auth_type) {
    case AuthType::Password:
      require(has("username") || has("user_id"),
              "auth_type password needs auth.username or auth.user_id (for an application credential set "
              "auth_type: v3applicationcredential)");
      require(has("password"), "auth_type password needs auth.password");
      break;
    case AuthType::ApplicationCredential:
      require(has("application_credential_secret"),
              "auth_type v3applicationcredential needs auth.application_credential_secret");
      require(has("application_credential_id") || (has("application_credential_name") && (has("user_id") || has("username"))),
              "auth_type v3applicationcredential needs auth.application_credential_id, or "
              "application_credential_name with the user");
      break;
    case AuthType::Token:
      require(has("token"), "auth_type token needs auth.token");
      break;
  }
  // Like OSC: names without a domain live in the "default" domain (by ID), unless a
  // cloud-wide domain is given.
  const auto fill_domain = [&](const char* prefix) {
    const std::string name_key = std::string(prefix) + "_domain_name";
    const std::string id_key = std::string(prefix) + "_domain_id";
    if (has(name_key.c_str()) || has(id_key.c_str())) return;
    if (has("domain_id")) auth[id_key] = auth["domain_id"];
    else if (has("domain_name")) auth[name_key] = auth["domain_name"];
    else if (has("default_domain_id")) auth[id_key] = auth["default_domain_id"];
    else if (has("default_domain_name")) auth[name_key] = auth["default_domain_name"];
    else auth[id_key] = "default";
  };
  if (has("username")) fill_domain("user");
  if (has("project_name")) fill_domain("project");
}

void register_secrets(const json& auth) {
  for (const char* key : {"password", "token", "application_credential_secret"}) {
    if (auth.contains(key) && auth[key].is_string()) secrets::add(auth[key].get<std::string>());
  }
}

// Picks the named / OS_CLOUD / envvars / only cloud, or an empty one.
json choose_cloud(const CloudRequest& request, const ConfigSources& src, std::string& name) {
  if (request.cloud_dict) {
    name = "(cloud dict)";
    require(request.cloud_dict->is_object(), "cloud must be a clouds.yaml name or a dict");
    return normalize_cloud(*request.cloud_dict);
  }
  const auto clouds_file = load_first(search_dirs(src), "clouds", src.getenv("OS_CLIENT_CONFIG_FILE"), src);
  const auto secure_file = load_first(search_dirs(src), "secure", src.getenv("OS_CLIENT_SECURE_FILE"), src);
  json clouds = json::object();
  if (clouds_file && clouds_file->content.is_object() && clouds_file->content.contains("clouds")) {
    require(clouds_file->content["clouds"].is_object(), clouds_file->path + ": 'clouds' must be a mapping");
    clouds = clouds_file->content["clouds"];
  }
  if (secure_file && secure_file->content.is_object() && secure_file->content.contains("clouds") &&
      secure_file->content["clouds"].is_object()) {
    deep_merge(clouds, secure_file->content["clouds"]);
  }
  const json env_cloud = envvars_cloud(src);
  const std::string env_name = src.getenv("OS_CLOUD_NAME").value_or("envvars");
  std::optional<std::string> wanted = request.cloud_name;
  if (!wanted || wanted->empty()) wanted = src.getenv("OS_CLOUD");
  if (wanted && !wanted->empty()) {
    name = *wanted;
    if (clouds.contains(name) && clouds[name].is_object()) return normalize_cloud(clouds[name]);
    if (!env_cloud.is_null() && name == env_name) return env_cloud;
    std::string known;
    for (const auto& [k, v] : clouds.items()) known += (known.empty() ? "" : ", ") + k;
    throw ConfigError("Cloud " + name + " was not found" +
                      (clouds_file ? " in " + clouds_file->path + " (known clouds: " + (known.empty() ? "none" : known) + ")"
                                   : ": no clouds.yaml found (searched OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack, "
                                     "/etc/openstack)"));
  }
  if (!env_cloud.is_null()) {
    name = env_name;
    return env_cloud;
  }
  if (clouds.size() == 1) {
    name = clouds.begin().key();
    return normalize_cloud(clouds.begin().value());
  }
  name = "(task options)";
  return normalize_cloud(json::object());
}

void apply_region(CloudConfig& config, const json& cloud, const std::optional<std::string>& requested) {
  std::vector<std::string> regions;
  if (cloud.contains("regions") && cloud["regions"].is_array()) {
    for (const auto& r : cloud["regions"]) regions.push_back(r.is_object() ? text(r.value("name", json())) : text(r));
  }
  std::string region = requested.value_or(text(cloud.value("region_name", json())));
  if (region.empty() && !regions.empty()) region = regions.front();
  if (!region.empty() && !regions.empty() && std::find(regions.begin(), regions.end(), region) == regions.end()) {
    throw ConfigError("Region " + region + " is not a valid region name for cloud " + config.name);
  }
  config.region_name = region;
}

void apply_tls(CloudConfig& config, const json& cloud, const CloudRequest& request, const std::string& home) {
  bool verify = true;
  if (cloud.contains("verify")) verify = truthy(cloud["verify"]);
  if (cloud.contains("insecure") && truthy(cloud["insecure"])) verify = false;
  if (request.validate_certs) verify = *request.validate_certs;
  config.tls.verify = verify;
  config.tls.ca_file = expand_home(request.ca_cert.value_or(text(cloud.value("cacert", json()))), home);
  config.tls.client_cert = expand_home(request.client_cert.value_or(text(cloud.value("cert", json()))), home);
  config.tls.client_key = expand_home(request.client_key.value_or(text(cloud.value("key", json()))), home);
  if (!verify) {
    config.warnings.push_back("TLS certificate verification is disabled (validate_certs: false) for cloud '" +
                              config.name + "': the connection can be intercepted");
  }
}

}  // namespace

CloudConfig resolve_cloud(const CloudRequest& request, const ConfigSources& sources) {
  CloudConfig config;
  json cloud = choose_cloud(request, sources, config.name);
  // Task auth keys override the chosen cloud's, one by one (openstacksdk semantics).
  if (request.auth.is_object()) {
    for (const auto& [k, v] : request.auth.items()) {
      if (!v.is_null()) cloud["auth"][normalize_key(k)] = v;
    }
  }
  config.auth = json::object();
  for (const auto& [k, v] : cloud["auth"].items()) {
    if (!v.is_null()) config.auth[k] = text(v);
  }
  register_secrets(config.auth);
  config.auth_type = parse_auth_type(request.auth_type.value_or(text(cloud.value("auth_type", json()))));
  std::string interface = request.interface.value_or(text(cloud.value("interface", json())));
  if (interface.empty()) interface = "public";
  if (interface.size() > 3 && interface.compare(interface.size() - 3, 3, "URL") == 0) interface.resize(interface.size() - 3);
  config.interface = interface;
  apply_region(config, cloud, request.region_name);
  apply_tls(config, cloud, request, sources.home);
  if (request.api_timeout) {
    config.api_timeout = *request.api_timeout;
  } else if (cloud.contains("api_timeout") && !cloud["api_timeout"].is_null()) {
    try {
      config.api_timeout = std::stoi(text(cloud["api_timeout"]));
    } catch (const std::exception&) {
      throw ConfigError("api_timeout of cloud '" + config.name + "' is not a number");
    }
  }
  complete_auth(config);
  return config;
}

ConfigSources ConfigSources::from_process() {
  ConfigSources src;
  src.getenv = [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  };
  src.read_file = [](const std::string& path) -> std::optional<std::string> {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream body;
    body << in.rdbuf();
    return body.str();
  };
  char buffer[4096];
  src.cwd = getcwd(buffer, sizeof buffer) ? std::string(buffer) : std::string(".");
  const char* home = std::getenv("HOME");
  src.home = home ? home : "/root";
  return src;
}

}  // namespace stackrescue::openstack
