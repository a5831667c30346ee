#include "console/lock.hpp"

#include <cctype>

#include "console/errors.hpp"

namespace stackrescue::console {
namespace {

// Nova's IDs are UUIDs; anything else is made safe for a file name.
std::string file_safe(const std::string& id) {
  std::string out;
  for (const char c : id) out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
  return out;
}

}  // namespace

std::string console_lock_path(const std::string& server_id, const std::string& directory) {
  return directory + "/console-" + file_safe(server_id) + ".lock";
}

FileLock try_lock_console(const std::string& server_id, std::chrono::milliseconds wait, const std::string& dir) {
  if (!ensure_private_directory(dir))
    throw ConsoleError("cannot lock the serial console of server " + server_id + ": " + dir +
                          " cannot be made, or is not a directory of this user closed to others");
  return lock_file(console_lock_path(server_id, dir), wait);
}

FileLock lock_console(const std::string& server_id, std::chrono::milliseconds wait, const std::string& dir) {
  FileLock lock = try_lock_console(server_id, wait, dir);
  if (!lock.held())
    throw ConsoleError("another run (a rescue_command typing, or a server_rescue unrescuing) still holds the serial "
                       "console of server " + server_id + " after " + std::to_string(wait.count() / 1000) +
                       " s of waiting (" + console_lock_path(server_id, dir) + ")");
  return lock;
}

}  // namespace stackrescue::console
