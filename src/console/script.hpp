#pragma once
// A script too long for one typed line, as several framed commands: its base64 text
// appended piece by piece to a temporary file named after the run's nonce, then one command
// that decodes it, runs it with sh and removes the files (whatever the script's status).
#include <string>
#include <string_view>
#include <vector>

namespace stackrescue::console {

struct ScriptSteps {
  std::vector<std::string> uploads;  // commands that write the script; each must exit 0
  std::string run;                   // the command whose output and status are the result
};

// `max_command` is the longest command one typed line holds (max_command_bytes). A script
// that fits is run as it is (no upload, no file). Throws ConsoleError for an empty script
// or one holding a NUL byte.
ScriptSteps script_steps(std::string_view script, const std::string& nonce, std::size_t max_command);

}  // namespace stackrescue::console
