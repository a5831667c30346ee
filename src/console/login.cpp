#include "console/login.hpp"

#include <optional>

#include "console/prompt.hpp"
#include "console/errors.hpp"

namespace stackrescue::console {
namespace {

// A console that printed nothing for this long is waiting for input.
constexpr std::chrono::milliseconds kQuiet{400};
// A console without a prompt gets a newline at most this often. A rescue system that is
// still booting (GRUB, the kernel, systemd: pauses of seconds under emulation) shows its
// prompt later: reach_shell waits for it until the deadline, the caller's timeout.
constexpr std::chrono::milliseconds kNudgeEvery{1500};
// After a step's end marker the shell prints only its prompt: the prompt is taken once it ends
// what came and nothing follows it for this long (it may come in pieces, or with an escape
// sequence after it). A quiet of kQuiet after every step cost 0.4 s each, most of a short
// command's time (bench/run --repair).
constexpr std::chrono::milliseconds kPromptSettle{100};

[[noreturn]] void fail(const std::string& what, const Session& session) {
  const auto line = last_line(session.recent());
  throw ConsoleError(what + (line.empty() ? std::string(" (the console printed nothing)")
                                             : "; the console's last line: '" + line + "'"));
}

}  // namespace

void reach_shell(Session& session, const Login& login, const std::string& server, bool interrupt_first) {
  if (interrupt_first) session.type("\x03");
  bool user_sent = false;
  bool password_sent = false;
  std::optional<std::chrono::milliseconds> left_at_nudge;
  for (;;) {
    const bool paused = session.read_until_quiet(kQuiet, session.left());
    // A prompt is only seen in a pause: say so when the console never gave one (a flood).
    if (session.expired())
      fail("no shell prompt on the serial console of " + server + " before the timeout" +
               (paused ? std::string() : ": the console printed without a pause (" +
                                             std::to_string(session.bytes_read()) + " bytes in all)"),
           session);
    switch (prompt_at_end(session.recent())) {
      case Prompt::Shell:
        return;
      case Prompt::Login:
        if (!login.user) fail("the serial console of " + server + " asks for a login: set console_user", session);
        if (password_sent || user_sent) fail("the console login of " + server + " was refused", session);
        session.forget_recent();
        session.type(*login.user + "\n");
        user_sent = true;
        break;
      case Prompt::Password:
        if (!login.password)
          fail("the serial console of " + server + " asks for a password: set console_password", session);
        if (password_sent) fail("the console login of " + server + " was refused", session);
        session.forget_recent();
        session.type(*login.password + "\n");
        password_sent = true;
        break;
      case Prompt::None:
        if (!left_at_nudge || *left_at_nudge - session.left() >= kNudgeEvery) {
          session.type("\n");
          left_at_nudge = session.left();
        }
        break;
    }
  }
}

bool wait_for_shell_prompt(Session& session, std::chrono::milliseconds limit) {
  return session.read_until_settled([](std::string_view recent) { return prompt_at_end(recent) == Prompt::Shell; },
                                    kPromptSettle, limit);
}

}  // namespace stackrescue::console
