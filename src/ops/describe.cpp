#include "ops/describe.hpp"

namespace stackrescue::ops {
namespace {

// "<kind> '<name>' (<id>)", or "<kind> <id>" when there is no name.
std::string named(const std::string& kind, const std::string& name, const std::string& id) {
  if (name.empty()) return kind + " " + id;
  return kind + " '" + name + "' (" + id + ")";
}

}  // namespace

std::string describe(const openstack::Server& server) { return named("server", server.name, server.id); }

std::string describe_state(const openstack::Server& server) {
  return "status " + (server.status.empty() ? std::string("unknown") : server.status) + ", vm_state " +
         (server.vm_state.empty() ? std::string("unknown") : server.vm_state) + ", task_state " +
         server.task_state.value_or("none");
}

std::string describe(const openstack::Image& image) { return named("image", image.name, image.id); }

nlohmann::json server_details(const openstack::Server& server) { return {{"server", openstack::to_json(server)}}; }

std::optional<std::string> fault_created(const openstack::Server& server) {
  if (!server.fault) return std::nullopt;
  return server.fault->created;
}

}  // namespace stackrescue::ops
