#pragma once
// Over the graphical console (screen_log_channel.hpp), what is typed reaches the shell on the
// screen, and what that shell prints stays on the screen. The log shell is a shell started
// from it that reads the same keyboard but prints its prompts and output on the first serial
// port, where the console log has them: the console engine (login.hpp, command.hpp) then
// reads them as it reads a serial console. It is left again after the run, so that the
// screen's own shell is what a person opening the console finds.
#include "console/session.hpp"

namespace stackrescue::console {

// The serial port the log shell prints on: the first one, the one Nova's console log records.
inline constexpr const char* kLogShellPort = "/dev/ttyS0";

// Types Ctrl-C (abandons what the screen's shell was given), then the line that starts the
// log shell. Its prompt then shows in the console log: reach_shell() waits for it.
void enter_log_shell(Session& session);

// Types "exit" at the log shell's prompt: back to the screen's own shell.
void leave_log_shell(Session& session);

}  // namespace stackrescue::console
