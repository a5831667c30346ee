#include "console/screen_login.hpp"

#include "console/errors.hpp"
#include "console/prompt.hpp"
#include "console/rfb/screen_text.hpp"

namespace stackrescue::console {
namespace {

// How often the screen is read again while a login dialogue moves on.
constexpr std::chrono::milliseconds kScreenPoll{500};
// How long a typed user name may take to bring the password prompt.
constexpr std::chrono::seconds kPasswordPromptWithin{10};

}  // namespace

ScreenPrompt screen_prompt(rfb::Client& screen) {
  const auto text = rfb::read_screen_text(screen.capture());
  if (!text.text_console) return ScreenPrompt::Unreadable;
  // The console engine's readers judge the screen's last non-empty line as a serial console's.
  switch (prompt_at_end(last_line(rfb::joined(text)))) {
    case Prompt::Shell: return ScreenPrompt::Shell;
    case Prompt::Login: return ScreenPrompt::Login;
    case Prompt::Password: return ScreenPrompt::Password;
    default: return ScreenPrompt::Other;
  }
}

bool log_in_on_screen(rfb::Client& screen, const Login& login, const std::string& server, Clock& clock,
                      Clock::time_point deadline) {
  if (screen_prompt(screen) != ScreenPrompt::Login) return false;
  if (!login.user)
    throw ConsoleError("the VNC console of " + server + " shows a login prompt: set console_user");
  screen.type(*login.user + "\n");
  const auto give_up = std::min(deadline, clock.now() + kPasswordPromptWithin);
  // The screen shows the typed name after "login:" at first: wait for what comes next.
  for (;;) {
    clock.sleep_for(kScreenPoll);
    const auto prompt = screen_prompt(screen);
    if (prompt == ScreenPrompt::Password) break;
    if (prompt == ScreenPrompt::Shell) return true;  // logged in without a password
    if (prompt == ScreenPrompt::Login)
      throw ConsoleError("the console login of " + server + " was refused (the VNC console asks for a login again)");
    if (clock.now() >= give_up) return true;  // the log shell's prompt will tell
  }
  if (!login.password)
    throw ConsoleError("the VNC console of " + server + " asks for a password: set console_password");
  screen.type(*login.password + "\n");
  return true;
}

}  // namespace stackrescue::console
