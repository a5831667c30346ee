// server_console: a console URL for a server (typically while it is rescued, to log in to
// the rescue system). Never changes anything.
#include "ansible/module.hpp"
#include "module_support/cloud_options.hpp"
#include "option.hpp"
#include "ops/server_console.hpp"
#include "ops/describe.hpp"

namespace {

using namespace stackrescue;
using namespace stackrescue::modules;  // option, Type, module_spec

ansible::ModuleSpec spec() {
  auto s = module_spec("server_console", "Get a remote console URL for an OpenStack server", R"(
Asks Nova for a console URL of the server: remote-consoles at compute microversion 2.6 or later, the legacy
server action on older clouds. The server does not need to be rescued.

The protocol/type pair is checked before Nova is called; an invalid pair fails naming the valid types.
Never changes anything (each call only issues a new console token).
)");
  s.options = {
      option("protocol", Type::Str, "Console protocol.")
          .default_to("vnc")
          .choices({"vnc", "spice", "serial", "mks"}),
      option("server", Type::Str, "The server, by name (exact match) or ID.").required().aliases({"name"}),
      option("type", Type::Str,
             "Console type. Defaults by protocol: vnc → novnc, spice → spice-html5, serial → serial, mks → webmks."),
  };
  ansible::add_options(s, module_support::cloud_options());
  s.returns = {
      {"console", "The console: protocol, type, url.", "success", "dict",
       {{"protocol", "vnc"}, {"type", "novnc"}, {"url", "http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D1f2e"}}},
      {"url", "The console URL (the same as C(console.url)).", "success", "str",
       "http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D1f2e"},
  };
  s.examples = R"(- name: Get the noVNC console URL of web-1
  stackrescue.openstack.server_console:
    cloud: mycloud
    server: web-1
  register: console
  delegate_to: localhost

- name: Show it to the operator
  ansible.builtin.debug:
    msg: "Rescue console: {{ console.url }}"
)";
  return s;
}

ansible::Result run(const ansible::Params& params, ansible::Context& ctx) {
  const auto protocol = params.str("protocol");
  const auto type = ops::console_type(protocol, params.opt_str("type"));
  auto cloud = module_support::connect(params, ctx);
  const auto server = cloud.compute.find_server(params.str("server"));
  const auto console = ops::open_console(cloud.compute, server, protocol, type);
  ansible::Result result;
  result.msg = protocol + " console (" + type + ") of " + ops::describe(server);
  result.data = ops::return_values(console);
  return result;
}

}  // namespace

STACKRESCUE_MODULE(spec, run);
