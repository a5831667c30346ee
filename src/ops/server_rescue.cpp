#include "ops/server_rescue.hpp"

#include <algorithm>

#include "console/errors.hpp"
#include "console/lock.hpp"
#include "openstack/errors.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/rescue_image_info.hpp"
#include "ops/server_console.hpp"
#include "ops/snapshot.hpp"

namespace stackrescue::ops {
namespace {

// Rescue at 2.87 when the cloud has it: the first version that can rescue volume-backed
// servers. Image-backed servers rescue the same way at any version.
constexpr const char* kRescueMicroversion = "2.87";

Goal opposite(Goal goal) { return goal == Goal::Rescued ? Goal::Unrescued : Goal::Rescued; }

// The server is where `goal` wants it. Nova always unrescues to active, but a server that
// is merely not rescued (stopped, error, ...) is just as "unrescued" for our purpose.
bool reached(Goal goal, const openstack::Server& server) {
  return goal == Goal::Rescued ? server.vm_state == "rescued" : server.vm_state != "rescued";
}

void check_options(const RescueRequest& request) {
  if (request.timeout.count() < 0)
    throw OperationFailed("timeout must be 0 or more seconds, not " + std::to_string(request.timeout.count()));
  if (request.snapshot && request.state != Goal::Rescued)
    throw OperationFailed("snapshot: true goes with state: rescued (the snapshot is taken before the rescue); an "
                          "unrescue takes none");
  if (!request.use_base_image) return;
  if (request.image)
    throw OperationFailed("use_base_image and image are mutually exclusive: rescue either with the server's own "
                          "image or with `image`");
  if (request.image_tag_given)
    throw OperationFailed("use_base_image and image_tag are mutually exclusive: rescue either with the server's own "
                          "image or with the newest image tagged `image_tag`");
}

// Nova accepts a rescue of active, stopped and error servers only (check_instance_state).
void check_rescuable(const openstack::Server& server) {
  const auto& vm = server.vm_state;
  if (vm == "active" || vm == "stopped" || vm == "error") return;
  throw OperationFailed("cannot rescue " + describe(server) + " in " + describe_state(server) +
                            ": Nova rescues only servers in vm_state active, stopped or error",
                        server_details(server));
}

void prepare_rescue(RescuePlan& plan, openstack::ComputeClient& compute, openstack::ImageClient& images) {
  const auto microversions = compute.microversions();
  // Else the highest the cloud has (image-backed servers need nothing newer than 2.1).
  plan.microversion = microversions.supports(kRescueMicroversion) ? kRescueMicroversion
                      : microversions.max.empty()                 ? "2.1"
                                                                  : microversions.max;
  if (plan.request.use_base_image) {
    check_base_image_rescue(plan.server);
    return;
  }
  auto image = choose_rescue_image(images, plan.request.image, plan.request.image_tag);
  check_rescue_image(image, plan.server, microversions);
  plan.rescue_image = std::move(image);
}

// snapshot: true. A rescue to do gets a new snapshot, named now (for a volume-backed server,
// one per attached volume); otherwise (already rescued, or a rescue in progress) the newest
// one (set) from an earlier run is reported.
void plan_snapshot(RescuePlan& plan, openstack::ImageClient& images, openstack::VolumeClient* volumes,
                   const Clock& clock) {
  const auto& server = plan.server;
  if (server.volume_backed && !volumes)
    throw OperationFailed("cannot snapshot " + describe(server) + ": it is volume-backed, and this operation has no "
                              "block storage client to snapshot its volumes with. Nothing was changed",
                          server_details(server));
  if (plan.action == Goal::Rescued) {
    plan.snapshot_name = snapshot_name(server, clock.unix_now());
    if (server.volume_backed) plan.volume_snapshots = plan_volume_snapshots(*volumes, server, plan.snapshot_name);
  } else if (server.volume_backed) {
    std::string set_name;
    auto earlier = latest_volume_snapshots(*volumes, server, set_name);
    if (!earlier.empty()) plan.earlier_snapshot = SnapshotRef{std::nullopt, set_name, true, std::move(earlier)};
  } else if (auto earlier = latest_snapshot(images, server)) {
    plan.earlier_snapshot = SnapshotRef{earlier->id, earlier->name, false, {}};
  }
}

// "snapshot 'n' (id)", or "the Cinder snapshots 'n-vda' (id), 'n-vdb' (id)".
std::string describe_snapshot(const SnapshotRef& snapshot) {
  const auto with_id = [](const std::string& name, const std::optional<std::string>& id) {
    return "'" + name + "'" + (id ? " (" + *id + ")" : "");
  };
  if (!snapshot.volume_backed) return "snapshot " + with_id(snapshot.name, snapshot.id);
  std::string names;
  for (const auto& v : snapshot.volumes) names += (names.empty() ? "" : ", ") + with_id(v.name, v.snapshot_id);
  return "the Cinder snapshot" + std::string(snapshot.volumes.size() == 1 ? " " : "s ") + names;
}

std::string snapshot_phrase(const std::optional<SnapshotRef>& snapshot) {
  return snapshot ? "after " + describe_snapshot(*snapshot) + ", " : "";
}

nlohmann::json snapshot_value(const SnapshotRef& snapshot) {
  auto value = snapshot_json(snapshot.id, snapshot.name);
  if (snapshot.volume_backed) value["volumes"] = volume_snapshots_json(snapshot.volumes);
  return value;
}

std::string done_message(Goal goal, const openstack::Server& server, const std::optional<openstack::Image>& image,
                         const std::optional<SnapshotRef>& snapshot) {
  if (goal == Goal::Unrescued) return "unrescued " + describe(server);
  return snapshot_phrase(snapshot) + "rescued " + describe(server) + " with " +
         (image ? describe(*image) : std::string("its own image"));
}

// One execution of a plan.
class Run {
 public:
  Run(openstack::ComputeClient& compute, openstack::ImageClient& images, openstack::VolumeClient* volumes,
      const RescuePlan& plan, Clock& clock, const PollPolicy& policy)
      : compute_(compute), images_(images), volumes_(volumes), plan_(plan), request_(plan.request), clock_(clock), policy_(policy),
        deadline_(Deadline::after(clock, request_.timeout)) {}

  RescueOutcome execute() {
    out_.before = state_of(plan_.server);
    out_.server = plan_.server;
    out_.snapshot_asked = request_.snapshot;
    out_.snapshot = plan_.earlier_snapshot;
    if (request_.snapshot && !plan_.takes_snapshot())
      out_.warnings.push_back(plan_.earlier_snapshot
                                  ? "no rescue to do, so no new snapshot: reporting the newest earlier one"
                                  : "no rescue to do, so no snapshot was taken, and no active snapshot of this "
                                    "server from an earlier run exists");
    if (plan_.pending) {
      if (!plan_.action && !request_.wait) return unchanged(action_name(*plan_.pending) + " of " +
                                                            describe(out_.server) +
                                                            " already in progress; not waiting (wait: false)");
      out_.server = wait_for(compute_, out_.server, *plan_.pending, FaultBaseline{std::nullopt, fault_created(out_.server)},
                             true, deadline_, clock_, policy_);
      if (!plan_.action) return unchanged("waited for the " + action_name(*plan_.pending) + " of " +
                                          describe(out_.server) + " already in progress");
      out_.before = state_of(out_.server);  // where our own action starts from
    }
    if (!plan_.action) return unchanged(describe(out_.server) + " is already " +
                                        (request_.state == Goal::Rescued ? "rescued" : "not rescued"));
    return act(*plan_.action);
  }

 private:
  RescueOutcome act(Goal goal) {
    if (!plan_.takes_snapshot()) return send(goal);
    out_.snapshot = take();
    out_.snapshot_taken = out_.changed = true;
    try {
      return send(goal);
    } catch (const Error& error) {
      // The rescue failed, the snapshot stands: say so, and return it with the failure.
      auto details = error.details();
      details["snapshot"] = snapshot_value(*out_.snapshot);
      throw OperationFailed(std::string(error.what()) + " (" + describe_snapshot(*out_.snapshot) + " taken before " +
                                (out_.snapshot->volumes.size() > 1 ? "are" : "is") + " kept)",
                            details);
    }
  }

  SnapshotRef take() {
    const SnapshotWait wait{deadline_, clock_, policy_};
    if (out_.server.volume_backed && !volumes_)
      throw OperationFailed("a plan with volume snapshots was carried out without a block storage client; "
                            "nothing was changed",
                            server_details(out_.server));
    if (out_.server.volume_backed)
      return SnapshotRef{std::nullopt, plan_.snapshot_name, true,
                         take_volume_snapshots(*volumes_, out_.server, plan_.volume_snapshots, plan_.snapshot_name,
                                               wait, out_.warnings)};
    const auto image = take_snapshot(compute_, images_, out_.server, plan_.snapshot_name, wait, out_.warnings);
    return SnapshotRef{image.id, image.name, false, {}};
  }

  // An unrescue under a running rescue_command would swap the rescue system for the server's
  // own under its typing (or leave a queued command facing the server's login prompt): wait
  // for the console lock rescue_command holds, within the timeout, and keep it until done.
  FileLock hold_console() {
    const auto left = std::max(std::chrono::milliseconds(0),
                               std::chrono::duration_cast<std::chrono::milliseconds>(deadline_.at - clock_.now()));
    const auto dir = console_lock_directory(request_.lock_directory);
    try {
      auto lock = console::try_lock_console(out_.server.id, left, dir);
      if (lock.held()) return lock;
    } catch (const console::ConsoleError& unusable) {
      // rescue_command cannot run without this directory either, so none of ours is typing.
      out_.warnings.push_back(std::string(unusable.what()) + "; unrescuing without the console lock");
      return FileLock();
    }
    throw OperationFailed("another run is typing into the console of " + describe(out_.server) +
                              " (console lock held); not unrescuing under it (waited " +
                              std::to_string(left.count() / 1000) + " s for " +
                              console::console_lock_path(out_.server.id, dir) + ")",
                          server_details(out_.server));
  }

  // Sends the action once and settles it.
  RescueOutcome send(Goal goal) {
    const FileLock console_lock = goal == Goal::Unrescued ? hold_console() : FileLock();
    const FaultBaseline baseline{clock_.unix_now(), fault_created(out_.server)};
    try {
      if (goal == Goal::Rescued) {
        std::optional<std::string> image_ref;
        if (plan_.rescue_image) image_ref = plan_.rescue_image->id;
        auto accepted = compute_.rescue(out_.server.id, image_ref, request_.admin_password, plan_.microversion);
        if (!request_.admin_password) out_.admin_password = accepted.admin_password;
        out_.rescue_image = plan_.rescue_image;
      } else {
        compute_.unrescue(out_.server.id);
      }
    } catch (const openstack::Conflict& refusal) {
      return after_refusal(goal, refusal.api_message());
    } catch (const openstack::Unreachable& lost) {
      // Never POST again: re-read the server (docs/design.md, "Nova rescue: the request").
      if (!lost.request_may_have_been_sent()) throw;
      return after_lost_answer(goal, lost.what(), baseline);
    } catch (const openstack::ResponseError& garbled) {
      // A 2xx whose body is not what Nova sends (a proxy's page): Nova may well have acted.
      return after_lost_answer(goal, garbled.what(), baseline);
    } catch (const openstack::ApiError& error) {
      if (error.status() < 500) throw;
      // Nova answers the loser of two simultaneous rescues with a 500
      // (UnexpectedTaskStateError) before recording any action. When Nova itself answered
      // (its request id is there), its action log tells whether our request did anything.
      if (!error.request_id().empty() && !compute_.action_recorded(out_.server.id, error.request_id())) {
        return after_refusal(goal, error.api_message());
      }
      // A gateway's 5xx, or Nova failing after it recorded our action: the outcome is
      // unknown, so look at the server.
      return after_lost_answer(goal, error.what(), baseline);
    }
    out_.changed = true;
    out_.server = settle(goal, out_.server, baseline, false);
    return finish(request_.wait ? done_message(goal, out_.server, out_.rescue_image, out_.snapshot)
                                : action_name(goal) + " of " + describe(out_.server) +
                                      " accepted by Nova; not waiting (wait: false)");
  }

  // Nova said 409: someone else acted meanwhile, a task is running, or the server is
  // locked. Re-read and report the truth.
  RescueOutcome after_refusal(Goal goal, const std::string& refusal) {
    auto now = compute_.get_server(out_.server.id);
    if (!now.task_state && reached(goal, now)) {
      out_.server = now;
      return unchanged(describe(now) + " is already " + (goal == Goal::Rescued ? "rescued" : "not rescued") +
                       " (changed by someone else meanwhile)");
    }
    if (now.task_state == task_name(goal)) {
      out_.server = settle(goal, now, FaultBaseline{std::nullopt, fault_created(now)}, true);
      return unchanged(action_name(goal) + " of " + describe(now) + " started by someone else meanwhile" +
                       (request_.wait ? "; waited for it" : "; not waiting (wait: false)"));
    }
    throw OperationFailed("Nova refused to " + action_name(goal) + " " + describe(now) + ": " +
                              refusal + " (now " + describe_state(now) + ")",
                          server_details(now));
  }

  // The request went out but no usable answer came back (lost, or a 5xx). Never send it
  // again (a second rescue could pick another image or password): look at the server.
  RescueOutcome after_lost_answer(Goal goal, const std::string& lost, const FaultBaseline& baseline) {
    auto now = compute_.get_server(out_.server.id);
    bool started = now.task_state == task_name(goal) || (!now.task_state && reached(goal, now));
    if (!started)
      throw OperationFailed("the " + action_name(goal) + " request for " + describe(now) + " got no answer (" +
                                lost + ") and the server shows no " + action_name(goal) + " (" +
                                describe_state(now) + "); not sent again, to avoid acting twice",
                            server_details(now));
    out_.warnings.push_back("the answer to the " + action_name(goal) + " request was lost (" + lost +
                            "), but the server shows it under way; it was not sent again" +
                            (goal == Goal::Rescued && !request_.admin_password
                                 ? ". The rescue password Nova generated is unknown: pass admin_password to choose one"
                                 : ""));
    if (goal == Goal::Rescued) out_.rescue_image = plan_.rescue_image;
    out_.changed = true;
    out_.server = now.task_state ? settle(goal, now, baseline, true) : now;
    return finish(done_message(goal, out_.server, out_.rescue_image, out_.snapshot));
  }

  // With wait: the server once `goal` is reached; without: as Nova shows it right now.
  openstack::Server settle(Goal goal, const openstack::Server& server, const FaultBaseline& baseline, bool task_seen) {
    if (!request_.wait) return compute_.get_server(server.id);
    return wait_for(compute_, server, goal, baseline, task_seen, deadline_, clock_, policy_);
  }

  RescueOutcome unchanged(std::string message) {
    out_.changed = false;
    out_.before = state_of(out_.server);  // an unchanged run shows before == after: now
    return finish(std::move(message));
  }

  RescueOutcome finish(std::string message) {
    // Without waiting, the server is still on its way: show where Nova takes it.
    out_.after = out_.changed && !request_.wait ? state_of(request_.state) : state_of(out_.server);
    out_.message = std::move(message);
    return out_;
  }

  openstack::ComputeClient& compute_;
  openstack::ImageClient& images_;
  openstack::VolumeClient* volumes_;   // set whenever the plan has volume snapshots
  const RescuePlan& plan_;
  const RescueRequest& request_;
  Clock& clock_;
  const PollPolicy& policy_;
  const Deadline deadline_;
  RescueOutcome out_;
};

}  // namespace

ServerState state_of(const openstack::Server& server) { return {server.status, server.vm_state}; }
ServerState state_of(Goal goal) {
  return goal == Goal::Rescued ? ServerState{"RESCUE", "rescued"} : ServerState{"ACTIVE", "active"};
}

namespace {

RescuePlan make_plan(openstack::ComputeClient& compute, openstack::ImageClient& images,
                     openstack::VolumeClient* volumes, RescueRequest request, const Clock& clock) {
  check_options(request);
  RescuePlan plan;
  plan.request = std::move(request);
  plan.server = compute.find_server(plan.request.server);
  const Goal goal = plan.request.state;
  const auto& server = plan.server;

  if (server.task_state == task_name(goal)) {
    plan.pending = goal;  // already on its way: wait for it, change nothing
  } else if (server.task_state == task_name(opposite(goal))) {
    plan.pending = opposite(goal);  // going the other way: let it finish, then act
    plan.action = goal;
  } else if (reached(goal, server)) {
    // nothing to do
  } else if (server.task_state) {
    throw OperationFailed(describe(server) + " has task '" + *server.task_state + "' in progress (" +
                              describe_state(server) + "); Nova cannot " + action_name(goal) +
                              " it until that finishes",
                          server_details(server));
  } else {
    if (goal == Goal::Rescued) check_rescuable(server);
    plan.action = goal;
  }
  if (plan.request.snapshot) plan_snapshot(plan, images, volumes, clock);
  if (plan.action == Goal::Rescued) prepare_rescue(plan, compute, images);
  return plan;
}

}  // namespace

RescuePlan plan_rescue(openstack::ComputeClient& compute, openstack::ImageClient& images,
                       openstack::VolumeClient& volumes, RescueRequest request, const Clock& clock) {
  return make_plan(compute, images, &volumes, std::move(request), clock);
}

RescuePlan plan_rescue(openstack::ComputeClient& compute, openstack::ImageClient& images, RescueRequest request,
                       const Clock& clock) {
  return make_plan(compute, images, nullptr, std::move(request), clock);
}

RescueOutcome predict(const RescuePlan& plan) {
  RescueOutcome out;
  out.server = plan.server;
  out.changed = plan.changed();
  out.snapshot_asked = plan.request.snapshot;
  out.snapshot_taken = plan.takes_snapshot();
  out.snapshot = plan.takes_snapshot() ? std::optional<SnapshotRef>(SnapshotRef{
                                             std::nullopt, plan.snapshot_name, plan.server.volume_backed,
                                             plan.volume_snapshots})
                                       : plan.earlier_snapshot;
  const Goal goal = plan.request.state;
  if (out.changed) {
    out.before = plan.pending ? state_of(*plan.pending) : state_of(plan.server);
    out.after = state_of(goal);
    out.rescue_image = plan.rescue_image;
    out.message = std::string(!plan.takes_snapshot()         ? "would "
                              : plan.volume_snapshots.empty() ? "would snapshot the server as '" + plan.snapshot_name + "', then "
                                                              : "would take " + describe_snapshot(*out.snapshot) + ", then ") +
                  action_name(goal) + " " + describe(plan.server) +
                  (goal == Goal::Rescued ? " with " + (plan.rescue_image ? describe(*plan.rescue_image)
                                                                         : std::string("its own image"))
                                         : std::string()) +
                  " (check mode)";
  } else {
    // In progress towards the goal, or already there: the run would end there, unchanged.
    out.before = out.after = plan.pending && plan.request.wait ? state_of(goal) : state_of(plan.server);
    out.message = plan.pending ? action_name(goal) + " of " + describe(plan.server) + " already in progress (check mode)"
                               : describe(plan.server) + " is already " +
                                     (goal == Goal::Rescued ? "rescued" : "not rescued") + " (check mode)";
  }
  return out;
}

RescueOutcome carry_out(openstack::ComputeClient& compute, openstack::ImageClient& images,
                        openstack::VolumeClient& volumes, const RescuePlan& plan, Clock& clock,
                        const PollPolicy& policy) {
  return Run(compute, images, &volumes, plan, clock, policy).execute();
}

RescueOutcome carry_out(openstack::ComputeClient& compute, openstack::ImageClient& images, const RescuePlan& plan,
                        Clock& clock, const PollPolicy& policy) {
  return Run(compute, images, nullptr, plan, clock, policy).execute();
}

nlohmann::json return_values(const RescueOutcome& outcome) {
  nlohmann::json values = {{"server", openstack::to_json(outcome.server)}};
  if (outcome.rescue_image)
    values["rescue_image"] = {{"id", outcome.rescue_image->id}, {"name", outcome.rescue_image->name}};
  if (outcome.admin_password) values["admin_password"] = *outcome.admin_password;
  if (outcome.snapshot_asked)
    values["snapshot"] = outcome.snapshot ? snapshot_value(*outcome.snapshot) : nlohmann::json(nullptr);
  return values;
}

nlohmann::json diff(const RescueOutcome& outcome) {
  auto side = [](const ServerState& s) { return nlohmann::json{{"status", s.status}, {"vm_state", s.vm_state}}; };
  const std::string header = "server " + (outcome.server.name.empty() ? outcome.server.id : outcome.server.name);
  auto after = side(outcome.after);
  // A snapshot made by this run (or that check mode predicts) is part of the change.
  if (outcome.snapshot_taken && outcome.snapshot) after["snapshot"] = outcome.snapshot->name;
  return {{"before", side(outcome.before)},
          {"after", after},
          {"before_header", header},
          {"after_header", header}};
}

}  // namespace stackrescue::ops
