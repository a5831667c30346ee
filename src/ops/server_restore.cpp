#include "ops/server_restore.hpp"

#include <algorithm>

#include "openstack/errors.hpp"
#include "ops/describe.hpp"
#include "ops/errors.hpp"
#include "ops/rescue_image_info.hpp"
#include "ops/snapshot.hpp"

namespace stackrescue::ops {
namespace {

// How far back the action log is read to tell whether the server's last disk-changing
// action was our rebuild (rescues and repairs come in twos and threes).
constexpr int kActionsRead = 20;

// A rescue hands the disk to the rescue system (a repair may have changed it); a rebuild
// recreates it from an image. The newest of these says whether the disk is still the one
// the rebuild made.
std::optional<openstack::InstanceAction> newest_disk_action(openstack::ComputeClient& compute,
                                                            const std::string& server_id) {
  for (const auto& action : compute.instance_actions(server_id, kActionsRead))
    if (action.action == "rebuild" || action.action == "rescue" || action.action == "unrescue") return action;
  return std::nullopt;
}

bool rebuilt_from(openstack::ComputeClient& compute, const openstack::Server& server, const openstack::Image& image) {
  if (server.image_id != image.id || server.task_state) return false;
  const auto newest = newest_disk_action(compute, server.id);
  return newest && newest->action == "rebuild" && !newest->message;
}

std::string names_of(const std::vector<openstack::Image>& images) {
  std::string out;
  for (const auto& image : images) out += (out.empty() ? "" : ", ") + describe(image) + " " + image.status;
  return out.empty() ? "none" : out;
}

// The snapshot asked for (by ID or exact name), or the newest active one, among the images
// server_rescue made of this server (ops/snapshot: the property, owned by its project). An
// image that is not such a snapshot is refused: rebuilding from the wrong image would wipe
// the server.
openstack::Image choose_snapshot(openstack::ImageClient& images, const openstack::Server& server,
                                 const std::optional<std::string>& wanted) {
  const auto all = snapshots_of(images, server);
  if (!wanted) {
    if (auto newest = newest_active(all)) return *newest;
    throw OperationFailed("no active snapshot of " + describe(server) + " to restore it from (images with " +
                              kSnapshotProperty + "=" + server.id + " in its project: " + names_of(all) +
                              "); server_rescue takes one with snapshot: true. Nothing was changed",
                          server_details(server));
  }
  for (const auto& image : all) {
    if (image.id != *wanted) continue;
    if (image.status == "active") return image;
    throw OperationFailed("the snapshot " + describe(image) + " of " + describe(server) + " is " + image.status +
                              ", not active: nothing to rebuild from. Nothing was changed",
                          server_details(server));
  }
  std::vector<openstack::Image> matches;
  std::copy_if(all.begin(), all.end(), std::back_inserter(matches),
               [&](const openstack::Image& image) { return image.name == *wanted && image.status == "active"; });
  if (matches.size() == 1) return matches.front();
  if (matches.empty())
    throw OperationFailed("'" + *wanted + "' is not an active snapshot of " + describe(server) + " (its snapshots, " +
                              "images with " + kSnapshotProperty + "=" + server.id + " in its project: " +
                              names_of(all) + "). Nothing was changed",
                          server_details(server));
  throw OperationFailed("several active snapshots of " + describe(server) + " are named '" + *wanted +
                            "': " + names_of(matches) + "; give the ID. Nothing was changed",
                        server_details(server));
}

// Nova rebuilds servers in vm_state active, stopped or error (compute/api.py rebuild);
// a rescued one is unrescued first.
void check_restorable(const openstack::Server& server) {
  if (server.volume_backed)
    throw OperationFailed("cannot restore " + describe(server) +
                              ": it is volume-backed. A rebuild recreates an image-backed server's disk from a "
                              "snapshot image; a volume-backed server's disk is its Cinder boot volume, which "
                              "Cinder reverts only when detached (and Nova cannot detach a boot volume). Nothing "
                              "was changed; its volume snapshots are in Cinder (docs/howto-repair.md)",
                          server_details(server));
  const auto& vm = server.vm_state;
  if (vm == "active" || vm == "stopped" || vm == "error" || vm == "rescued") return;
  throw OperationFailed("cannot restore " + describe(server) + " in " + describe_state(server) +
                            ": Nova rebuilds only servers in vm_state active, stopped or error (rescued ones are "
                            "unrescued first). Nothing was changed",
                        server_details(server));
}

std::string describe_actions(const std::vector<std::string>& actions) {
  std::string out;
  for (std::size_t i = 0; i < actions.size(); ++i)
    out += (i == 0 ? "" : i + 1 == actions.size() ? " and " : ", ") + actions[i];
  return out;
}

class Run {
 public:
  Run(openstack::ComputeClient& compute, openstack::ImageClient& images, const RestorePlan& plan, Clock& clock,
      const PollPolicy& policy)
      : compute_(compute), images_(images), plan_(plan), clock_(clock), policy_(policy),
        deadline_(Deadline::after(clock, plan.request.timeout)) {
    out_.server = plan.server;
    out_.snapshot = plan.snapshot;
    out_.before = state_of(plan.server);
    out_.before_image = plan.server.image_id;
  }

  RestoreOutcome execute() {
    if (plan_.pending_rebuild) {
      if (plan_.request.wait) out_.server = wait(false, FaultBaseline{std::nullopt, fault_created(out_.server)});
      return finish("a rebuild of " + describe(out_.server) + " from the snapshot " + describe(plan_.snapshot) +
                    " was already under way" + (plan_.request.wait ? "; waited for it" : "; not waiting"));
    }
    if (!plan_.changed())
      return finish(describe(out_.server) + " is already restored: rebuilt from the snapshot " +
                    describe(plan_.snapshot) + ", with no rescue since");
    if (plan_.unrescue) unrescue();
    if (plan_.rebuild) rebuild();
    const std::string done = "restored " + describe(out_.server) + " from the snapshot " +
                             describe(plan_.snapshot) + " (" + describe_actions(out_.actions) + ")";
    return finish(plan_.request.wait ? done : done + "; rebuild accepted by Nova, not waiting (wait: false)");
  }

 private:
  std::chrono::seconds time_left() const {
    return std::max(std::chrono::seconds(0),
                    std::chrono::duration_cast<std::chrono::seconds>(deadline_.at - clock_.now()));
  }

  // server_rescue's own unrescue: the console lock, 409s and lost answers handled there.
  void unrescue() {
    RescueRequest request;
    request.server = out_.server.id;
    request.state = Goal::Unrescued;
    request.timeout = time_left();
    request.lock_directory = plan_.request.lock_directory;
    const auto plan = plan_rescue(compute_, images_, request);
    const auto done = ops::carry_out(compute_, images_, plan, clock_, policy_);
    out_.warnings.insert(out_.warnings.end(), done.warnings.begin(), done.warnings.end());
    out_.server = done.server;
    if (done.changed) out_.actions.push_back("unrescue");
    out_.changed = out_.changed || done.changed;
  }

  // The rebuild, sent once: it wipes the disk, so a lost answer is resolved by reading the
  // server, never by sending it again.
  void rebuild() {
    const FaultBaseline baseline{clock_.unix_now(), fault_created(out_.server)};
    std::string request_id;
    try {
      request_id = compute_.rebuild(out_.server.id, plan_.snapshot.id);
    } catch (const openstack::Conflict& refusal) {
      const auto now = compute_.get_server(out_.server.id);
      throw OperationFailed("Nova refused to rebuild " + describe(now) + " from " + describe(plan_.snapshot) + ": " +
                                refusal.api_message() + " (now " + describe_state(now) + ")" + unrescued_note(),
                            server_details(now));
    } catch (const openstack::Unreachable& lost) {
      if (!lost.request_may_have_been_sent()) throw;
      return after_lost_answer(lost.what(), baseline);
    } catch (const openstack::ResponseError& garbled) {
      return after_lost_answer(garbled.what(), baseline);
    } catch (const openstack::ApiError& error) {
      if (error.status() < 500) throw;
      if (!error.request_id().empty() && !compute_.action_recorded(out_.server.id, error.request_id()))
        throw OperationFailed("Nova failed to rebuild " + describe(out_.server) + ": " + error.api_message() +
                                  " (no rebuild recorded)" + unrescued_note(),
                              server_details(out_.server));
      return after_lost_answer(error.what(), baseline);
    }
    out_.changed = true;
    out_.actions.push_back("rebuild");
    if (!plan_.request.wait) {
      out_.server = compute_.get_server(out_.server.id);
      return;
    }
    out_.server = wait(false, baseline);
    check_action_log(request_id);
  }

  void after_lost_answer(const std::string& lost, const FaultBaseline& baseline) {
    const auto now = compute_.get_server(out_.server.id);
    const bool under_way = is_goal_task(Goal::Rebuilt, now.task_state);
    if (!under_way && !rebuilt_from(compute_, now, plan_.snapshot))
      throw OperationFailed("the rebuild request for " + describe(now) + " got no answer (" + lost +
                                ") and the server shows no rebuild (" + describe_state(now) +
                                "); not sent again, to avoid wiping its disk twice" + unrescued_note(),
                            server_details(now));
    out_.warnings.push_back("the answer to the rebuild request was lost (" + lost +
                            "), but the server shows the rebuild; it was not sent again");
    out_.changed = true;
    out_.actions.push_back("rebuild");
    out_.server = under_way && plan_.request.wait ? wait(true, baseline) : now;
  }

  openstack::Server wait(bool task_seen, const FaultBaseline& baseline) {
    return wait_for(compute_, out_.server, Goal::Rebuilt, baseline, task_seen, deadline_, clock_, policy_);
  }

  // A rebuild that fails before the hypervisor (no host fits the image, say) can clear its
  // task and leave the server active with no fault: its action in Nova's log says Error.
  void check_action_log(const std::string& request_id) {
    if (request_id.empty()) return;
    for (const auto& action : compute_.instance_actions(out_.server.id, kActionsRead)) {
      if (action.request_id != request_id) continue;
      if (action.message)
        throw OperationFailed("the rebuild of " + describe(out_.server) + " from " + describe(plan_.snapshot) +
                                  " failed: Nova's action log says '" + *action.message +
                                  "' (openstack server event list " + out_.server.id + ")",
                              server_details(out_.server));
      return;
    }
  }

  std::string unrescued_note() const {
    return plan_.unrescue ? "; the server was unrescued before, not rebuilt" : "; nothing was changed";
  }

  RestoreOutcome finish(std::string message) {
    out_.after = out_.changed && !plan_.request.wait ? state_of(Goal::Rebuilt) : state_of(out_.server);
    out_.after_image = out_.changed ? plan_.snapshot.id : out_.server.image_id;
    out_.message = std::move(message);
    if (!out_.changed) out_.before = out_.after;
    return out_;
  }

  openstack::ComputeClient& compute_;
  openstack::ImageClient& images_;
  const RestorePlan& plan_;
  Clock& clock_;
  const PollPolicy& policy_;
  const Deadline deadline_;
  RestoreOutcome out_;
};

}  // namespace

RestorePlan plan_restore(openstack::ComputeClient& compute, openstack::ImageClient& images, RestoreRequest request) {
  if (request.timeout.count() < 0)
    throw OperationFailed("timeout must be 0 or more seconds, not " + std::to_string(request.timeout.count()));
  RestorePlan plan;
  plan.request = std::move(request);
  plan.server = compute.find_server(plan.request.server);
  const auto& server = plan.server;
  check_restorable(server);
  plan.snapshot = choose_snapshot(images, server, plan.request.snapshot);
  if (server.task_state) {
    if (is_goal_task(Goal::Rebuilt, server.task_state) && server.image_id == plan.snapshot.id) {
      plan.pending_rebuild = server.task_state;
      return plan;
    }
    throw OperationFailed(describe(server) + " has task '" + *server.task_state + "' in progress (" +
                              describe_state(server) + "); not restoring it until that finishes. Nothing was changed",
                          server_details(server));
  }
  plan.unrescue = server.vm_state == "rescued";
  plan.rebuild = !rebuilt_from(compute, server, plan.snapshot);
  return plan;
}

RestoreOutcome predict(const RestorePlan& plan) {
  RestoreOutcome out;
  out.server = plan.server;
  out.snapshot = plan.snapshot;
  out.changed = plan.changed();
  out.before = state_of(plan.server);
  out.before_image = plan.server.image_id;
  if (plan.unrescue) out.actions.push_back("unrescue");
  if (plan.rebuild) out.actions.push_back("rebuild");
  out.after = out.changed ? state_of(Goal::Rebuilt) : out.before;
  out.after_image = out.changed ? plan.snapshot.id : plan.server.image_id;
  out.message = out.changed ? "would " + describe_actions(out.actions) + " " + describe(plan.server) +
                                  " from the snapshot " + describe(plan.snapshot) + " (check mode)"
                : plan.pending_rebuild ? "a rebuild of " + describe(plan.server) + " from the snapshot " +
                                             describe(plan.snapshot) + " is under way (check mode)"
                                       : describe(plan.server) + " is already restored from the snapshot " +
                                             describe(plan.snapshot) + " (check mode)";
  return out;
}

RestoreOutcome carry_out(openstack::ComputeClient& compute, openstack::ImageClient& images, const RestorePlan& plan,
                         Clock& clock, const PollPolicy& policy) {
  return Run(compute, images, plan, clock, policy).execute();
}

nlohmann::json return_values(const RestoreOutcome& outcome) {
  return {{"server", openstack::to_json(outcome.server)},
          {"snapshot", snapshot_json(outcome.snapshot.id, outcome.snapshot.name)},
          {"actions", outcome.actions}};
}

nlohmann::json diff(const RestoreOutcome& outcome) {
  auto side = [](const ServerState& state, const std::string& image) {
    return nlohmann::json{{"status", state.status}, {"vm_state", state.vm_state}, {"image", image}};
  };
  const std::string header = "server " + (outcome.server.name.empty() ? outcome.server.id : outcome.server.name);
  return {{"before", side(outcome.before, outcome.before_image)},
          {"after", side(outcome.after, outcome.after_image)},
          {"before_header", header},
          {"after_header", header}};
}

}  // namespace stackrescue::ops
