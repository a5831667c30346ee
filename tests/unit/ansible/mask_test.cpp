#include <catch2/catch.hpp>

#include "ansible/mask.hpp"
#include "common/secrets.hpp"
#include "probe_helpers.hpp"

using namespace stackrescue::ansible;
using namespace stackrescue::ansible::testing;
using nlohmann::json;

namespace {
const std::string kMask = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";

bool text_contains(const json& value, const std::string& needle) {
  return value.dump().find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("no_log values are masked in invocation, nested sub-options too", "[mask]") {
  stackrescue::secrets::clear_for_tests();
  json result =
      run_probe({{"name", "x"}, {"password", "hunter2-top"}, {"auth", {{"username", "u"}, {"password", "pw-nested"}}}});
  REQUIRE(result["failed"] == false);
  const json& args = result["invocation"]["module_args"];
  CHECK(args["password"] == kMask);
  CHECK(args["auth"]["password"] == kMask);
  CHECK(args["auth"]["username"] == "u");
  CHECK(args["name"] == "x");
  CHECK(args["ratio"].is_null());  // every option is listed, as AnsibleModule does
}

TEST_CASE("no_log values are scrubbed from msg, warnings and every string in the result", "[mask]") {
  stackrescue::secrets::clear_for_tests();
  json result =
      run_probe({{"name", "x"}, {"password", "hunter2-top"}, {"auth", {{"username", "u"}, {"password", "pw-nested"}}}});
  CHECK(msg_of(result) == "hello x with password ********");
  CHECK(result["warnings"] == json::array({"the password ******** was seen"}));
  CHECK_FALSE(text_contains(result, "hunter2-top"));
  CHECK_FALSE(text_contains(result, "pw-nested"));  // also inside received.auth.password
  CHECK(result["received"]["auth"]["password"] == "********");
}

TEST_CASE("short no_log values are masked in invocation but not scrubbed from text", "[mask]") {
  stackrescue::secrets::clear_for_tests();
  json result = run_probe({{"name", "pup"}, {"password", "p"}});
  CHECK(result["invocation"]["module_args"]["password"] == kMask);
  CHECK(msg_of(result) == "hello pup with password p");  // masking "p" everywhere garbles messages
}

TEST_CASE("registered secrets are scrubbed except keys returned as secrets on purpose", "[mask]") {
  stackrescue::secrets::clear_for_tests();
  json result = run_probe({{"name", "x"}, {"action", "secret"}});
  REQUIRE(result["failed"] == false);
  CHECK(result["admin_password"] == kGeneratedPassword);
  CHECK(result["nested"]["note"] == "the password is ********");
}

TEST_CASE("secrets are scrubbed from failure messages and ModuleFailure extras", "[mask]") {
  stackrescue::secrets::clear_for_tests();
  json result = run_probe({{"name", "x"}, {"action", "fail"}, {"password", "hunter2-top"}});
  CHECK(result["failed"] == true);
  CHECK(msg_of(result) == "asked to fail (password ********)");
  CHECK(result["invocation"]["module_args"]["password"] == kMask);
}

TEST_CASE("a failed validation never echoes a no_log value", "[mask]") {
  stackrescue::secrets::clear_for_tests();
  json result =
      run_probe({{"name", "x"}, {"password", "hunter2-top"}, {"state", "hunter2-top"}, {"passwrd", "typo-secret"}});
  CHECK(result["failed"] == true);
  CHECK_FALSE(text_contains(result, "hunter2-top"));
  CHECK_FALSE(text_contains(result, "typo-secret"));  // unknown keys are masked in invocation
  CHECK(result["invocation"]["module_args"]["passwrd"] == kMask);
}

TEST_CASE("a no_log dict option is masked leaf by leaf, keeping its shape", "[mask]") {
  Option secret_dict;
  secret_dict.name = "cloud";
  secret_dict.type = Type::Dict;
  secret_dict.no_log = true;
  json masked = masked_arguments({secret_dict}, {{"cloud", {{"user", "u"}, {"verify", true}, {"port", 5000}}}}, false);
  CHECK(masked == json{{"cloud", {{"user", kMask}, {"verify", true}, {"port", kMask}}}});
  CHECK(no_log_values({secret_dict}, {{"cloud", {{"user", "u"}, {"port", 5000}}}}) ==
        std::vector<std::string>{"5000", "u"});
}
