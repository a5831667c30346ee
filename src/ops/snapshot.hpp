#pragma once
// server_rescue's `snapshot: true`: a backup of the server's disk before the rescue, as
// AWS's EC2Rescue and GCP's gce-rescue make one. Nova's createImage makes a Glance image of
// the server; we name it after the server and the UTC time, tie it to the server with the
// property stackrescue_snapshot_of=<server id>, and rescue only once it is active. A cloud
// operator restores the server from it with a rebuild (docs/howto-repair.md). A
// volume-backed server's volumes are snapshotted in Cinder instead (ops/volume_snapshot).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "openstack/compute.hpp"
#include "openstack/image.hpp"
#include "ops/wait.hpp"

namespace stackrescue::ops {

// The image property that says which server a snapshot was made of.
inline constexpr const char* kSnapshotProperty = "stackrescue_snapshot_of";

// "<server name>-rescue-20261130T123026Z" (the server's ID when it has no name).
std::string snapshot_name(const openstack::Server& server, double unix_time);

// The newest active snapshot of the server (by the property, owned by the server's own
// project: an image another project planted with the property is ignored), if any: what a
// re-run reports instead of taking another.
std::optional<openstack::Image> latest_snapshot(openstack::ImageClient& images, const openstack::Server& server);

// Every image of the server's own project that says it is a snapshot of the server.
std::vector<openstack::Image> snapshots_of(openstack::ImageClient& images, const openstack::Server& server);

// Where a snapshot is waited for: the module's one deadline, shared with the rescue.
struct SnapshotWait {
  const Deadline& deadline;
  Clock& clock;
  const PollPolicy& policy;
};

// Calls `done` every poll interval until it returns true (true) or the deadline passes (false).
bool poll_until(const SnapshotWait& wait, const std::function<bool()>& done);

// Asks Nova for the snapshot (once, never repeated: after a lost answer it looks for the
// image by name and property instead), waits until Glance shows it active and the server's
// snapshot task is done, and returns it. Throws OperationFailed, with nothing changed but
// as said, when the cloud refuses (policy, state, quota: the message is Nova's), when the
// image ends killed or deleted, or on timeout (the unfinished image is then deleted).
// Notices worth a warning are appended to `warnings`.
openstack::Image take_snapshot(openstack::ComputeClient& compute, openstack::ImageClient& images,
                               const openstack::Server& server, const std::string& name, const SnapshotWait& wait,
                               std::vector<std::string>& warnings);

// {id, name}: the module's `snapshot` return value (id null for a predicted one).
nlohmann::json snapshot_json(const std::optional<std::string>& id, const std::string& name);

}  // namespace stackrescue::ops
