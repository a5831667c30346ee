#pragma once
// Waiting for a rescue or unrescue to finish, the way Nova really reports it: on
// OS-EXT-STS:task_state, not on status alone (a rescue of an ERROR server shows ERROR the
// whole time), with Nova's fault message when the server goes to ERROR, and with the
// silent rollback (task cleared, nothing changed, no fault) detected as a failure.
#include <chrono>
#include <optional>
#include <string>

#include "common/clock.hpp"
#include "openstack/compute.hpp"

namespace stackrescue::ops {

// The state a wait (or the whole server_rescue run) drives the server to. Rebuilt: a
// rebuild (server_restore's) has finished.
enum class Goal { Rescued, Unrescued, Rebuilt };

// "rescue" / "unrescue" / "rebuild"; the task_state Nova shows meanwhile ("rescuing" /
// "unrescuing" / "rebuilding"); the status of the goal ("RESCUE" / "ACTIVE" / "ACTIVE").
std::string action_name(Goal goal);
std::string task_name(Goal goal);
std::string goal_status(Goal goal);
// Whether `task_state` is one Nova shows on the way to `goal`: a rebuild goes through
// rebuilding, rebuild_block_device_mapping and rebuild_spawning (nova/compute/task_states.py).
bool is_goal_task(Goal goal, const std::optional<std::string>& task_state);

// How often to poll GET /servers/{id}. Nova's rescue takes well under a second on a quiet
// cloud, so the interval starts short and backs off to `max`.
struct PollPolicy {
  std::chrono::milliseconds first{250};
  std::chrono::milliseconds max{2000};
  double backoff = 1.5;
  // Polls that may show the task already cleared (state unchanged) before we call it a
  // rollback, when we never saw the task ourselves.
  int grace_polls = 3;
};

// Which fault belongs to this action. An ERROR server carries the fault of an older
// failure; only a fault newer than our request (and different from the one seen before
// it) describes what just happened.
struct FaultBaseline {
  std::optional<double> since_unix;            // our request's time; nullopt = not ours
  std::optional<std::string> created_before;   // fault.created seen before the action
  bool is_new(const openstack::Fault& fault) const;
};

// The end of a wait, on the steady clock.
struct Deadline {
  Clock::time_point at;
  std::chrono::seconds total;
  static Deadline after(Clock& clock, std::chrono::seconds total) { return {clock.now() + total, total}; }
};

// The poll interval after `interval`: backed off, at most policy.max.
std::chrono::milliseconds next_interval(const PollPolicy& policy, std::chrono::milliseconds interval);
// Sleeps `interval`, but not past the deadline.
void sleep_within(Clock& clock, const Deadline& deadline, std::chrono::milliseconds interval);

enum class Verdict { KeepWaiting, Reached, Failed };

// Judges successive observations of one server during one wait. Keeps what it has seen
// (the task, polls without it) so that a rollback is told from a not-yet-visible task.
class TaskTracker {
 public:
  TaskTracker(Goal goal, FaultBaseline baseline, bool task_seen, int grace_polls = PollPolicy{}.grace_polls);
  Verdict observe(const openstack::Server& server);
  // Why the last observation failed (empty unless observe returned Failed).
  const std::string& failure() const { return failure_; }

 private:
  Verdict settled_elsewhere(const openstack::Server& server, const std::string& what);
  Goal goal_;
  FaultBaseline baseline_;
  bool task_seen_;
  int grace_polls_;
  int polls_without_task_ = 0;
  std::string failure_;
};

// Polls the server until it reaches `goal` and returns it as last read. Throws
// OperationFailed when it goes to ERROR (with Nova's fault message), rolls back, is
// deleted, or the deadline passes (naming the last status, vm_state and task_state).
openstack::Server wait_for(openstack::ComputeClient& compute, const openstack::Server& server, Goal goal,
                           const FaultBaseline& baseline, bool task_seen, const Deadline& deadline, Clock& clock,
                           const PollPolicy& policy = {});

// Seconds since the epoch of an ISO 8601 UTC timestamp as Nova prints it
// ("2024-05-01T10:11:12Z", "2024-05-01T10:11:12.123456", "...+00:00"); nullopt when unparsable.
std::optional<double> parse_timestamp(const std::string& text);

}  // namespace stackrescue::ops
