#pragma once
// server_rescue's `snapshot: true` for a volume-backed server. Nova's createImage would
// snapshot its volumes in Cinder behind an image of block device mappings that no rebuild
// can restore a disk from, so the volumes are snapshotted in Cinder directly: one snapshot
// of each volume attached to the server, named after the run (snapshot_name) and the
// volume's device, with the metadata stackrescue_snapshot_of=<server id> (kSnapshotProperty)
// and stackrescue_snapshot_set=<the run's name>, which ties one run's snapshots together.
// And the rules under which a restore may put the volumes back (volume_restore_refusal).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"
#include "openstack/volume.hpp"
#include "ops/snapshot.hpp"

namespace stackrescue::ops {

// The snapshot metadata key that groups one run's volume snapshots (value: the run's name).
inline constexpr const char* kSnapshotSetProperty = "stackrescue_snapshot_set";

// One volume's snapshot, made (or, in check mode, to be made) before the rescue.
struct VolumeSnapshotRef {
  std::string volume_id;
  std::optional<std::string> snapshot_id;   // nullopt: predicted in check mode
  std::string name;
  std::string device;                       // as Nova shows the attachment ("/dev/vda"); may be empty
  // The server's boot volume: the attachment at the lowest disk (vda before vdb; see
  // boot_device()). A member cannot read Nova's root_device_name (admin-only extended
  // attributes), and Nova names the root disk first.
  bool boot = false;
};

// "<run name>-<device name>" ("db-1-rescue-20261207T074500Z-vda"), the run name cut so that the
// whole fits Cinder's 255 characters; the volume's ID stands in for a missing device.
std::string volume_snapshot_name(const std::string& run_name, const openstack::ServerVolume& volume);

// What the server's volumes would be snapshotted as (snapshot IDs unset), boot volume marked.
std::vector<VolumeSnapshotRef> plan_volume_snapshots(openstack::VolumeClient& volumes,
                                                     const openstack::Server& server, const std::string& run_name);

// The newest complete earlier set of the server (every snapshot `available`, of volumes
// still attached to it), by its set name; empty when none: what a re-run reports.
std::vector<VolumeSnapshotRef> latest_volume_snapshots(openstack::VolumeClient& volumes,
                                                       const openstack::Server& server, std::string& set_name);

// Creates the planned snapshots (each POST sent once: after a lost answer the snapshot is
// looked for by name and metadata instead), waits until every one is `available`, and
// returns them with their IDs. On a refusal, an `error` status or the deadline, deletes
// every snapshot this run made (Cinder deletes only available or error ones: one still
// creating is named for a person to delete) and throws OperationFailed saying which.
std::vector<VolumeSnapshotRef> take_volume_snapshots(openstack::VolumeClient& volumes,
                                                     const openstack::Server& server,
                                                     std::vector<VolumeSnapshotRef> planned, const std::string& run_name,
                                                     const SnapshotWait& wait, std::vector<std::string>& warnings);

// [{volume_id, snapshot_id, name, device, boot}], the `volumes` of the module's `snapshot`.
nlohmann::json volume_snapshots_json(const std::vector<VolumeSnapshotRef>& snapshots);

// What a restore must know of one volume and its snapshot, read just before it decides.
struct VolumeRestoreFacts {
  VolumeSnapshotRef ref;
  std::optional<openstack::Volume> volume;            // nullopt: the volume is gone
  std::optional<openstack::VolumeSnapshot> snapshot;  // nullopt: the snapshot is gone
  std::optional<std::string> latest_snapshot_id;      // the volume's newest snapshot now
};

// Whether Cinder can put every volume of `server` back to its snapshot, and if not, why
// (one sentence per volume refused), decided before anything changes. Cinder's revert
// (POST /volumes/{id}/action revert, 3.40; cinder api/v3/volumes.py revert and
// volume/api.py revert_to_snapshot) takes only the volume's latest snapshot, of the
// volume's current size, both `available`: the volume must be detached. Nova refuses to
// detach a root volume ("Cannot detach a root device volume", nova
// api/openstack/compute/volumes.py delete), and no API swaps a server's root volume for a
// new one made from the snapshot, so a volume-backed server's boot volume is refused: it can
// be restored only by a person (a new server from a volume made of the snapshot). A data
// volume attached to this server alone is restorable: the restore detaches it, reverts it
// and attaches it again.
std::optional<std::string> volume_restore_refusal(const openstack::Server& server,
                                                  const std::vector<VolumeRestoreFacts>& facts);

// The same, reading the facts from Cinder first (and the boot volume from Nova's attachments,
// whatever the refs say).
std::optional<std::string> volume_restore_refusal(openstack::VolumeClient& volumes, const openstack::Server& server,
                                                  const std::vector<VolumeSnapshotRef>& snapshots);

}  // namespace stackrescue::ops
