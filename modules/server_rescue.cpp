// server_rescue: put a server into rescue mode or take it out of it, idempotently, and
// wait for Nova to finish. The logic lives in ops/server_rescue: plan (read, decide `changed`),
// then carry out (at most one action, then wait) — or, in check mode, only predict.
#include "ansible/module.hpp"
#include "change_result.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/server_rescue.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_rescue", "Rescue or unrescue an OpenStack server and wait for Nova to finish", R"(
Puts a server into rescue mode (Nova boots it from a rescue image, with its own disks attached) or takes it
out of rescue mode. Idempotent: a server already in the requested state is left alone.

The rescue image is C(image), or else the newest active image tagged C(image_tag). An image that is not
active is refused before Nova is called. For a volume-backed server the cloud must support compute
microversion 2.87 and the image must set both hw_rescue_device and hw_rescue_bus.

Waits on the server's task_state; fails with Nova's fault message when the server goes to ERROR, and
detects a rescue that Nova rolled back without a fault. A rescue or unrescue already in progress is waited
for and reported unchanged. Supports check mode and diff mode.

An unrescue first waits (within C(timeout)) for the server's console lock, the one rescue_command holds
while it types (a file console-<server id>.lock next to the token cache), and keeps it until done: it never
cuts through a running command, and a command waiting for the console then finds the server out of RESCUE
and types nothing. When the lock is still held at the timeout the task fails and nothing is changed. Check
mode, and a server already out of rescue, take no lock; when the lock's directory cannot be used (then no
rescue_command of this user can run either) the unrescue goes on with a warning.

With C(snapshot=true) the server is first backed up to a Glance image, as AWS EC2Rescue and GCP
gce-rescue do; a cloud operator restores from it with a rebuild (docs/howto-repair.md).
)");
  s.options = {
      option("admin_password", Type::Str,
             "Password of the rescue system. Without it Nova generates one, returned as C(admin_password).")
          .no_log(),
      option("image", Type::Str, "Rescue image, by name or ID (exact match)."),
      option("image_tag", Type::Str,
             "When C(image) is not given, rescue with the newest active image carrying this tag; fail if there is "
             "none.")
          .default_to("system-rescue"),
      option("server", Type::Str, "The server, by name (exact match) or ID.").required().aliases({"name"}),
      option("snapshot", Type::Bool,
             "Before rescuing, snapshot the server with Nova's createImage: a Glance image named "
             "C(<server name>-rescue-<YYYYmmddTHHMMSSZ>) (UTC) with the property C(stackrescue_snapshot_of=<server "
             "ID>). The rescue starts only once the image is active; waiting for it counts against C(timeout), "
             "also with C(wait=false). Nothing is changed when the cloud refuses the snapshot (policy, quota, "
             "state: Nova's message is returned) or the server is volume-backed (refused before any request). "
             "When the image is not active in time it is deleted and the task fails, the server not rescued. A "
             "run that has no rescue to do (already rescued) takes no snapshot and returns the newest active one "
             "of the server: an image owned by the server's project with that property (another project's image "
             "carrying it, shared or public, is ignored). Only with C(state=rescued).")
          .default_to(false),
      option("state", Type::Str, "C(rescued) or C(unrescued).")
          .default_to("rescued")
          .choices({"rescued", "unrescued"}),
      option("timeout", Type::Int,
             "Seconds to wait in all, including for a rescue or unrescue already in progress and, for an unrescue, "
             "for a rescue_command still typing into the console. The compute host may first have to download a "
             "large rescue image.")
          .default_to(600),
      option("use_base_image", Type::Bool,
             "Rescue with the server's own image instead of a rescue image. Excludes C(image) and an explicit "
             "C(image_tag).")
          .default_to(false),
      option("wait", Type::Bool, "Wait until Nova finished. With C(false), return once Nova accepted the action.")
          .default_to(true),
  };
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"admin_password", "The password Nova generated for the rescue system. A secret: register the result under "
                         "no_log.", "when Nova generated it and C(admin_password) was not given", "str", "Qx7rT2mB9wLk"},
      {"diff", "before and after (status, vm_state; after also names the snapshot this run takes); equal when "
               "unchanged, predicted in check mode.", "in diff mode",
       "dict", {{"before", {{"status", "ACTIVE"}, {"vm_state", "active"}}},
                {"after", {{"status", "RESCUE"}, {"vm_state", "rescued"}}}}},
      {"rescue_image", "The rescue image used (id, name).", "when one was used", "dict",
       {{"id", "5e1c2f7a-3b9d-4c8e-a1f2-6d7e8f9a0b1c"}, {"name", "stackrescue-rescue"}}},
      {"server", "The server as last read: id, name, status, vm_state, task_state, power_state, locked, fault.",
       "success", "dict",
       {{"id", "8d3f9a2e-6c1b-4f7d-9e0a-2b4c6d8e0f1a"}, {"name", "web-1"}, {"status", "RESCUE"},
        {"vm_state", "rescued"}, {"task_state", nullptr}, {"power_state", 1}, {"locked", false}, {"fault", nullptr}}},
      {"snapshot", "The snapshot taken before the rescue (id, name); in check mode the name it would get and id "
                   "null; without a rescue to do, the newest earlier snapshot of the server, or null.",
       "when C(snapshot=true)", "dict",
       {{"id", "27cd9b31-2d62-41c1-aea0-5b5d558bffc1"}, {"name", "web-1-rescue-20261130T123026Z"}}},
  };
  s.examples = R"(- name: Rescue web-1 with the newest image tagged system-rescue
  stackrescue.openstack.server_rescue:
    cloud: mycloud
    server: web-1
  register: rescue
  no_log: true              # the result holds the generated admin_password
  delegate_to: localhost

- name: Back web-1 up to a Glance image first, then rescue it
  stackrescue.openstack.server_rescue:
    cloud: mycloud
    server: web-1
    snapshot: true
  register: rescue
  no_log: true
  delegate_to: localhost

- name: Take it out of rescue mode
  stackrescue.openstack.server_rescue:
    cloud: mycloud
    server: web-1
    state: unrescued
  delegate_to: localhost
)";
  return s;
}

ops::RescueRequest request_from(const ansible::Params& params) {
  ops::RescueRequest request;
  request.server = params.str("server");
  request.state = params.str("state") == "unrescued" ? ops::Goal::Unrescued : ops::Goal::Rescued;
  request.image = params.opt_str("image");
  request.image_tag = params.str("image_tag");
  request.image_tag_given = params.given("image_tag");
  request.use_base_image = params.boolean("use_base_image");
  request.admin_password = params.opt_str("admin_password");
  request.wait = params.boolean("wait");
  request.timeout = std::chrono::seconds(params.integer("timeout"));
  request.snapshot = params.boolean("snapshot");
  return request;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  auto cloud = module_support::connect(params, ctx);
  const auto plan = ops::plan_rescue(cloud.compute, cloud.image, request_from(params));
  const auto outcome = ctx.check_mode ? ops::predict(plan) : ops::carry_out(cloud.compute, cloud.image, plan);
  auto result = change_result(outcome, ctx);
  // The password Nova generated is the one secret the user asked for: returned as is (the
  // examples register it under no_log); every other secret is still scrubbed.
  if (outcome.admin_password) result.unmasked_keys = {"admin_password"};
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
