#include "console/command.hpp"

#include <algorithm>

#include "console/errors.hpp"
#include "console/login.hpp"
#include "console/script.hpp"

namespace stackrescue::console {
namespace {

// The grace after a timeout for the prompt to come back after Ctrl-C.
constexpr std::chrono::milliseconds kInterruptGrace{3000};
// How long the prompt may take to return after a step ended.
constexpr std::chrono::milliseconds kPromptGrace{5000};
// Output kept of a preparing step (it prints nothing unless something is wrong).
constexpr std::size_t kStepOutputCap = 4096;

std::string status_of(const CommandResult& step) {
  return "exit status " + std::to_string(step.rc.value_or(-1)) + (step.output.empty() ? "" : ": " + step.output);
}

std::string missing_message(const std::vector<std::string>& missing, const std::string& server) {
  std::string message = "the rescue system of " + server + " has no ";
  for (std::size_t i = 0; i < missing.size(); ++i) {
    for (const auto& tool : required_tools())
      if (tool.name == missing[i]) message += (i ? "; nor " : "") + tool.name + ", which rescue_command needs to " + tool.needed_to;
  }
  return message + "; nothing was run";
}

// One preparing step: it must end with status 0 (else `failure` is thrown with its status and
// output) and give the prompt back. False on a timeout (left to the caller).
bool prepare(Session& session, const std::string& shell, const std::string& failure) {
  const auto step = run_framed(session, shell, kStepOutputCap);
  if (!step.finished) return false;
  if (step.rc != 0) throw ConsoleError(failure + " (" + status_of(step) + "); nothing was run");
  return wait_for_shell_prompt(session, std::min(session.left(), kPromptGrace));
}

}  // namespace

CommandResult run_framed(Session& session, std::string_view shell, std::size_t output_cap, std::string_view prelude) {
  const auto markers = make_markers();
  const std::string line = framed_line(shell, markers, prelude);
  Framing framing(markers, output_cap);
  session.forget_recent();
  session.type(line);
  while (!framing.finished()) {
    const auto left = session.left();
    if (left.count() == 0) break;
    framing.feed(session.read(std::min(left, kReadSlice)));
  }
  return framing.result();
}

CommandResult run_command(Session& session, std::string_view command, std::size_t output_cap,
                          const std::string& server) {
  const auto steps = command_steps(command, make_nonce(), max_shell_bytes());
  const auto probe = run_framed(session, steps.probe, kStepOutputCap, steps.probe_prelude);
  if (!probe.finished) return {};
  if (probe.rc != 0) {
    const auto missing = missing_tools(probe.output);
    if (!missing.empty()) throw ConsoleError(missing_message(missing, server));
    throw ConsoleError("checking the tools of the rescue system of " + server + " failed (" + status_of(probe) +
                       "); nothing was run");
  }
  if (!wait_for_shell_prompt(session, std::min(session.left(), kPromptGrace))) return {};
  for (const auto& write : steps.writes)
    if (!prepare(session, write, "the command could not be written to " + steps.directory + " in the rescue system of " + server))
      return {};
  if (!prepare(session, steps.decode,
               "the command could not be decoded in the rescue system of " + server +
                   ": base64 -d failed, or what it decoded is not what was typed"))
    return {};
  return run_framed(session, steps.run, output_cap);
}

bool interrupt(Session& session) {
  session.forget_recent();
  session.type("\x03");
  return wait_for_shell_prompt(session, kInterruptGrace);
}

}  // namespace stackrescue::console
