#include "console/script.hpp"

#include "common/base64.hpp"
#include "common/sha256.hpp"
#include "console/errors.hpp"

namespace stackrescue::console {
namespace {

constexpr std::string_view kMissing = "missing:";

// The step's own failure removes the directory, keeping the failing status.
std::string or_clean_up(const std::string& step, const std::string& directory) {
  return step + " || { r=$?; command rm -rf " + directory + "; exit $r; }";
}

}  // namespace

const std::vector<Tool>& required_tools() {
  static const std::vector<Tool> tools = {
      {"base64", "decode the command it types"},
      {"sha256sum", "check that the command arrived undamaged"},
      {"mkdir", "create a private directory for the command"},
      {"rm", "remove the command's files afterwards"},
      {"sh", "run the command"},
  };
  return tools;
}

CommandSteps command_steps(std::string_view command, std::string_view token, std::size_t max_shell) {
  if (command.find_first_not_of(" \t\r\n") == std::string_view::npos) throw ConsoleError("the command is empty");
  if (command.find('\0') != std::string_view::npos)
    throw ConsoleError("the command holds a NUL byte, which no shell command can hold");
  CommandSteps steps;
  steps.directory = "/tmp/stackrescue-" + std::string(token);
  const auto& dir = steps.directory;

  std::string names;
  for (const auto& tool : required_tools()) names += " " + tool.name;
  steps.probe_prelude = "unset HISTFILE; ";
  steps.probe = "m=; for t in" + names + "; do command -v $t >/dev/null 2>&1 || m=\"$m $t\"; done; [ -z \"$m\" ] || { echo \"" +
                std::string(kMissing) + "$m\"; exit 1; }";

  // Pieces are whole 4-character groups of base64, which needs no quoting; the first step
  // also creates the directory (and fails, removing nothing, when the name is taken).
  const std::string encoded = base64_encode(command);
  const std::string first = "command mkdir -m 700 " + dir + " || exit; ";
  const auto write = [&](std::string_view piece, bool is_first) {
    return (is_first ? first : "") + or_clean_up("printf %s " + std::string(piece) + (is_first ? " >" : " >>") + dir + "/b64", dir);
  };
  const std::size_t overhead = write("", true).size();
  if (max_shell <= overhead + 4) throw std::invalid_argument("typed lines too short for the command's steps");
  const std::size_t piece = (max_shell - overhead) / 4 * 4;
  for (std::size_t at = 0; at < encoded.size(); at += piece) steps.writes.push_back(write(encoded.substr(at, piece), at == 0));

  steps.decode = or_clean_up("command base64 -d " + dir + "/b64 >" + dir + "/run.sh && echo '" + sha256_hex(command) +
                                 "  " + dir + "/run.sh' | command sha256sum -c",
                             dir);
  // The EXIT trap removes the directory however sh ends; INT turned into an exit so that a
  // Ctrl-C (after a timeout) still runs it.
  steps.run = "trap 'command rm -rf " + dir + "' EXIT; trap 'exit 130' INT TERM HUP; command sh " + dir + "/run.sh";
  return steps;
}

std::vector<std::string> missing_tools(std::string_view probe_output) {
  std::vector<std::string> missing;
  const auto at = probe_output.find(kMissing);
  if (at == std::string_view::npos) return missing;
  const auto line = probe_output.substr(at + kMissing.size());
  const std::string names(line.substr(0, line.find('\n')));
  for (const auto& tool : required_tools())
    if ((" " + names + " ").find(" " + tool.name + " ") != std::string::npos) missing.push_back(tool.name);
  return missing;
}

}  // namespace stackrescue::console
