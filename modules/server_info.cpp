// server_info: select servers by exact name or ID and/or filters (the fleet's first step).
// Read-only; finding none is not an error.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/server_info.hpp"
#include "server_selection.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_info", "Select OpenStack servers by name, ID, status, tags, metadata, image, flavor or zone", R"(
Returns the servers matching every given filter (none given: every server of the project). Nova filters
server-side by name, status, tags, image and availability zone; every filter is checked again on the
answer. All pages are read (Nova's C(servers_links) next links).

Never changes anything; finding no server is not an error (C(servers) is empty).
)");
  s.options = {
      option("name", Type::Str, "Only the server with exactly this name or ID.").aliases({"server"}),
  };
  ansible::add_options(s, server_filter_options());
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"servers", "The matching servers, newest first: id, name, status, vm_state, task_state, power_state, locked, "
                  "fault, volume_backed, tags, metadata, addresses, image, flavor, availability_zone.",
       "always", "list",
       nlohmann::json::array({{{"id", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"},
                               {"name", "web-1"},
                               {"status", "ACTIVE"},
                               {"vm_state", "active"},
                               {"task_state", nullptr},
                               {"power_state", 1},
                               {"locked", false},
                               {"fault", nullptr},
                               {"volume_backed", false},
                               {"tags", {"broken-kernel"}},
                               {"metadata", {{"role", "web"}}},
                               {"addresses", nlohmann::json::object()},
                               {"image", {{"id", "5e1c2f7a-3b9d-4c8e-a1f2-6d7e8f9a0b1c"}}},
                               {"flavor", {{"original_name", "m1.tiny"}, {"vcpus", 1}, {"ram", 512}}},
                               {"availability_zone", "nova"}}})},
  };
  s.examples = R"(- name: Find the servers a bad kernel bricked
  stackrescue.openstack.server_info:
    cloud: mycloud
    tags: [broken-kernel]
    status: [ACTIVE, ERROR]
  register: broken
  delegate_to: localhost

- name: Add each as a host, named by its ID
  ansible.builtin.add_host:
    name: "{{ item.id }}"
    groups: broken
    server_name: "{{ item.name }}"
  loop: "{{ broken.servers }}"
)";
  return s;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  ops::ServerSelection selection = selection_from(params, params.opt_str("name"));
  ops::check_selection(selection);  // before any request
  auto cloud = module_support::connect(params, ctx);
  if (auto image = params.opt_str("image")) selection.image_id = ops::boot_image_id(cloud.image, *image);
  const auto servers = ops::select_servers(cloud.compute, selection);
  ansible::Result result;
  result.msg = std::to_string(servers.size()) + " server(s) with " + ops::describe(selection);
  result.data = ops::return_values(servers);
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
