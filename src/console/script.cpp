#include "console/script.hpp"

#include "common/base64.hpp"
#include "console/errors.hpp"

namespace stackrescue::console {

ScriptSteps script_steps(std::string_view script, const std::string& nonce, std::size_t max_command) {
  if (script.find_first_not_of(" \t\r\n") == std::string_view::npos) throw ConsoleError("the script is empty");
  if (script.find('\0') != std::string_view::npos) throw ConsoleError("the script holds a NUL byte");
  ScriptSteps steps;
  if (script.size() <= max_command) {
    steps.run = std::string(script);
    return steps;
  }
  // base64's alphabet needs no quoting; pieces are whole 4-character groups, so each one
  // decodes on its own and the concatenation decodes to the script.
  const std::string file = "/tmp/stackrescue-" + nonce;
  const std::string encoded = base64_encode(script);
  const std::string head = "printf %s ";
  const std::string tail = " >>" + file + ".b64";
  const std::size_t piece = (max_command - head.size() - tail.size()) / 4 * 4;
  steps.uploads.push_back(": >" + file + ".b64");
  for (std::size_t at = 0; at < encoded.size(); at += piece)
    steps.uploads.push_back(head + encoded.substr(at, piece) + tail);
  steps.run = "base64 -d " + file + ".b64 >" + file + ".sh && sh " + file + ".sh; rc=$?; rm -f " + file + ".b64 " +
              file + ".sh; exit $rc";
  return steps;
}

}  // namespace stackrescue::console
