#include "ansible/unpacked.hpp"

#include <climits>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace stackrescue::ansible {

void remove_unpacked_copy() {
  const char* named = std::getenv("STACKRESCUE_UNPACKED_DIR");
  if (named == nullptr) return;
  const std::string dir_text = named;
  unsetenv("STACKRESCUE_UNPACKED_DIR");
  char dir[PATH_MAX];
  char exe[PATH_MAX];
  if (realpath(dir_text.c_str(), dir) == nullptr) return;
  const ssize_t length = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (length <= 0) return;
  exe[length] = '\0';
  const std::string executable(exe);
  const auto slash = executable.find_last_of('/');
  // Only our own file, directly in the folder named: never a path someone else chose.
  if (slash == std::string::npos || executable.substr(0, slash) != dir) return;
  if (unlink(exe) == 0) rmdir(dir);
}

}  // namespace stackrescue::ansible
