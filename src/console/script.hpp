#pragma once
// How a user's command or script gets run in the rescue system: the same way whatever its
// length (a one-line `cmd` and a long `script` alike), as typed steps that each fit on one
// framed line (console/framing):
//
//   probe   the interactive shell's builtins only (`command -v`): are the tools below there?
//           Prelude `unset HISTFILE`: a shell that writes each line to a history file (zsh's
//           INC_APPEND_HISTORY, bash's `history -a`) would otherwise leave the typed markers
//           where a later command can read them.
//   write   `mkdir -m 700 /tmp/stackrescue-<token>` (a fresh directory: mkdir fails if the
//           name exists, so nothing planted there redirects the writes), then the command's
//           base64 text appended piece by piece to b64 in it (base64 needs no quoting).
//   decode  `base64 -d` into run.sh, then `sha256sum -c` against the command's hash: busybox's
//           base64 -d skips bytes that are not base64 and exits 0, so a command damaged on the
//           way (or a broken decoder) is caught here, before anything runs.
//   run     `sh run.sh` (stdin /dev/null, stderr into stdout), then the directory removed, also
//           when the run is interrupted (a trap).
//
// <token> is drawn on its own, unrelated to any marker's nonce: no path, argv or environment
// variable a program in the rescue system can see holds a nonce. The script is run from a file,
// not fed on stdin: a command that reads stdin (cat, read, an interactive fsck) would
// otherwise eat the rest of its own script; with /dev/null it reads end-of-file.
// Every external tool is called through `command`, so an alias or function of the rescue
// shell (alias rm='rm -i') cannot change what a step does.
#include <string>
#include <string_view>
#include <vector>

namespace stackrescue::console {

// A tool the steps need and what for (for the message when the rescue system lacks it).
struct Tool {
  std::string name;
  std::string needed_to;
};
const std::vector<Tool>& required_tools();

struct CommandSteps {
  std::string probe;                // exit 0, or 1 with "missing: <tool> ..." as output
  std::string probe_prelude;        // typed before the probe's begin marker (framed_line's prelude)
  std::vector<std::string> writes;  // each must exit 0
  std::string decode;               // must exit 0 (else nothing was run)
  std::string run;                  // its output and status are the result
  std::string directory;            // where the command's files live while it runs
};

// `max_shell` is the longest shell text one typed line holds (max_shell_bytes()); `token` names
// the directory (letters and digits). Throws ConsoleError for an empty command or one holding
// a NUL byte.
CommandSteps command_steps(std::string_view command, std::string_view token, std::size_t max_shell);

// The missing tools named by a failed probe's output ("missing: base64 rm"); empty when the
// output names none.
std::vector<std::string> missing_tools(std::string_view probe_output);

}  // namespace stackrescue::console
