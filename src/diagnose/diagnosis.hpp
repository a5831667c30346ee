#pragma once
// Reading one boot out of a console log: where the last boot starts, what failed in it (the
// rules of rules.hpp), whether the system came up after that, and which repairs fit. Pure
// text in, facts out: the server's status and history are the ops layer's part.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackrescue::diagnose {

struct Evidence {
  std::size_t line_number = 0;   // 1-based, in the whole log as read
  std::string text;              // the cleaned line
};

// Evidence kept per finding: the first lines that show it (a kernel repeating an ext4 error
// a thousand times is one finding, not a thousand lines of result).
inline constexpr std::size_t kMaxEvidence = 8;

struct Finding {
  std::string kind;
  std::vector<Evidence> evidence;
  nlohmann::json details = nlohmann::json::object();   // e.g. mount_point, device, reason
  std::vector<std::string> repair_tasks;               // empty: no repair task fits
  nlohmann::json repair_vars = nlohmann::json::object();
};

enum class LogState {
  NoOutput,     // nothing in the log
  Booted,       // the system came up after whatever failed before
  BootFailed,   // a failure that stops a boot, and nothing came up after it
  Undecided,    // neither: still booting, or stuck without saying why
};

struct BootSpan {
  std::size_t first_line = 0;    // 1-based; 0 when the log is empty
  std::size_t last_line = 0;
  std::size_t boots_in_log = 0;
  std::optional<std::string> kernel;   // the version the boot loader started, when printed
};

struct LogDiagnosis {
  LogState state = LogState::NoOutput;
  BootSpan boot;
  std::vector<Finding> findings;     // in the order of kinds(): causes first
  std::optional<Evidence> came_up;   // the line that says the system came up
  std::vector<Evidence> tail;        // the boot's last lines (the evidence of an unknown end)
};

// Lines shown as the boot's tail.
inline constexpr std::size_t kTailLines = 15;

// The boots of a log: the 0-based index of each boot's first line. A boot starts at a
// firmware/boot loader banner or, without one, at the kernel's "Linux version" line. A log
// without any marker is one boot (its start was cut off: Nova returns at most the last 100 KiB).
std::vector<std::size_t> boot_starts(const std::vector<std::string>& lines);

// Diagnoses one boot of `lines` (cleaned, console_lines()): the last one, or with
// `boots_back` = 1 the one before it (a rescued server's log ends with the rescue system's boot).
// Returns NoOutput when the log is empty or has fewer boots than asked for.
LogDiagnosis diagnose_boot(const std::vector<std::string>& lines, std::size_t boots_back = 0);

// Diagnoses the text of a screen (the console's last rows, read from its VNC console where
// the console log is empty) by the same rules: all of it as one boot whose start scrolled
// away (boots_in_log 0, no kernel known unless a line names it). NoOutput when it is blank.
LogDiagnosis diagnose_screen(const std::vector<std::string>& lines);

// The tasks and variables of the repair library that the findings call for: the union of
// the findings' tasks in the library's order, and their variables merged (lists joined).
struct RepairPlan {
  std::vector<std::string> tasks;
  nlohmann::json vars = nlohmann::json::object();
};
RepairPlan repair_plan(const std::vector<Finding>& findings);

const char* to_string(LogState state);

// The rules whose wording this cleaned line shows (for tests and docs: which rule saw what).
struct Rule;
std::vector<const Rule*> rules_matching(const std::string& line);

}  // namespace stackrescue::diagnose
