#include "console/command.hpp"

#include <algorithm>

#include "console/login.hpp"

namespace stackrescue::console {
namespace {

// How long one read waits before the deadline is looked at again.
constexpr std::chrono::milliseconds kReadSlice{500};
// The grace after a timeout for the prompt to come back after Ctrl-C.
constexpr std::chrono::milliseconds kInterruptGrace{3000};

}  // namespace

CommandResult run_framed(Session& session, std::string_view command, const std::string& nonce,
                                std::size_t output_cap) {
  const std::string line = framed_command_line(command, nonce);
  Framing framing(nonce, output_cap);
  session.forget_recent();
  session.type(line);
  while (!framing.finished()) {
    const auto left = session.left();
    if (left.count() == 0) break;
    framing.feed(session.read(std::min(left, kReadSlice)));
  }
  return framing.result();
}

bool interrupt(Session& session) {
  session.forget_recent();
  session.type("\x03");
  return wait_for_shell_prompt(session, kInterruptGrace);
}

}  // namespace stackrescue::console
