// clouds.yaml (and secure.yaml) from a user's disk: yaml_to_json, then resolve_cloud the way
// a module does (no cloud named = the only one; a named one; task auth keys on top).
// The input is split at the first "\n---8<---\n": before = clouds.yaml, after = secure.yaml.
#include <map>

#include "fuzz_util.hpp"
#include "openstack/cloud_config.hpp"
#include "openstack/errors.hpp"
#include "openstack/keystone.hpp"
#include "openstack/session.hpp"
#include "openstack/yaml_to_json.hpp"

using namespace stackrescue;

namespace {

// What a module does with the resolved cloud before its first request: a session (keyed
// token cache path) and the token request body.
void use(const openstack::CloudConfig& config) {
  openstack::SessionOptions options;
  options.cache_dir = "/nonexistent/stackrescue-fuzz";
  openstack::Session session(config, std::make_shared<fuzz::RefusingTransport>(), options);
  (void)openstack::keystone::token_request_body(config).dump();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::ClearSecrets clear;
  const std::string input(fuzz::text(data, size));
  const auto cut = input.find("\n---8<---\n");
  std::map<std::string, std::string> files = {{"/fuzz/clouds.yaml", input.substr(0, cut)}};
  if (cut != std::string::npos) files["/fuzz/secure.yaml"] = input.substr(cut + 10);
  try {
    (void)openstack::yaml_to_json(files["/fuzz/clouds.yaml"], "/fuzz/clouds.yaml")
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  } catch (const Error&) {
  }
  openstack::ConfigSources sources;
  sources.getenv = [](const std::string& name) -> std::optional<std::string> {
    if (name == "OS_CLIENT_CONFIG_FILE") return std::string("/fuzz/clouds.yaml");
    if (name == "OS_CLIENT_SECURE_FILE") return std::string("/fuzz/secure.yaml");
    return std::nullopt;
  };
  sources.read_file = [&files](const std::string& path) -> std::optional<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
  sources.cwd = "/fuzz/cwd";
  sources.home = "/fuzz/home";
  openstack::CloudRequest requests[3];
  requests[1].cloud_name = "member";
  requests[2].cloud_name = "admin";
  requests[2].auth = {{"password", "task-secret"}, {"project_name", "p"}};
  requests[2].validate_certs = false;
  requests[2].api_timeout = 5;
  for (const auto& request : requests) {
    try {
      use(openstack::resolve_cloud(request, sources));
    } catch (const Error&) {
      // ConfigError naming the problem: the documented answer to a broken file.
    }
  }
  return 0;
}
