#pragma once
// Commands typed at the shell prompt of an open console, read back until their end marker or
// the session's deadline: one framed line (run_framed), or a user's command or script by the
// steps of console/script.hpp (run_command).
#include <string>
#include <string_view>

#include "console/framing.hpp"
#include "console/session.hpp"

namespace stackrescue::console {

// Types framed_line(shell, fresh markers, prelude) and feeds every byte that comes back to a
// Framing until it is finished or the session's deadline passed (then the result has
// finished = false and the output seen so far). Expects a shell prompt.
CommandResult run_framed(Session& session, std::string_view shell, std::size_t output_cap,
                         std::string_view prelude = {});

// Runs a user's command (a command line or a script, the same way) in the rescue system: the
// probe of its tools, the writes, the decode, the run (console/script.hpp). The result is the
// run's; a timeout in any step is a result with finished = false (the caller interrupts).
// Throws ConsoleError, naming `server` and saying that nothing was run, when the rescue system
// lacks a tool the steps need, or the command could not be written or decoded there.
CommandResult run_command(Session& session, std::string_view command, std::size_t output_cap,
                          const std::string& server);

// After a timeout: Ctrl-C (the shell abandons the line and prints a prompt), then waits a
// few seconds for that prompt. True when the prompt came back.
bool interrupt(Session& session);

}  // namespace stackrescue::console
