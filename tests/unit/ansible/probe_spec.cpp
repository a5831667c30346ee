#include "probe_spec.hpp"

#include <cstdio>
#include <iostream>
#include <stdexcept>

#include "common/secrets.hpp"

namespace stackrescue::ansible::testing {
namespace {

using nlohmann::json;

Option option(std::string name, Type type, std::string description) {
  Option o;
  o.name = std::move(name);
  o.type = type;
  o.description = std::move(description);
  return o;
}

Option with_default(Option o, json value) {
  o.default_value = std::move(value);
  return o;
}

std::vector<Option> auth_suboptions() {
  Option username = option("username", Type::Str, "User name.");
  username.required = true;
  Option password = option("password", Type::Str, "Password.");
  password.no_log = true;
  return {username, password, with_default(option("project", Type::Str, "Project name."), "demo")};
}

std::vector<Option> probe_options() {
  Option name = option("name", Type::Str, "Name to greet.");
  name.required = true;
  name.aliases = {"server"};
  Option action = with_default(option("action", Type::Str, "What run() does."), "echo");
  action.choices = {"echo", "fail", "throw", "throw_unknown", "secret", "chatty", "misuse"};
  Option colors = option("colors", Type::List, "Colours (each one of the choices).");
  colors.choices = {"red", "green", "blue"};
  Option ports = option("ports", Type::List, "Port numbers.");
  ports.elements = Type::Int;
  Option password = option("password", Type::Str, "A secret.");
  password.no_log = true;
  Option auth = option("auth", Type::Dict, "Credentials.");
  auth.suboptions = auth_suboptions();
  Option mode = option("mode", Type::Str, "Speed.");
  mode.choices = {"fast", "safe"};
  Option state = with_default(option("state", Type::Str, "Desired state."), "present");
  state.choices = {"present", "absent"};
  return {name,
          action,
          with_default(option("enabled", Type::Bool, "A flag."), true),
          with_default(option("count", Type::Int, "A count."), 1),
          option("ratio", Type::Float, "A ratio."),
          option("home", Type::Path, "A path (~ and $VARS expanded)."),
          option("labels", Type::Dict, "Free-form labels."),
          colors,
          ports,
          password,
          auth,
          option("extra", Type::Raw, "Anything."),
          mode,
          option("timeout", Type::Int, "Seconds."),
          state,
          option("image", Type::Str, "An image.")};
}

Result echo(const Params& params, Context& ctx) {
  Result result;
  result.changed = true;  // the probe always "would change"
  result.msg = "hello " + params.str("name");
  if (params.has("password")) result.msg += " with password " + params.str("password");
  json given = json::array();
  for (const auto& [key, value] : params.all().items())
    if (params.given(key)) given.push_back(key);
  if (params.given("auth.password")) given.push_back("auth.password");
  result.data["received"] = params.all();
  result.data["given"] = given;
  result.data["context"] = {{"check_mode", ctx.check_mode},
                            {"diff", ctx.diff},
                            {"verbosity", ctx.verbosity},
                            {"no_log", ctx.no_log},
                            {"module_name", ctx.module_name},
                            {"tmpdir", ctx.tmpdir},
                            {"ansible_version", ctx.ansible_version}};
  if (ctx.diff) result.diff = json{{"before", {{"name", ""}}}, {"after", {{"name", params.str("name")}}}};
  if (params.has("password")) ctx.warn("the password " + params.str("password") + " was seen");
  return result;
}

Result secret(const Params& params, Context& ctx) {
  secrets::add(kGeneratedPassword);  // as the compute layer does with Nova's adminPass
  Result result = echo(params, ctx);
  result.data["admin_password"] = kGeneratedPassword;
  result.data["nested"] = {{"note", std::string("the password is ") + kGeneratedPassword}};
  result.unmasked_keys = {"admin_password"};
  return result;
}

}  // namespace

ModuleSpec probe_spec() {
  ModuleSpec spec;
  spec.name = "probe_module";
  spec.short_description = "Exercise the StackRescue module runtime";
  spec.description = {"A test module that validates its options like every StackRescue module and echoes them.",
                      "Its action option chooses how run() ends."};
  spec.options = probe_options();
  spec.mutually_exclusive = {{"labels", "extra"}};
  spec.required_together = {{"mode", "timeout"}};
  spec.required_if = {{"state", "absent", {"image"}, false}};
  spec.returns = {{"received", "The validated options.", "success", "dict", json{{"name", "demo"}}},
                  {"admin_password", "A generated secret (action=secret).", "when action is secret", "str", json()}};
  spec.examples = "- name: Greet\n  probe_module:\n    name: demo\n    count: \"3\"\n";
  spec.notes = {"Only for tests."};
  return spec;
}

Result probe_run(const Params& params, Context& ctx) {
  const std::string action = params.str("action");
  if (action == "fail")
    throw ModuleFailure("asked to fail (password " + params.opt_str("password").value_or("none") + ")",
                        {{"detail", "extra key from ModuleFailure"}});
  if (action == "throw") throw std::runtime_error("boom from run()");
  if (action == "throw_unknown") throw 42;
  if (action == "misuse") (void)params.str("no_such_option");
  if (action == "secret") return secret(params, ctx);
  if (action == "chatty") {
    std::cout << "noise on stdout from std::cout" << std::endl;
    std::printf("noise on stdout from printf\n");
  }
  return echo(params, ctx);
}

}  // namespace stackrescue::ansible::testing
