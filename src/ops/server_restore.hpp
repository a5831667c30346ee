#pragma once
// server_restore: put a server back as it was before a repair, from the snapshot
// server_rescue's `snapshot: true` took of it. For an image-backed server that is a rebuild
// from the snapshot image: Nova recreates the server's disk from it, and the server keeps
// its ID, name, flavor, addresses, metadata and key pair. A rescued server is unrescued
// first (Nova rebuilds only active, stopped and error servers).
//
// Like server_rescue: plan() reads and decides before anything is written (check mode
// reports exactly what a run would do); carry_out() sends each action once, never again
// after a lost answer (it re-reads the server instead), and waits on task_state.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "openstack/compute.hpp"
#include "openstack/image.hpp"
#include "ops/server_rescue.hpp"
#include "ops/wait.hpp"

namespace stackrescue::ops {

struct RestoreRequest {
  std::string server;                      // name or ID
  std::optional<std::string> snapshot;     // name or ID; nullopt: the server's newest snapshot
  bool wait = true;
  std::chrono::seconds timeout{1200};
  std::string lock_directory;              // the console lock's directory (see RescueRequest)
};

struct RestorePlan {
  RestoreRequest request;
  openstack::Server server;                // as read, before any write
  openstack::Image snapshot;               // active, a snapshot of this server
  bool unrescue = false;                   // the server is rescued: unrescue it first
  bool rebuild = false;                    // false: already rebuilt from the snapshot
  std::optional<std::string> pending_rebuild;  // a rebuild to the snapshot already under way

  bool changed() const { return unrescue || rebuild; }
};

struct RestoreOutcome {
  bool changed = false;
  openstack::Server server;                // as last read
  openstack::Image snapshot;
  std::vector<std::string> actions;        // what was (or would be) asked of Nova, in order
  ServerState before;
  ServerState after;
  std::string before_image;                // the server's image ID before and after
  std::string after_image;
  std::string message;
  std::vector<std::string> warnings;
};

// Reads the server and its snapshot and decides. Throws OperationFailed, nothing changed,
// for a volume-backed server (no snapshot image to rebuild from), no (or no such) active
// snapshot of this server, or a task in progress.
RestorePlan plan_restore(openstack::ComputeClient& compute, openstack::ImageClient& images, RestoreRequest request);

// Check mode: what carry_out would do.
RestoreOutcome predict(const RestorePlan& plan);

RestoreOutcome carry_out(openstack::ComputeClient& compute, openstack::ImageClient& images, const RestorePlan& plan,
                         Clock& clock = system_clock(), const PollPolicy& policy = {});

// The module's return values (server, snapshot, actions) and its diff.
nlohmann::json return_values(const RestoreOutcome& outcome);
nlohmann::json diff(const RestoreOutcome& outcome);

}  // namespace stackrescue::ops
