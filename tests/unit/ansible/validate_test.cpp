#include <catch2/catch.hpp>

#include "ansible/validate.hpp"
#include "probe_helpers.hpp"

using namespace stackrescue::ansible;
using namespace stackrescue::ansible::testing;
using nlohmann::json;

TEST_CASE("strings are coerced to each option's type", "[validate]") {
  json result = run_probe({{"name", "demo"},
                           {"enabled", "no"},
                           {"count", "3"},
                           {"ratio", "0.5"},
                           {"labels", "a=1, b=2"},
                           {"ports", "80,443"},
                           {"colors", "red,blue"}});
  REQUIRE(result["failed"] == false);
  const json& params = received(result);
  CHECK(params["enabled"] == false);
  CHECK(params["count"] == 3);
  CHECK(params["ratio"] == 0.5);
  CHECK(params["labels"] == json{{"a", "1"}, {"b", "2"}});
  CHECK(params["ports"] == json::array({80, 443}));
  CHECK(params["colors"] == json::array({"red", "blue"}));
  CHECK(run_probe({{"name", "demo"}, {"extra", "3"}})["received"]["extra"] == "3");
}

TEST_CASE("defaults are applied, unset options are null, given() tells them apart", "[validate]") {
  json result = run_probe({{"name", "demo"}, {"count", 1}});
  const json& params = received(result);
  CHECK(params["enabled"] == true);
  CHECK(params["state"] == "present");
  CHECK(params["count"] == 1);
  CHECK(params["ratio"].is_null());
  CHECK(params["auth"].is_null());
  CHECK(result["given"] == json::array({"count", "name"}));
}

TEST_CASE("null means not given", "[validate]") {
  json result = run_probe({{"name", "demo"}, {"count", nullptr}, {"ratio", nullptr}});
  REQUIRE(result["failed"] == false);
  CHECK(received(result)["count"] == 1);
  CHECK(result["given"] == json::array({"name"}));
  CHECK(msg_of(run_probe({{"name", nullptr}})) == "missing required arguments: name");
}

TEST_CASE("aliases resolve to the option name; both set warns", "[validate]") {
  json result = run_probe({{"server", "via-alias"}});
  REQUIRE(result["failed"] == false);
  CHECK(received(result)["name"] == "via-alias");
  CHECK_FALSE(received(result).contains("server"));
  CHECK_FALSE(result.contains("warnings"));
  json both = run_probe({{"server", "alias"}, {"name", "name"}});
  CHECK(received(both)["name"] == "alias");
  CHECK(both["warnings"] == json::array({"Both option name and its alias server are set."}));
}

TEST_CASE("choices are checked after coercion, element by element for lists", "[validate]") {
  CHECK(msg_of(run_probe({{"name", "x"}, {"state", "foo"}})) ==
        "value of state must be one of: present, absent, got: foo");
  CHECK(msg_of(run_probe({{"name", "x"}, {"colors", "red,pink,gold"}})) ==
        "value of colors must be one or more of: red, green, blue. Got no match for: pink, gold");
}

TEST_CASE("wrong types fail in AnsibleModule's words", "[validate]") {
  CHECK(msg_of(run_probe({{"name", "x"}, {"count", "3.5"}})) ==
        "argument 'count' is of type <class 'str'> and we were unable to convert to int: "
        "<class 'str'> cannot be converted to an int");
  CHECK(msg_of(run_probe({{"name", "x"}, {"enabled", "maybe"}})) ==
        "argument 'enabled' is of type <class 'str'> and we were unable to convert to bool: The value 'maybe' is not "
        "a valid boolean.  Valid booleans include: 'y', 'yes', 'on', '1', 'true', 't', 1, 1.0, 'n', 'no', 'off', "
        "'0', 'false', 'f', 0, 0.0");
  CHECK(msg_of(run_probe({{"name", "x"}, {"ports", "80,http"}})) ==
        "Elements value for option 'ports' is of type <class 'str'> and we were unable to convert to int: "
        "<class 'str'> cannot be converted to an int");
  CHECK(msg_of(run_probe({{"name", {{"a", 1}}}})) ==
        "argument 'name' is of type <class 'dict'> and we were unable to convert to str: "
        "<class 'dict'> cannot be converted to a str");
}

TEST_CASE("a number given to a str option is converted with Ansible's warning", "[validate]") {
  json result = run_probe({{"name", 42}});
  REQUIRE(result["failed"] == false);
  CHECK(received(result)["name"] == "42");
  CHECK(result["warnings"] == json::array({"The value \"name: 42\" (type int) was converted to \"name: '42'\" (type "
                                           "string). If this does not look like what you expect, quote the entire "
                                           "value to ensure it does not change."}));
  json strict = run_probe({{"name", 42}, {"_ansible_string_conversion_action", "error"}});
  CHECK(strict["failed"] == true);
  CHECK_THAT(msg_of(strict), Catch::EndsWith("Quote the entire value to ensure it does not change."));
  CHECK_FALSE(run_probe({{"name", 42}, {"_ansible_string_conversion_action", "ignore"}}).contains("warnings"));
}

TEST_CASE("required, mutually_exclusive, required_together and required_if", "[validate]") {
  CHECK(msg_of(run_probe(json::object())) == "missing required arguments: name");
  CHECK(msg_of(run_probe({{"name", "x"}, {"labels", "a=1"}, {"extra", 1}})) ==
        "parameters are mutually exclusive: labels|extra");
  CHECK(msg_of(run_probe({{"name", "x"}, {"mode", "fast"}})) == "parameters are required together: mode, timeout");
  CHECK(run_probe({{"name", "x"}, {"mode", "fast"}, {"timeout", "5"}})["failed"] == false);
  CHECK(msg_of(run_probe({{"name", "x"}, {"state", "absent"}})) ==
        "state is absent but all of the following are missing: image");
  CHECK(run_probe({{"name", "x"}, {"state", "absent"}, {"image", "img"}})["failed"] == false);
}

namespace {

// cmd xor script (as rescue_command), and shell or cmd, shell defaulting to "sh".
ModuleSpec one_of_spec() {
  ModuleSpec spec;
  spec.name = "one_of";
  Option cmd, script, shell;
  cmd.name = "cmd";
  script.name = "script";
  shell.name = "shell";
  shell.default_value = "sh";
  spec.options = {cmd, script, shell};
  spec.mutually_exclusive = {{"cmd", "script"}};
  spec.required_one_of = {{"cmd", "script"}, {"shell", "cmd"}};
  return spec;
}

std::vector<std::string> errors_of(const ModuleSpec& spec, const json& args) {
  return validate(spec, args, ValidationSettings{spec.name}).errors;
}

}  // namespace

TEST_CASE("required_one_of: one of each group, in AnsibleModule's wording, defaults counted", "[validate]") {
  const auto spec = one_of_spec();
  const std::vector<std::string> neither = {"one of the following is required: cmd, script"};
  CHECK(errors_of(spec, json::object()) == neither);
  CHECK(errors_of(spec, {{"cmd", nullptr}}) == neither);  // null means not given, as with {{ omit }}
  CHECK(errors_of(spec, {{"script", "true"}}).empty());    // the second group: shell has a default
  CHECK(errors_of(spec, {{"cmd", "true"}}).empty());
  CHECK(errors_of(spec, {{"cmd", "true"}, {"script", "true"}}) ==
        std::vector<std::string>{"parameters are mutually exclusive: cmd|script"});
  // Like Ansible, only the first group with none given is reported.
  auto two_missing = spec;
  two_missing.options[2].default_value.reset();
  CHECK(errors_of(two_missing, json::object()) == neither);
  CHECK(errors_of(two_missing, {{"script", "x"}}) ==
        std::vector<std::string>{"one of the following is required: shell, cmd"});
}

TEST_CASE("unknown options fail, naming them and the supported ones", "[validate]") {
  CHECK(msg_of(run_probe({{"name", "x"}, {"foo", 1}, {"bar", 2}})) ==
        "Unsupported parameters for (probe_module) module: bar, foo. Supported parameters include: action, auth, "
        "colors, count, enabled, extra, home, image, labels, mode, name, password, ports, ratio, state, timeout "
        "(server).");
  json fqcn = run_probe({{"name", "x"}, {"foo", 1}, {"_ansible_module_name", "stackrescue.cloud.probe_module"}});
  CHECK_THAT(msg_of(fqcn),
             Catch::StartsWith("Unsupported parameters for (stackrescue.cloud.probe_module) module: foo."));
}

TEST_CASE("sub-options are validated recursively with their defaults", "[validate]") {
  json result = run_probe({{"name", "x"}, {"auth", "username=u, password=pw1234"}});
  REQUIRE(result["failed"] == false);
  // The echoed no_log value is scrubbed like any other string in the result.
  CHECK(received(result)["auth"] == json{{"username", "u"}, {"password", "********"}, {"project", "demo"}});
  CHECK(result["given"] == json::array({"auth", "name", "auth.password"}));
  CHECK(msg_of(run_probe({{"name", "x"}, {"auth", {{"username", "u"}, {"foo", 1}}}})) ==
        "Unsupported parameters for (probe_module) module: auth.foo. Supported parameters include: password, "
        "project, username.");
  CHECK(msg_of(run_probe({{"name", "x"}, {"auth", {{"password", "p"}}}})) ==
        "missing required arguments: username found in auth");
  CHECK(msg_of(run_probe({{"name", "x"}, {"auth", "{\"username\": \"u\", \"project\": [1]}"}})) ==
        "argument 'project' is of type <class 'list'> found in 'auth' and we were unable to convert to str: "
        "<class 'list'> cannot be converted to a str");
}

TEST_CASE("_ansible_* keys are consumed into the Context, never rejected", "[validate]") {
  json result = run_probe({{"name", "x"},
                           {"_ansible_check_mode", true},
                           {"_ansible_diff", "yes"},
                           {"_ansible_verbosity", 3},
                           {"_ansible_no_log", false},
                           {"_ansible_module_name", "stackrescue.cloud.probe_module"},
                           {"_ansible_tmpdir", "/tmp/ansible-tmp-1/"},
                           {"_ansible_version", "2.14.18"},
                           {"_ansible_selinux_special_fs", {"fuse", "nfs"}},
                           {"_ansible_socket", nullptr},
                           {"_ansible_something_new", {{"x", 1}}}});
  REQUIRE(result["failed"] == false);
  CHECK(result["context"] == json{{"check_mode", true},
                                  {"diff", true},
                                  {"verbosity", 3},
                                  {"no_log", false},
                                  {"module_name", "stackrescue.cloud.probe_module"},
                                  {"tmpdir", "/tmp/ansible-tmp-1/"},
                                  {"ansible_version", "2.14.18"}});
  CHECK_FALSE(result["invocation"]["module_args"].contains("_ansible_check_mode"));
  CHECK(result.contains("diff"));
  CHECK(run_probe({{"name", "x"}, {"_ansible_verbosity", "lots"}})["context"]["verbosity"] == 0);
}
