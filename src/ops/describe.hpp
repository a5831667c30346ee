#pragma once
// How messages name what they are about: one wording for a server, its state and an image,
// used by every operation.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"
#include "openstack/image.hpp"

namespace stackrescue::ops {

// "server 'web-1' (3f2c...)"; "server 3f2c..." when it has no name.
std::string describe(const openstack::Server& server);

// "status ACTIVE, vm_state active, task_state rescuing" (task_state "none" when null).
std::string describe_state(const openstack::Server& server);

// "image 'stackrescue-rescue' (5e1c...)"; "image 5e1c..." when it has no name.
std::string describe(const openstack::Image& image);

// {"server": <the server as a result dict>}: what a failure about a server returns beside
// its message (OperationFailed's details).
nlohmann::json server_details(const openstack::Server& server);

// When the server's fault was recorded (nullopt without one): what FaultBaseline compares.
std::optional<std::string> fault_created(const openstack::Server& server);

}  // namespace stackrescue::ops
