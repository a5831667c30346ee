#include "ansible/audit_log.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <thread>

#include "ansible/json_text.hpp"
#include "ansible/mask.hpp"
#include "common/error.hpp"
#include "common/secrets.hpp"

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

// Another fork holds the lock only while it writes one line: a wait this long means a stuck
// writer (or a file system without working locks), which is worth a failed task, not a hang.
constexpr std::chrono::seconds kLockWait{30};
constexpr std::chrono::milliseconds kLockPoll{5};

std::string system_error(const std::string& what, const std::string& path, int error) {
  return "audit_log " + path + ": " + what + ": " + std::strerror(error);
}

// The keys every record has on its own: not repeated inside `result`.
bool is_protocol_key(const std::string& key) {
  return key == "changed" || key == "failed" || key == "msg" || key == "invocation";
}

}  // namespace

Option audit_log_option() {
  Option o;
  o.name = kAuditLogOption;
  o.type = Type::Path;
  o.description =
      "A file (its directory must exist) to which the module appends one JSON line about this call: module, start "
      "and end (UTC), duration, check mode, parameters and result, with every no_log option and every secret "
      "the result carries masked (a task with no_log keeps only the module, the times and changed/failed). Parallel "
      "tasks append whole lines. A file that cannot be opened fails the task before anything is done; an empty "
      "value writes nothing. "
      "repair_report turns the file into a report. Set it for all modules with module_defaults of "
      "group/stackrescue.openstack.openstack.";
  return o;
}

AuditLog::AuditLog(std::string path) : path_(std::move(path)) {
  fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd_ < 0) throw Error(system_error("cannot be opened for appending (its directory must exist)", path_, errno));
}

AuditLog::~AuditLog() {
  if (fd_ >= 0) ::close(fd_);
}

void AuditLog::append(const json& record) {
  const std::string line = dump_safely(record) + "\n";
  // Polled, not blocking: flock has no timeout (common/file_lock.cpp does the same).
  const auto deadline = std::chrono::steady_clock::now() + kLockWait;
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if ((errno != EWOULDBLOCK && errno != EINTR) || std::chrono::steady_clock::now() >= deadline)
      throw Error(system_error("could not be locked for appending", path_, errno));
    std::this_thread::sleep_for(kLockPoll);
  }
  std::size_t written = 0;
  int error = 0;
  while (written < line.size()) {
    const auto n = ::write(fd_, line.data() + written, line.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : ENOSPC;
      break;
    }
    written += static_cast<std::size_t>(n);
  }
  ::flock(fd_, LOCK_UN);
  if (error != 0) throw Error(system_error("the record could not be written", path_, error));
}

std::string utc_timestamp(double unix_seconds) {
  const auto micros = std::llround(unix_seconds * 1e6);
  const auto whole = static_cast<std::time_t>(micros / 1000000);
  std::tm utc{};
  gmtime_r(&whole, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  const std::string fraction = std::to_string(micros % 1000000);
  return std::string(text) + "." + std::string(6 - fraction.size(), '0') + fraction + "Z";
}

json audit_record(const AuditCall& call, const json& printed, const std::vector<std::string>& secret_keys) {
  json record = {{"module", call.module},
                 {"start", utc_timestamp(call.start)},
                 {"end", utc_timestamp(call.end)},
                 {"duration", std::round((call.end - call.start) * 1e6) / 1e6},
                 {"check_mode", call.check_mode},
                 {"changed", printed.value("changed", false)},
                 {"failed", printed.value("failed", false)}};
  if (call.no_log) {
    record["no_log"] = true;
    return record;
  }
  json result = json::object();
  for (const auto& [key, value] : printed.items())
    if (!is_protocol_key(key)) result[key] = value;
  mask_paths(result, secret_keys);
  record["msg"] = printed.value("msg", "");
  record["params"] = call.params;
  record["result"] = std::move(result);
  scrub_strings(record, {});  // printed was scrubbed already but for the secret keys; params too, again
  return record;
}

}  // namespace stackrescue::ansible
