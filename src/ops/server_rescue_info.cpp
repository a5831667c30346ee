#include "ops/server_rescue_info.hpp"

#include "ops/describe.hpp"
#include "ops/errors.hpp"

namespace stackrescue::ops {

bool is_rescued(const openstack::Server& server) {
  return server.status == "RESCUE" && server.vm_state == "rescued";
}

void check_expectation(const openstack::Server& server, Expectation expectation) {
  if (expectation == Expectation::Any) return;
  const bool want_rescued = expectation == Expectation::Rescued;
  if (is_rescued(server) == want_rescued) return;
  throw OperationFailed(describe(server) + " is " + (want_rescued ? "not rescued" : "rescued") + " (expected " +
                            (want_rescued ? "rescued" : "unrescued") + "): " + describe_state(server),
                        {{"server", openstack::to_json(server)}, {"rescued", !want_rescued}});
}

nlohmann::json return_values(const openstack::Server& server) {
  return {{"server", openstack::to_json(server)}, {"rescued", is_rescued(server)}};
}

}  // namespace stackrescue::ops
