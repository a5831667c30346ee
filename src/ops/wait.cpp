#include "ops/wait.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "openstack/errors.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"

namespace stackrescue::ops {
namespace {

// Nova prints fault.created with whole seconds; our request time has fractions. A fault
// raised within the same second as our request must still count as ours.
constexpr double kTimestampSlack = 2.0;

// Where the goal leaves the server. A rebuild keeps a stopped server stopped (Nova powers
// it off again), so "stopped" counts as rebuilt too.
bool reached_goal(Goal goal, const openstack::Server& server) {
  switch (goal) {
    case Goal::Rescued:
      return server.vm_state == "rescued";
    case Goal::Unrescued:
      return server.vm_state != "rescued";
    case Goal::Rebuilt:
      return server.vm_state == "active" || server.vm_state == "stopped";
  }
  return false;
}

}  // namespace

std::string action_name(Goal goal) {
  return goal == Goal::Rescued ? "rescue" : goal == Goal::Unrescued ? "unrescue" : "rebuild";
}
std::string task_name(Goal goal) {
  return goal == Goal::Rescued ? "rescuing" : goal == Goal::Unrescued ? "unrescuing" : "rebuilding";
}
std::string goal_status(Goal goal) { return goal == Goal::Rescued ? "RESCUE" : "ACTIVE"; }

bool is_goal_task(Goal goal, const std::optional<std::string>& task_state) {
  if (!task_state) return false;
  if (goal == Goal::Rebuilt)
    return *task_state == "rebuilding" || *task_state == "rebuild_block_device_mapping" ||
           *task_state == "rebuild_spawning";
  return *task_state == task_name(goal);
}

std::optional<double> parse_timestamp(const std::string& text) {
  std::tm tm{};
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec, &consumed) != 6)
    return std::nullopt;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  double seconds = static_cast<double>(timegm(&tm));
  std::string rest = text.substr(static_cast<std::size_t>(consumed));
  if (!rest.empty() && rest[0] == '.') {
    std::size_t end = 1;
    while (end < rest.size() && std::isdigit(static_cast<unsigned char>(rest[end]))) ++end;
    seconds += std::stod("0" + rest.substr(0, end));
    rest = rest.substr(end);
  }
  // Nova's timestamps are UTC: "Z", "+00:00" or nothing at all.
  if (rest.empty() || rest == "Z" || rest == "+00:00" || rest == "-00:00") return seconds;
  int sign = rest[0] == '-' ? -1 : 1, hours = 0, minutes = 0;
  if ((rest[0] == '+' || rest[0] == '-') && std::sscanf(rest.c_str() + 1, "%2d:%2d", &hours, &minutes) == 2)
    return seconds - sign * (hours * 3600.0 + minutes * 60.0);
  return std::nullopt;
}

std::chrono::milliseconds next_interval(const PollPolicy& policy, std::chrono::milliseconds interval) {
  return std::min(policy.max, std::chrono::milliseconds(static_cast<std::int64_t>(
                                  std::ceil(static_cast<double>(interval.count()) * policy.backoff))));
}

void sleep_within(Clock& clock, const Deadline& deadline, std::chrono::milliseconds interval) {
  const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline.at - clock.now());
  clock.sleep_for(std::clamp(interval, std::chrono::milliseconds(0), std::max(remaining, std::chrono::milliseconds(0))));
}

bool FaultBaseline::is_new(const openstack::Fault& fault) const {
  if (created_before && fault.created == *created_before) return false;
  if (!since_unix) return true;
  auto created = parse_timestamp(fault.created);
  // A fault without a readable time cannot be placed; its difference from the one seen
  // before is all we know, and that was checked above.
  return !created || *created >= *since_unix - kTimestampSlack;
}

TaskTracker::TaskTracker(Goal goal, FaultBaseline baseline, bool task_seen, int grace_polls)
    : goal_(goal), baseline_(std::move(baseline)), task_seen_(task_seen), grace_polls_(grace_polls) {}

Verdict TaskTracker::observe(const openstack::Server& server) {
  failure_.clear();
  if (is_goal_task(goal_, server.task_state)) {
    task_seen_ = true;
    // Whatever status says meanwhile: ERROR stays ERROR while rescuing (docs/design.md,
    // "Nova rescue: waiting").
    return Verdict::KeepWaiting;
  }
  // Another task (someone else's action) or a cell that cannot be reached right now:
  // decide once it settles, or time out naming it.
  if (server.task_state || server.status == "UNKNOWN") return Verdict::KeepWaiting;

  if (server.vm_state == "error") {
    if (server.fault && baseline_.is_new(*server.fault)) {
      failure_ = action_name(goal_) + " of " + describe(server) + " failed: the server went to ERROR: " +
                 server.fault->message;
      return Verdict::Failed;
    }
    std::string what = "the server is in ERROR and Nova recorded no new fault";
    if (server.fault)
      what += " (its last fault, from " + server.fault->created + ", predates this " + action_name(goal_) +
              ": " + server.fault->message + ")";
    return settled_elsewhere(server, what);
  }
  if (reached_goal(goal_, server)) return Verdict::Reached;
  return settled_elsewhere(server, "the server is back to " + describe_state(server) + " with no fault");
}

// The task is gone and the server is not where it should be. If we saw the task, the
// action ended there; if we never saw it, give Nova a few polls before concluding.
Verdict TaskTracker::settled_elsewhere(const openstack::Server& server, const std::string& what) {
  if (!task_seen_ && ++polls_without_task_ <= grace_polls_) return Verdict::KeepWaiting;
  failure_ = action_name(goal_) + " of " + describe(server) + " rolled back before reaching the hypervisor: " +
             what + ". Nova's instance actions show the failed step (openstack server event list " + server.id +
             ")";
  return Verdict::Failed;
}

openstack::Server wait_for(openstack::ComputeClient& compute, const openstack::Server& server, Goal goal,
                           const FaultBaseline& baseline, bool task_seen, const Deadline& deadline, Clock& clock,
                           const PollPolicy& policy) {
  TaskTracker tracker(goal, baseline, task_seen, policy.grace_polls);
  openstack::Server last = server;
  for (auto interval = policy.first;; interval = next_interval(policy, interval)) {
    sleep_within(clock, deadline, interval);
    try {
      last = compute.get_server(server.id);
    } catch (const openstack::NotFound&) {
      throw OperationFailed(describe(last) + " was deleted while waiting for it to reach " + goal_status(goal) + " (" +
                                action_name(goal) + ")",
                            server_details(last));
    }
    switch (tracker.observe(last)) {
      case Verdict::Reached:
        return last;
      case Verdict::Failed:
        throw OperationFailed(tracker.failure(), server_details(last));
      case Verdict::KeepWaiting:
        break;
    }
    if (clock.now() >= deadline.at) {
      std::ostringstream msg;
      msg << "timed out after " << deadline.total.count() << " s waiting for " << describe(last) << " to reach "
          << goal_status(goal) << " (" << action_name(goal) << "); last seen " << describe_state(last);
      throw OperationFailed(msg.str(), server_details(last));
    }
  }
}

}  // namespace stackrescue::ops
