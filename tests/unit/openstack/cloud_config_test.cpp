#include <catch2/catch.hpp>

#include "common/secrets.hpp"
#include "config_sources.hpp"
#include "openstack/errors.hpp"

using namespace stackrescue;
using namespace stackrescue::openstack;
using stackrescue::testing::FakeConfig;

namespace {

const char* kClouds = R"(
clouds:
  admin:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      password: admin-secret-pw
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
  member:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: member
      project_name: member
    regions: [RegionOne, RegionTwo]
    verify: false
)";

const char* kSecure = R"(
clouds:
  member:
    auth:
      password: member-secret-pw
)";

}  // namespace

TEST_CASE("a named cloud comes from clouds.yaml with secure.yaml merged over it", "[config]") {
  FakeConfig fake;
  fake.files["/home/op/.config/openstack/clouds.yaml"] = kClouds;
  fake.files["/etc/openstack/secure.yaml"] = kSecure;
  CloudRequest request;
  request.cloud_name = "member";
  const CloudConfig config = resolve_cloud(request, fake.sources());
  CHECK(config.name == "member");
  CHECK(config.auth["password"] == "member-secret-pw");
  CHECK(config.auth["user_domain_id"] == "default");     // OSC's default domain, by ID
  CHECK(config.auth["project_domain_id"] == "default");
  CHECK(config.region_name == "RegionOne");              // first of regions:
  CHECK_FALSE(config.tls.verify);
  REQUIRE(config.warnings.size() == 1);
  CHECK(config.warnings[0].find("validate_certs") != std::string::npos);
  CHECK(secrets::scrub("pw=member-secret-pw") == "pw=********");
}

TEST_CASE("OS_CLIENT_CONFIG_FILE is searched first and OS_CLOUD selects the cloud", "[config]") {
  FakeConfig fake;
  fake.files["/tmp/mine.yaml"] = kClouds;
  fake.files["/work/here/clouds.yaml"] = "clouds: {other: {auth: {auth_url: http://x}}}";
  fake.env["OS_CLIENT_CONFIG_FILE"] = "/tmp/mine.yaml";
  fake.env["OS_CLOUD"] = "admin";
  const CloudConfig config = resolve_cloud({}, fake.sources());
  CHECK(config.name == "admin");
  CHECK(config.auth["user_domain_name"] == "Default");
  CHECK(config.tls.verify);
  CHECK(config.warnings.empty());
}

TEST_CASE("an unknown cloud name fails listing the known clouds and the file", "[config]") {
  FakeConfig fake;
  fake.files["/work/here/clouds.yaml"] = kClouds;
  CloudRequest request;
  request.cloud_name = "nosuch";
  CHECK_THROWS_WITH(resolve_cloud(request, fake.sources()),
                    Catch::Contains("Cloud nosuch was not found in /work/here/clouds.yaml") &&
                        Catch::Contains("admin, member"));
}

TEST_CASE("a cloud built from OS_* variables", "[config]") {
  FakeConfig fake;
  fake.env = {{"OS_AUTH_URL", "http://127.0.0.1:5000/v3"}, {"OS_USERNAME", "member"},
              {"OS_PASSWORD", "env-secret-pw"},           {"OS_TENANT_NAME", "member"},
              {"OS_USER_DOMAIN_NAME", "Default"},         {"OS_REGION_NAME", "RegionOne"},
              {"OS_INTERFACE", "internal"}};
  const CloudConfig config = resolve_cloud({}, fake.sources());
  CHECK(config.name == "envvars");
  CHECK(config.auth["project_name"] == "member");   // tenant_* is the legacy spelling
  CHECK(config.auth["project_domain_id"] == "default");
  CHECK(config.interface == "internal");
  CHECK(config.region_name == "RegionOne");
}

TEST_CASE("task auth keys override the chosen cloud's one by one", "[config]") {
  FakeConfig fake;
  fake.files["/work/here/clouds.yaml"] = kClouds;
  CloudRequest request;
  request.cloud_name = "admin";
  request.auth = {{"project_name", "demo"}, {"password", nullptr}};
  const CloudConfig config = resolve_cloud(request, fake.sources());
  CHECK(config.auth["project_name"] == "demo");
  CHECK(config.auth["password"] == "admin-secret-pw");   // null = not given
}

TEST_CASE("a cloud given as a dict, with application credentials", "[config]") {
  FakeConfig fake;
  CloudRequest request;
  request.cloud_dict = nlohmann::json{{"auth_type", "v3applicationcredential"},
                                      {"auth", {{"auth_url", "http://k/v3"}, {"application_credential_id", "ac1"},
                                                {"application_credential_secret", "ac-secret-value"}}}};
  const CloudConfig config = resolve_cloud(request, fake.sources());
  CHECK(config.auth_type == AuthType::ApplicationCredential);
  CHECK_FALSE(config.auth.contains("user_domain_id"));
}

TEST_CASE("configuration problems name what is missing", "[config]") {
  FakeConfig fake;
  CHECK_THROWS_WITH(resolve_cloud({}, fake.sources()), Catch::Contains("no auth_url"));
  CloudRequest request;
  request.auth = {{"auth_url", "http://k/v3"}, {"application_credential_secret", "s3cr3t-x"}};
  CHECK_THROWS_WITH(resolve_cloud(request, fake.sources()), Catch::Contains("auth_type: v3applicationcredential"));
  request.auth_type = "oidc";
  CHECK_THROWS_WITH(resolve_cloud(request, fake.sources()), Catch::Contains("auth_type 'oidc' is not supported"));
  fake.files["/work/here/clouds.yaml"] = "clouds: [unclosed";
  CHECK_THROWS_AS(resolve_cloud({}, fake.sources()), ConfigError);
}

TEST_CASE("a region that the cloud does not list is refused", "[config]") {
  FakeConfig fake;
  fake.files["/work/here/clouds.yaml"] = kClouds;
  fake.files["/work/here/secure.yaml"] = kSecure;
  CloudRequest request;
  request.cloud_name = "member";
  request.region_name = "Atlantis";
  CHECK_THROWS_WITH(resolve_cloud(request, fake.sources()), Catch::Contains("Region Atlantis is not a valid region"));
}

TEST_CASE("validate_certs from the task wins over the cloud; ca_cert expands ~", "[config]") {
  FakeConfig fake;
  fake.files["/work/here/clouds.yaml"] = kClouds;
  fake.files["/work/here/secure.yaml"] = kSecure;
  CloudRequest request;
  request.cloud_name = "member";
  request.validate_certs = true;
  request.ca_cert = "~/ca.pem";
  const CloudConfig config = resolve_cloud(request, fake.sources());
  CHECK(config.tls.verify);
  CHECK(config.tls.ca_file == "/home/op/ca.pem");
  CHECK(config.warnings.empty());
}

TEST_CASE("configuration text that is not UTF-8 is refused, naming where it is", "[config]") {
  FakeConfig fake;
  fake.files["/work/here/clouds.yaml"] =
      "clouds:\n  member:\n    auth:\n      auth_url: http://k/v3\n      username: u\n      password: \"caf\xe9\"\n";
  CloudRequest request;
  request.cloud_name = "member";
  CHECK_THROWS_WITH(resolve_cloud(request, fake.sources()),
                    Catch::Contains("/work/here/clouds.yaml line 6") && Catch::Contains("not valid UTF-8"));
  FakeConfig env;
  env.env = {{"OS_AUTH_URL", "http://k/v3"}, {"OS_USERNAME", "u"}, {"OS_PASSWORD", "caf\xe9"}};
  CHECK_THROWS_WITH(resolve_cloud({}, env.sources()), Catch::Contains("OS_PASSWORD is not valid UTF-8"));
}
