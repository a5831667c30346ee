#pragma once
// Resolving "which cloud, with which credentials" exactly as openstacksdk and the
// openstack.cloud collection do: clouds.yaml + secure.yaml search order, OS_CLOUD,
// OS_CLIENT_CONFIG_FILE, an OS_* environment cloud, a cloud given as a dict, and task
// options (auth keys override the chosen cloud's).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/transport.hpp"

namespace stackrescue::openstack {

// What the task (or caller) asked for; unset = not given.
struct CloudRequest {
  std::optional<std::string> cloud_name;
  std::optional<nlohmann::json> cloud_dict;   // `cloud` given as a whole config dict
  nlohmann::json auth = nlohmann::json::object();
  std::optional<std::string> auth_type;
  std::optional<std::string> region_name;
  std::optional<std::string> interface;
  std::optional<bool> validate_certs;
  std::optional<std::string> ca_cert;
  std::optional<std::string> client_cert;
  std::optional<std::string> client_key;
  std::optional<int> api_timeout;             // seconds
};

enum class AuthType { Password, ApplicationCredential, Token };

struct CloudConfig {
  std::string name;                           // cloud name ("envvars" for OS_*, "(dict)")
  AuthType auth_type = AuthType::Password;
  nlohmann::json auth = nlohmann::json::object();  // string leaves: auth_url, username, ...
  std::string region_name;                    // empty = first matching endpoint
  std::string interface = "public";
  http::TlsOptions tls;
  std::optional<int> api_timeout;             // seconds
  std::vector<std::string> warnings;          // e.g. TLS verification disabled
};

// Where configuration comes from (injectable for tests).
struct ConfigSources {
  std::function<std::optional<std::string>(const std::string&)> getenv;
  std::function<std::optional<std::string>(const std::string&)> read_file;  // nullopt = absent/unreadable
  std::string cwd;
  std::string home;
  static ConfigSources from_process();
};

// Resolves the cloud. Throws ConfigError naming the problem (unknown cloud listing the known
// ones, no auth_url, unsupported auth_type, unparsable YAML with its path, ...). Registers
// every secret it finds (password, token, application credential secret) with
// common/secrets.
CloudConfig resolve_cloud(const CloudRequest& request, const ConfigSources& sources);

}  // namespace stackrescue::openstack
