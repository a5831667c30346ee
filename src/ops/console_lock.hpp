#pragma once
// One rescue_command at a time per serial console: an flock per server ID in the token
// cache's directory. Runs on one controller (one user) are serialised; a second run waits
// for the first, within its own timeout.
#include <chrono>
#include <string>

#include "common/file_lock.hpp"

namespace stackrescue::ops {

// The lock file of `server_id`'s serial console in `directory` (empty: the token cache's).
std::string console_lock_path(const std::string& server_id, const std::string& directory = "");

// Waits up to `wait` for the console of `server_id`. Throws OperationFailed when another run
// still holds it after `wait`, or when the lock file cannot be made (naming the directory).
FileLock lock_serial_console(const std::string& server_id, std::chrono::milliseconds wait,
                             const std::string& directory = "");

}  // namespace stackrescue::ops
