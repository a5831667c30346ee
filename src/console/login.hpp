#pragma once
// Getting from a freshly opened serial console to a shell prompt: interrupt whatever runs,
// answer a login dialogue when the rescue image asks for one.
#include <optional>
#include <string>

#include "console/session.hpp"

namespace stackrescue::console {

struct Login {
  std::optional<std::string> user;
  std::optional<std::string> password;  // a secret: typed, never echoed into a message
};

// Types Ctrl-C (a fresh prompt; stops what a timed-out earlier run left running), then
// answers "login:" and "Password:" prompts with `login` until a shell prompt shows.
// Throws ConsoleError, naming `server` and the console's last line, when a login is
// asked for but none was given, when the login is refused, or when no shell prompt
// appears before the session's deadline.
// `interrupt_first` false: no Ctrl-C (a shell just started, whose prompt is on its way).
void reach_shell(Session& session, const Login& login, const std::string& server, bool interrupt_first = true);

// After a command: reads until the shell prompt is back (at most `limit`). False if not.
bool wait_for_shell_prompt(Session& session, std::chrono::milliseconds limit);

}  // namespace stackrescue::console
