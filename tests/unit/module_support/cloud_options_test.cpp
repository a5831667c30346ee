// module_support: the options every module shares with openstack.cloud, and connect(), the
// step from those options to a session (with an injected transport: nothing is sent here).
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "module_support/cloud_options.hpp"
#include "openstack/cloud_config.hpp"
#include "support/scripted_transport.hpp"

using namespace stackrescue;
using nlohmann::json;

namespace {

const ansible::Option& find_option(const std::vector<ansible::Option>& options, const std::string& name) {
  const auto it = std::find_if(options.begin(), options.end(), [&](const auto& o) { return o.name == name; });
  REQUIRE(it != options.end());
  return *it;
}

// Params as the runtime hands them to a module: every option of the spec, null when not given.
ansible::Params params_with(json given) {
  json all = json::object();
  for (const auto& option : module_support::cloud_options()) all[option.name] = nullptr;
  all.update(given);
  return ansible::Params(all);
}

json member_cloud(bool verify) {
  return {{"auth", {{"auth_url", "https://127.0.0.1:5000/v3"}, {"username", "member"}, {"password", "pw-1"},
                    {"project_name", "member"}, {"user_domain_name", "Default"}, {"project_domain_name", "Default"}}},
          {"verify", verify}};
}

}  // namespace

TEST_CASE("the common options are openstack.cloud's, in its order, then the runtime's audit_log") {
  std::vector<std::string> names;
  for (const auto& option : module_support::cloud_options()) names.push_back(option.name);
  CHECK(names == std::vector<std::string>{"cloud", "auth", "auth_type", "region_name", "interface", "validate_certs",
                                          "ca_cert", "client_cert", "client_key", "api_timeout", "token_cache",
                                          "audit_log"});
}

TEST_CASE("only the true secrets of auth are no_log") {
  const auto options = module_support::cloud_options();
  std::vector<std::string> secret;
  for (const auto& sub : find_option(options, "auth").suboptions)
    if (sub.no_log) secret.push_back(sub.name);
  CHECK(secret == std::vector<std::string>{"password", "application_credential_secret", "token"});
  for (const auto& option : options) CHECK_FALSE(option.no_log);
}

TEST_CASE("the common options take openstack.cloud's aliases and defaults") {
  const auto options = module_support::cloud_options();
  CHECK(find_option(options, "validate_certs").aliases == std::vector<std::string>{"verify"});
  CHECK(find_option(options, "ca_cert").aliases == std::vector<std::string>{"cacert"});
  CHECK(find_option(options, "client_cert").aliases == std::vector<std::string>{"cert"});
  CHECK(find_option(options, "client_key").aliases == std::vector<std::string>{"key"});
  CHECK(find_option(options, "interface").choices == std::vector<std::string>{"public", "internal", "admin"});
  CHECK(find_option(options, "token_cache").default_value == json(true));
}

TEST_CASE("connect resolves the cloud and passes its warnings to the module's result") {
  openstack::ConfigSources sources;
  sources.getenv = [](const std::string&) { return std::optional<std::string>(); };
  sources.read_file = [](const std::string&) { return std::optional<std::string>(); };
  ansible::Context ctx;
  const auto params = params_with({{"cloud", member_cloud(false)}, {"token_cache", false}});
  auto cloud = module_support::connect(params, ctx, std::make_shared<testing::ScriptedTransport>(), sources);
  CHECK(cloud.session->config().auth.value("username", "") == "member");
  REQUIRE(ctx.warnings().size() == 1);
  CHECK(ctx.warnings()[0].find("validate_certs: false") != std::string::npos);
}

TEST_CASE("connect refuses a cloud that is neither a name nor a dict") {
  openstack::ConfigSources sources;
  ansible::Context ctx;
  const auto params = params_with({{"cloud", 3}});
  CHECK_THROWS_WITH(module_support::connect(params, ctx, std::make_shared<testing::ScriptedTransport>(), sources),
                    Catch::Contains("cloud must be the name of a clouds.yaml entry or a dict, not number"));
}
