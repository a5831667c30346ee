#pragma once
// One framed command typed at the shell prompt of an open console, read back until its end
// marker or the session's deadline.
#include <string>
#include <string_view>

#include "console/framing.hpp"
#include "console/session.hpp"

namespace stackrescue::console {

// Types framed_command_line(command, nonce) and feeds every byte that comes back to a
// Framing until it is finished or the session's deadline passed (then the result
// has finished = false and the output seen so far). Expects a shell prompt.
CommandResult run_framed(Session& session, std::string_view command, const std::string& nonce,
                                std::size_t output_cap);

// After a timeout: Ctrl-C (the shell abandons the line and prints a prompt), then waits a
// few seconds for that prompt. True when the prompt came back.
bool interrupt(Session& session);

}  // namespace stackrescue::console
