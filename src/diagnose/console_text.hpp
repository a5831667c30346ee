#pragma once
// A console log as text to match: Nova returns the guest's serial output as it was written,
// with ANSI colour and cursor sequences (systemd colours its [FAILED]), carriage returns and
// the odd control byte. Matching runs on the cleaned lines; evidence shows them too.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stackrescue::diagnose {

// Longer lines are cut here before matching: a hostile or broken guest can print a
// megabyte without a newline, and no boot message is that long.
inline constexpr std::size_t kMaxLineLength = 4096;

// The line without escape sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", and
// "ESC x"), without what Nova leaves of a colour or cursor code after removing its ESC
// ("[0;32m"), without carriage returns and other C0 control characters except tab; bytes
// that are not well-formed UTF-8 become U+FFFD; cut at kMaxLineLength bytes (never inside a
// character).
std::string clean_line(std::string_view line);

// The log's lines, cleaned; line ends are \n, \r\n or \r (a lone \r rewrites the line on a
// terminal: keeping the text after it is what the screen showed last). A final line end
// does not make an empty last line.
std::vector<std::string> console_lines(std::string_view log);

}  // namespace stackrescue::diagnose
