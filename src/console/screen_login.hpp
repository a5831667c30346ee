#pragma once
// Over the graphical console, a rescue image that asks for a login asks on its screen (the
// console log shows nothing of it): the screen is read as text (rfb/screen_text.hpp) and a
// login prompt there is answered with the Login, before the log shell (log_shell.hpp) starts.
// Whether the login worked shows in the console log: the log shell's prompt comes or not.
#include <string>

#include "common/clock.hpp"
#include "console/login.hpp"
#include "console/rfb/client.hpp"

namespace stackrescue::console {

// What the screen shows at its last non-empty line.
enum class ScreenPrompt { Other, Shell, Login, Password, Unreadable };
ScreenPrompt screen_prompt(rfb::Client& screen);

// When the screen shows a login prompt: types the user, and the password once the screen
// asks for it (within `deadline`). Returns true when it logged in (typed both or the user
// alone where no password was asked), false when the screen showed no login prompt (or is
// not a text console it can read). Throws ConsoleError, naming `server`, when a login is
// asked for but `login` has no user, or a password but it has none.
bool log_in_on_screen(rfb::Client& screen, const Login& login, const std::string& server, Clock& clock,
                      Clock::time_point deadline);

}  // namespace stackrescue::console
