#include <catch2/catch.hpp>

#include "openstack/errors.hpp"
#include "openstack/keystone.hpp"
#include "openstack/microversion.hpp"
#include "support/scripted_transport.hpp"

using namespace stackrescue::openstack;
using nlohmann::json;

TEST_CASE("the token URL appends /v3 only when auth_url lacks it", "[keystone]") {
  CHECK(keystone::token_url("http://k:5000") == "http://k:5000/v3/auth/tokens");
  CHECK(keystone::token_url("http://k:5000/v3/") == "http://k:5000/v3/auth/tokens");
  CHECK(keystone::token_url("https://k/identity/v3") == "https://k/identity/v3/auth/tokens");
}

TEST_CASE("password auth scopes to the project by name and domain", "[keystone]") {
  CloudConfig config;
  config.auth = {{"username", "member"}, {"password", "pw"}, {"user_domain_id", "default"},
                 {"project_name", "member"}, {"project_domain_id", "default"}};
  const json body = keystone::token_request_body(config);
  CHECK(body["auth"]["identity"]["methods"] == json{"password"});
  CHECK(body["auth"]["identity"]["password"]["user"] ==
        json{{"name", "member"}, {"domain", {{"id", "default"}}}, {"password", "pw"}});
  CHECK(body["auth"]["scope"] == json{{"project", {{"name", "member"}, {"domain", {{"id", "default"}}}}}});
}

TEST_CASE("application credentials never send a scope (Keystone answers 401)", "[keystone]") {
  CloudConfig config;
  config.auth_type = AuthType::ApplicationCredential;
  config.auth = {{"application_credential_id", "ac1"}, {"application_credential_secret", "s"}, {"project_name", "p"}};
  const json body = keystone::token_request_body(config);
  CHECK_FALSE(body["auth"].contains("scope"));
  CHECK(body["auth"]["identity"]["application_credential"] == json{{"id", "ac1"}, {"secret", "s"}});
}

TEST_CASE("token auth re-scopes an existing token", "[keystone]") {
  CloudConfig config;
  config.auth_type = AuthType::Token;
  config.auth = {{"token", "abc"}, {"project_id", "p1"}};
  const json body = keystone::token_request_body(config);
  CHECK(body["auth"]["identity"] == json{{"methods", {"token"}}, {"token", {{"id", "abc"}}}});
  CHECK(body["auth"]["scope"] == json{{"project", {{"id", "p1"}}}});
}

TEST_CASE("catalog endpoints are chosen by type, interface and region", "[keystone]") {
  const json token = stackrescue::testing::fixture("identity/token_member.json");
  CHECK(keystone::endpoint_url(token, "compute", "public", "") == "http://127.0.0.1:8774/v2.1");
  CHECK(keystone::endpoint_url(token, "image", "public", "RegionOne") == "http://127.0.0.1:9292");
  CHECK(keystone::endpoint_url(token, "compute", "internal", "") == "http://127.0.0.1:8774/v2.1");
  json public_only = token;
  for (auto& service : public_only["token"]["catalog"]) {
    json kept = json::array();
    for (auto& e : service["endpoints"]) if (e["interface"] == "public") kept.push_back(e);
    service["endpoints"] = kept;
  }
  CHECK_THROWS_WITH(keystone::endpoint_url(public_only, "compute", "internal", ""),
                    Catch::Contains("internal endpoint for compute service not found"));
  CHECK_THROWS_WITH(keystone::endpoint_url(token, "compute", "public", "Mars"), Catch::Contains("in region Mars"));
  CHECK_THROWS_WITH(keystone::endpoint_url(token, "object-store", "public", ""), Catch::Contains("no object-store service"));
  CHECK_THROWS_WITH(keystone::endpoint_url(json{{"token", json::object()}}, "compute", "public", ""),
                    Catch::Contains("catalog is empty"));
}

TEST_CASE("microversions compare numerically and the version root drops a project id", "[microversion]") {
  CHECK(compare_microversions("2.9", "2.10") == -1);
  CHECK(compare_microversions("2.87", "2.87") == 0);
  CHECK_FALSE(compare_microversions("2.x", "2.1").has_value());
  CHECK(compute_version_root("http://n:8774/v2.1") == "http://n:8774/v2.1/");
  CHECK(compute_version_root("http://n:8774/v2.1/4f2e9d") == "http://n:8774/v2.1/");
  MicroversionRange zed{"2.1", "2.93"};
  CHECK(zed.supports("2.87"));
  CHECK_FALSE(MicroversionRange{"2.1", "2.79"}.supports("2.87"));
  CHECK_FALSE(MicroversionRange{"", ""}.supports("2.1"));
  const json doc = stackrescue::testing::fixture("session/compute_version_v21.json");
  CHECK(parse_compute_version_document(doc, "u").max == "2.93");
  const json versions = {{"versions", {{{"id", "v2.0"}, {"version", ""}}, {{"id", "v2.1"}, {"version", "2.79"}, {"min_version", "2.1"}}}}};
  CHECK(parse_compute_version_document(versions, "u").max == "2.79");
  CHECK_THROWS_AS(parse_compute_version_document(json{{"nothing", 1}}, "u"), ResponseError);
}
