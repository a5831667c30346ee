#pragma once
// One run at a time per console: an flock per server ID in a directory the caller picks
// (rescue_command and server_rescue's unrescue use the token cache's). Runs on one
// controller (one user) are serialised; a second run waits for the first, within its own
// timeout.
#include <chrono>
#include <string>

#include "common/file_lock.hpp"

namespace stackrescue::console {

// The lock file of `server_id`'s console in `directory`.
std::string console_lock_path(const std::string& server_id, const std::string& directory);

// Waits up to `wait` for the console of `server_id`. An unheld lock when another run still
// holds it after `wait` (the caller says what it will not do then). Throws ConsoleError
// when the lock file cannot be made (naming the directory).
FileLock try_lock_console(const std::string& server_id, std::chrono::milliseconds wait, const std::string& directory);

// As try_lock_console, but throws ConsoleError when another run still holds it after `wait`.
FileLock lock_console(const std::string& server_id, std::chrono::milliseconds wait, const std::string& directory);

}  // namespace stackrescue::console
