#include "console/log_shell.hpp"

#include <string>

namespace stackrescue::console {

void enter_log_shell(Session& session) {
  session.type("\x03");
  // stdin stays the screen's terminal (the keyboard); the leading space keeps the line out
  // of a shell history that ignores such lines.
  session.type(std::string(" sh -i >") + kLogShellPort + " 2>&1\r");
}

void leave_log_shell(Session& session) { session.type(" exit\r"); }

}  // namespace stackrescue::console
