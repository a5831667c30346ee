#pragma once
// One framed command typed at the shell prompt of an open console, read back until its end
// marker or the session's deadline.
#include <string>
#include <string_view>

#include "ops/console_framing.hpp"
#include "ops/console_session.hpp"

namespace stackrescue::ops {

// Types framed_command_line(command, nonce) and feeds every byte that comes back to a
// ConsoleFraming until it is finished or the session's deadline passed (then the result
// has finished = false and the output seen so far). Expects a shell prompt.
ConsoleCommandResult run_framed(ConsoleSession& session, std::string_view command, const std::string& nonce,
                                std::size_t output_cap);

// After a timeout: Ctrl-C (the shell abandons the line and prints a prompt), then waits a
// few seconds for that prompt. True when the prompt came back.
bool interrupt(ConsoleSession& session);

}  // namespace stackrescue::ops
