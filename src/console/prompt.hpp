#pragma once
// What a serial console is waiting for, judged from the last bytes it printed.
#include <string>
#include <string_view>

namespace stackrescue::console {

enum class Prompt {
  None,      // no prompt at the end (output still coming, or an unknown prompt)
  Shell,     // a shell prompt: the last line ends with '#', '$' or '>' (and spaces)
  Login,     // "... login:"
  Password,  // "Password:"
};

// The prompt the raw console bytes end with (escape sequences such as busybox's cursor
// query after its prompt, CRs and trailing blanks ignored).
Prompt prompt_at_end(std::string_view raw);

// The last non-empty line of the raw bytes as clean text (for messages), at most 200 bytes.
std::string last_line(std::string_view raw);

}  // namespace stackrescue::console
