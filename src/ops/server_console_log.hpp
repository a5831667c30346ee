#pragma once
// server_console_log: the last lines of a server's console log (Nova os-getConsoleOutput),
// and waiting until a line matches a regular expression (e.g. "the rescue system is up").
#include <chrono>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "openstack/compute.hpp"
#include "ops/wait.hpp"

namespace stackrescue::ops {

struct ConsoleLog {
  bool available = false;            // false: Nova has no console log for this server
  std::string unavailable_reason;    // Nova's message when not available
  std::vector<std::string> lines;    // the last lines asked for
  std::optional<std::string> match;  // the first (newest-last) line that matched `wait_for`
  double waited_seconds = 0;
};

// A pattern to wait for, checked before any request: throws OperationFailed naming the
// problem when it is empty or not a valid (ECMAScript) regular expression.
std::regex compile_wait_pattern(const std::string& pattern);

// The text's lines without line-end characters (\r\n, \n, stray \r), the last `last` of
// them (all when nullopt); a final line break does not make an empty last line.
std::vector<std::string> log_lines(const std::string& text, std::optional<int> last);

// The last line of `lines` that matches `pattern` (searched line by line, so a match
// never spans lines; each line is searched in its first kMaxMatchedLineLength characters).
std::optional<std::string> last_match(const std::vector<std::string>& lines, const std::regex& pattern);
inline constexpr std::size_t kMaxMatchedLineLength = 4096;

// One read of the console log: the last `lines` lines.
ConsoleLog read_console_log(openstack::ComputeClient& compute, const openstack::Server& server,
                            std::optional<int> lines);

// Waiting for a line may stop early when the boot has visibly failed: server_diagnose's
// boot_failed (a failure that stops a boot, nothing after it) on a console that has printed
// nothing new for `quiet` — a failed boot sits at its emergency or initramfs prompt for good,
// while a failure the boot survives (a nofail mount) is followed by more lines.
struct BootFailureStop {
  bool enabled = false;
  std::chrono::seconds quiet{30};
};

// Reads the whole log every `interval` until a line matches `pattern`, then returns the
// last `lines` lines and the match. Throws OperationFailed at the deadline, or once the
// boot failed (`stop`), with the last lines of the log (or Nova's reason when it had none)
// in the message and `log_lines` (and, for a failed boot, `boot_failed: true`).
ConsoleLog wait_for_console_line(openstack::ComputeClient& compute, const openstack::Server& server,
                                 const std::regex& pattern, const std::string& pattern_text,
                                 std::optional<int> lines, const Deadline& deadline, Clock& clock,
                                 std::chrono::milliseconds interval = std::chrono::seconds(2),
                                 const BootFailureStop& stop = {});

// The module's return keys: available, log, log_lines, and match / waited when waited.
nlohmann::json return_values(const ConsoleLog& log);

}  // namespace stackrescue::ops
