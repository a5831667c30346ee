#include "ops/server_console_log.hpp"

#include <algorithm>

#include "diagnose/console_text.hpp"
#include "diagnose/diagnosis.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/server_diagnose.hpp"

namespace stackrescue::ops {
namespace {

// Lines quoted in a failure message: enough to see what the guest did last.
constexpr int kFailureLines = 20;

std::string join(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

// Fails a wait: `what`, then the log's last lines (or Nova's reason when it has none), also
// as `log_lines` beside `details`. The tail is cut only here, never on a poll that goes on.
[[noreturn]] void fail_with_tail(const ConsoleLog& log, const std::string& what, nlohmann::json details) {
  const auto tail = log_lines(join(log.lines), kFailureLines);
  std::string text = what;
  if (!log.available) {
    text += ": Nova has no console log for it (" + log.unavailable_reason + ")";
  } else if (tail.empty()) {
    text += ": the console log is empty";
  } else {
    text += "; its last " + std::to_string(tail.size()) + " lines:\n" + join(tail);
  }
  details["log_lines"] = tail;
  details["available"] = log.available;
  throw OperationFailed(text, details);
}

// Tells when the log stopped growing, and whether it then shows a failed boot.
class BootFailureWatch {
 public:
  BootFailureWatch(const BootFailureStop& stop, Clock::time_point start) : stop_(stop), changed_at_(start) {}

  // The failure's summary once the boot failed and the console stayed quiet long enough.
  std::optional<std::string> failed(const std::vector<std::string>& lines, Clock::time_point now) {
    if (!stop_.enabled) return std::nullopt;
    const std::string last = lines.empty() ? std::string() : lines.back();
    if (lines.size() != seen_lines_ || last != seen_last_) {
      seen_lines_ = lines.size();
      seen_last_ = last;
      changed_at_ = now;
      return std::nullopt;
    }
    if (now - changed_at_ < stop_.quiet) return std::nullopt;
    const auto log = diagnose::diagnose_boot(diagnose::console_lines(join(lines)));
    if (log.state != diagnose::LogState::BootFailed) return std::nullopt;
    return findings_summary(log);
  }

 private:
  const BootFailureStop& stop_;
  Clock::time_point changed_at_;
  std::size_t seen_lines_ = 0;
  std::string seen_last_;
};

}  // namespace

std::regex compile_wait_pattern(const std::string& pattern) {
  if (pattern.empty()) throw OperationFailed("wait_for is empty; give a regular expression or leave it out");
  try {
    return std::regex(pattern, std::regex::ECMAScript);
  } catch (const std::regex_error& error) {
    throw OperationFailed("wait_for is not a valid regular expression (ECMAScript syntax): " +
                          std::string(error.what()));
  }
}

std::vector<std::string> log_lines(const std::string& text, std::optional<int> last) {
  std::vector<std::string> lines;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      lines.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) lines.push_back(std::move(current));
  if (last && *last >= 0 && lines.size() > static_cast<std::size_t>(*last))
    lines.erase(lines.begin(), lines.end() - *last);
  return lines;
}

std::optional<std::string> last_match(const std::vector<std::string>& lines, const std::regex& pattern) {
  for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
    const std::string head = it->substr(0, kMaxMatchedLineLength);
    if (std::regex_search(head, pattern)) return *it;
  }
  return std::nullopt;
}

ConsoleLog read_console_log(openstack::ComputeClient& compute, const openstack::Server& server,
                            std::optional<int> lines) {
  const auto output = compute.console_output(server.id, lines);
  ConsoleLog log;
  log.available = output.available;
  log.unavailable_reason = output.reason;
  // Nova counts lines its own way (a trailing newline): cut again to exactly `lines`.
  log.lines = log_lines(output.text, lines);
  return log;
}

ConsoleLog wait_for_console_line(openstack::ComputeClient& compute, const openstack::Server& server,
                                 const std::regex& pattern, const std::string& pattern_text,
                                 std::optional<int> lines, const Deadline& deadline, Clock& clock,
                                 std::chrono::milliseconds interval, const BootFailureStop& stop) {
  const auto start = clock.now();
  BootFailureWatch watch(stop, start);
  for (;;) {
    auto log = read_console_log(compute, server, std::nullopt);
    if (auto match = last_match(log.lines, pattern)) {
      log.match = std::move(match);
      log.lines = log_lines(join(log.lines), lines);
      log.waited_seconds = std::chrono::duration<double>(clock.now() - start).count();
      return log;
    }
    const auto now = clock.now();
    if (auto failure = watch.failed(log.lines, now)) {
      const auto waited = std::chrono::duration_cast<std::chrono::seconds>(now - start).count();
      fail_with_tail(log,
                     "the boot of " + describe(server) + " failed before /" + pattern_text + "/ appeared: " + *failure +
                         " (nothing new on the console for " + std::to_string(stop.quiet.count()) + " s; waited " +
                         std::to_string(waited) + " s)",
                     {{"boot_failed", true}});
    }
    if (now >= deadline.at)
      fail_with_tail(log, "timed out after " + std::to_string(deadline.total.count()) + " s waiting for /" +
                              pattern_text + "/ in the console log of " + describe(server),
                     nlohmann::json::object());
    const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline.at - now);
    clock.sleep_for(std::min(interval, remaining));
  }
}

nlohmann::json return_values(const ConsoleLog& log) {
  nlohmann::json values{{"available", log.available}, {"log", join(log.lines)}, {"log_lines", log.lines}};
  if (!log.available) values["unavailable_reason"] = log.unavailable_reason;
  if (log.match) {
    values["match"] = *log.match;
    values["waited"] = log.waited_seconds;
  }
  return values;
}

}  // namespace stackrescue::ops
