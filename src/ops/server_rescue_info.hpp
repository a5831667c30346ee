#pragma once
// server_rescue_info's verify step: is the server rescued, and does that match what the
// playbook expects?
#include <string>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"

namespace stackrescue::ops {

enum class Expectation { Any, Rescued, Unrescued };

// Rescued means finished: status RESCUE and vm_state rescued (an unrescue in progress
// still shows both, with task_state unrescuing, and counts as rescued until it is done).
bool is_rescued(const openstack::Server& server);

// Throws OperationFailed naming the server's status, vm_state and task_state when it does
// not meet `expectation`.
void check_expectation(const openstack::Server& server, Expectation expectation);

// The module's return keys: server (id, name, status, vm_state, task_state, ...) and rescued.
nlohmann::json return_values(const openstack::Server& server);

}  // namespace stackrescue::ops
