// server_restore: put a server back as it was before a repair, from the snapshot
// server_rescue's snapshot: true took. The logic lives in ops/server_restore: plan (read,
// decide `changed`), then carry out (unrescue, rebuild, each sent once, then wait) — or, in
// check mode, only predict.
#include "ansible/module.hpp"
#include "change_result.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/server_restore.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_restore", "Restore an OpenStack server from the snapshot taken before its rescue", R"(
Puts a server back exactly as it was before a rescue: its disk is recreated from the snapshot that
server_rescue's C(snapshot=true) took (a Glance image with the property C(stackrescue_snapshot_of=<server
ID>) owned by the server's project) with Nova's rebuild. The server keeps its ID, name, flavor, addresses,
metadata and key pair; Nova records the snapshot as its image. A rescued server is unrescued first (the
same way as server_rescue, console lock included). Anything written to the disk since the snapshot is lost:
that is the point.

The snapshot is C(snapshot) (name or ID), or else the newest active snapshot of the server. An image that is
not a snapshot of this server is refused, as is a volume-backed server (a rebuild cannot put its Cinder boot
volume back: Cinder reverts only a detached volume and a boot volume cannot be detached), or a server with
another task in progress: nothing is changed then.

Idempotent: a server already rebuilt from the snapshot, with no rescue or unrescue since (its instance
actions say so), is left alone; a rebuild to it already under way is waited for. Each request is sent once:
after a lost answer the server is read again, never rebuilt twice. Supports check mode and diff mode.
)");
  s.options = {
      option("server", Type::Str, "The server, by name (exact match) or ID.").required().aliases({"name"}),
      option("snapshot", Type::Str,
             "The snapshot to restore from, by name (exact match) or ID; it must be an active snapshot of this "
             "server. Default: the newest one."),
      option("timeout", Type::Int, "Seconds to wait in all (the unrescue, then the rebuild).").default_to(1200),
      option("wait", Type::Bool,
             "Wait until Nova finished the rebuild. With C(false), return once Nova accepted it (an unrescue "
             "before it is always waited for).")
          .default_to(true),
  };
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"actions", "What was (or, in check mode, would be) asked of Nova, in order.", "success", "list",
       nlohmann::json::array({"unrescue", "rebuild"})},
      {"diff", "before and after: status, vm_state, image (the server's image ID); predicted in check mode.",
       "in diff mode", "dict",
       {{"before", {{"status", "RESCUE"}, {"vm_state", "rescued"}, {"image", "0f4c2a6e-1b3d-4e5f-8a9b-7c6d5e4f3a2b"}}},
        {"after", {{"status", "ACTIVE"}, {"vm_state", "active"}, {"image", "27cd9b31-2d62-41c1-aea0-5b5d558bffc1"}}}}},
      {"server", "The server as last read: id, name, status, vm_state, task_state, power_state, locked, fault.",
       "success", "dict",
       {{"id", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"}, {"name", "web-1"}, {"status", "ACTIVE"},
        {"vm_state", "active"}, {"task_state", nullptr}, {"power_state", 1}, {"locked", false}, {"fault", nullptr}}},
      {"snapshot", "The snapshot restored from (id, name).", "success", "dict",
       {{"id", "27cd9b31-2d62-41c1-aea0-5b5d558bffc1"}, {"name", "web-1-rescue-20261130T123026Z"}}},
  };
  s.examples = R"(- name: Put web-1 back as it was before its rescue (its newest snapshot)
  stackrescue.openstack.server_restore:
    cloud: mycloud
    server: web-1
  delegate_to: localhost

- name: From a given snapshot
  stackrescue.openstack.server_restore:
    cloud: mycloud
    server: web-1
    snapshot: web-1-rescue-20261130T123026Z
  delegate_to: localhost
)";
  return s;
}

ops::RestoreRequest request_from(const ansible::Params& params) {
  ops::RestoreRequest request;
  request.server = params.str("server");
  request.snapshot = params.opt_str("snapshot");
  request.timeout = std::chrono::seconds(params.integer("timeout"));
  request.wait = params.boolean("wait");
  return request;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  auto cloud = module_support::connect(params, ctx);
  const auto plan = ops::plan_restore(cloud.compute, cloud.image, request_from(params));
  const auto outcome = ctx.check_mode ? ops::predict(plan) : ops::carry_out(cloud.compute, cloud.image, plan);
  return change_result(outcome, ctx);
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
