// server_rescue_info: the verify step. Reads a server and says whether it is rescued;
// with `expect`, fails when it is not what the playbook expects. Never changes anything.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/server_rescue_info.hpp"
#include "ops/describe.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_rescue_info", "Tell whether an OpenStack server is in rescue mode", R"(
Reads a server and returns it with C(rescued): true when its status is RESCUE and its vm_state rescued.

With C(expect), fails when the server is not in the expected state, naming its status, vm_state and
task_state. Never changes anything.
)");
  s.options = {
      option("expect", Type::Str, "Fail unless the server is C(rescued) or C(unrescued); C(any) never fails.")
          .default_to("any")
          .choices({"any", "rescued", "unrescued"}),
      option("server", Type::Str, "The server, by name (exact match) or ID.").required().aliases({"name"}),
  };
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"rescued", "Whether the server is rescued (status RESCUE and vm_state rescued).", "success", "bool", true},
      {"server", "The server: id, name, status, vm_state, task_state, power_state, locked, fault.", "success", "dict",
       {{"id", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"}, {"name", "web-1"}, {"status", "RESCUE"},
        {"vm_state", "rescued"}, {"task_state", nullptr}, {"power_state", 1}, {"locked", false}, {"fault", nullptr}}},
  };
  s.examples = R"(- name: Verify web-1 is rescued
  stackrescue.openstack.server_rescue_info:
    cloud: mycloud
    server: web-1
    expect: rescued
  register: verified
  delegate_to: localhost

- name: Show its state
  ansible.builtin.debug:
    msg: "{{ verified.msg }}"
)";
  return s;
}

ops::Expectation expectation(const std::string& expect) {
  if (expect == "rescued") return ops::Expectation::Rescued;
  if (expect == "unrescued") return ops::Expectation::Unrescued;
  return ops::Expectation::Any;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  auto cloud = module_support::connect(params, ctx);
  const auto server = cloud.compute.find_server(params.str("server"));
  ops::check_expectation(server, expectation(params.str("expect")));
  const bool rescued = ops::is_rescued(server);
  ansible::Result result;
  result.msg = ops::describe(server) + (rescued ? " is rescued: " : " is not rescued: ") + ops::describe_state(server);
  result.data = ops::return_values(server);
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
