#include "module_support/cloud_options.hpp"

#include "ansible/audit_log.hpp"
#include "console/websocket_channel.hpp"
#include "openstack/cloud_transport.hpp"

namespace stackrescue::module_support {
namespace {

using ansible::Option;
using ansible::Type;

Option str(std::string name, std::string description, bool no_log = false) {
  Option o;
  o.name = std::move(name);
  o.description = std::move(description);
  o.no_log = no_log;
  return o;
}

std::vector<Option> auth_suboptions() {
  return {str("auth_url", "Keystone URL, e.g. https://keystone.example.com:5000/v3."),
          str("username", "User name (with user_domain_name or user_domain_id; default domain: default)."),
          str("user_id", "User ID."),
          str("password", "Password (auth_type password).", true),
          str("project_name", "Project to scope the token to."),
          str("project_id", "Project ID to scope the token to."),
          str("user_domain_name", "Domain of the user, by name."),
          str("user_domain_id", "Domain of the user, by ID."),
          str("project_domain_name", "Domain of the project, by name."),
          str("project_domain_id", "Domain of the project, by ID."),
          str("domain_name", "Domain scope, or the domain of user and project when they have none."),
          str("domain_id", "Domain scope by ID, or the domain of user and project when they have none."),
          str("default_domain_id", "Domain ID for user and project names that name no domain."),
          str("default_domain_name", "Domain name for user and project names that name no domain."),
          str("application_credential_id", "Application credential ID (auth_type v3applicationcredential)."),
          str("application_credential_name", "Application credential name (with the user)."),
          str("application_credential_secret", "Application credential secret.", true),
          str("token", "An existing token (auth_type token).", true),
          str("system_scope", "System scope (\"all\")."),
          str("trust_id", "Trust to scope the token to.")};
}

openstack::CloudRequest cloud_request(const ansible::Params& params) {
  openstack::CloudRequest request;
  if (params.has("cloud")) {
    const auto& cloud = params.json("cloud");
    if (cloud.is_string()) request.cloud_name = cloud.get<std::string>();
    else if (cloud.is_object()) request.cloud_dict = cloud;
    else throw ansible::ModuleFailure("cloud must be the name of a clouds.yaml entry or a dict, not " + std::string(cloud.type_name()));
  }
  if (params.has("auth")) request.auth = params.json("auth");
  request.auth_type = params.opt_str("auth_type");
  request.region_name = params.opt_str("region_name");
  request.interface = params.opt_str("interface");
  if (params.has("validate_certs")) request.validate_certs = params.boolean("validate_certs");
  request.ca_cert = params.opt_str("ca_cert");
  request.client_cert = params.opt_str("client_cert");
  request.client_key = params.opt_str("client_key");
  if (params.has("api_timeout")) request.api_timeout = static_cast<int>(params.integer("api_timeout"));
  return request;
}

}  // namespace

std::vector<Option> cloud_options() {
  Option cloud;
  cloud.name = "cloud";
  cloud.type = Type::Raw;
  cloud.description = "Name of a cloud in clouds.yaml, or a dict with a whole cloud configuration. Defaults to OS_CLOUD, "
                      "then to a cloud built from OS_* variables, then to the only cloud in clouds.yaml.";
  Option auth;
  auth.name = "auth";
  auth.type = Type::Dict;
  auth.description = "Authentication values; each one overrides the same key of the chosen cloud. Only the secrets "
                     "(password, token, application_credential_secret) are hidden from output.";
  auth.suboptions = auth_suboptions();
  Option auth_type = str("auth_type", "password (v3password), v3applicationcredential, or token (v3token).");
  Option region = str("region_name", "Region whose endpoints are used (default: the cloud's, else the first).");
  Option interface = str("interface", "Endpoint interface.");
  interface.choices = {"public", "internal", "admin"};
  interface.aliases = {"endpoint_type"};
  Option validate;
  validate.name = "validate_certs";
  validate.type = Type::Bool;
  validate.aliases = {"verify"};
  validate.description = "Verify TLS certificates (default true, or the cloud's verify/insecure setting). false adds a warning.";
  Option ca = str("ca_cert", "CA bundle (PEM) to verify the cloud's certificates.");
  ca.type = Type::Path;
  ca.aliases = {"cacert"};
  Option cert = str("client_cert", "Client certificate (PEM) for TLS client authentication.");
  cert.type = Type::Path;
  cert.aliases = {"cert"};
  Option key = str("client_key", "Private key (PEM) of client_cert, when not inside it.");
  key.type = Type::Path;
  key.aliases = {"key"};
  Option timeout;
  timeout.name = "api_timeout";
  timeout.type = Type::Int;
  timeout.description = "Seconds to wait for each API answer (default 60).";
  Option cache;
  cache.name = "token_cache";
  cache.type = Type::Bool;
  cache.default_value = true;
  cache.description = "Reuse Keystone tokens between module runs (0600 files in a 0700 directory under "
                      "$XDG_CACHE_HOME/stackrescue or ~/.cache/stackrescue, keyed by a hash of every auth input).";
  // Not a cloud option, but one every module of the action group takes (module_defaults of
  // the group sets it once), and every module takes these.
  return {cloud, auth, auth_type, region, interface, validate, ca, cert, key, timeout, cache, ansible::audit_log_option()};
}

Cloud connect(const ansible::Params& params, ansible::Context& ctx, std::shared_ptr<http::Transport> transport,
              const openstack::ConfigSources& sources) {
  openstack::CloudConfig config = openstack::resolve_cloud(cloud_request(params), sources);
  for (const auto& warning : config.warnings) ctx.warn(warning);
  if (!transport) transport = openstack::make_transport(config);
  openstack::SessionOptions options;
  options.token_cache = params.has("token_cache") ? params.boolean("token_cache") : true;
  options.warn = [&ctx](const std::string& message) { ctx.warn(message); };
  // A peer authenticating with the same credentials is waited for as long as an API answer.
  options.lock_wait = std::chrono::duration_cast<std::chrono::seconds>(openstack::transport_options(config).read_timeout);
  auto session = std::make_shared<openstack::Session>(std::move(config), std::move(transport), options);
  return Cloud{session, openstack::ComputeClient(*session), openstack::ImageClient(*session),
               openstack::VolumeClient(*session)};
}

console::ChannelOpener serial_console_opener(const Cloud& cloud) {
  return console::websocket_opener(openstack::transport_options(cloud.session->config()));
}

Option allow_insecure_console_option() {
  Option allow;
  allow.name = "allow_insecure_console";
  allow.type = Type::Bool;
  allow.default_value = false;
  allow.description = "Use a ws:// (cleartext) console URL on another host than this one, with a warning. Without it "
                      "such a URL fails the task before connecting.";
  return allow;
}

Cloud connect(const ansible::Params& params, ansible::Context& ctx) {
  return connect(params, ctx, nullptr, openstack::ConfigSources::from_process());
}

}  // namespace stackrescue::module_support
