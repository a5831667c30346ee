#pragma once
// Cinder v3 (block storage): volumes and their snapshots, plus the server's volume
// attachments as Nova lists them (Cinder cannot list volumes by server).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/session.hpp"

namespace stackrescue::openstack {

// The volume microversion every request sends (OpenStack-API-Version: volume 3.40), chosen
// for what it allows on every Cinder since Pike (cinder api/openstack/api_version_request.py):
// the snapshot list's `metadata` filter (3.22) and the revert to a snapshot (3.40) a restore
// needs. Not 3.66 ("snapshot in-use volumes without force"): it would shut out the clouds
// before Xena for nothing, because below 3.66 an in-use volume needs `force: true` and from
// 3.66 a true `force` is still accepted ("silently ignored"; only `force: false` is refused,
// cinder api/v3/snapshots.py, create). So snapshots are created with `force: true`.
inline constexpr const char* kVolumeMicroversion = "3.40";

// A volume attached to a server, as Nova's os-volume_attachments shows it.
struct ServerVolume {
  std::string volume_id;
  std::string device;          // "/dev/vdb"; may be empty
};

struct VolumeAttachment {
  std::string server_id;
  std::string device;
};

struct Volume {
  std::string id;
  std::string name;
  std::string status;          // available, in-use, creating, reverting, error, ...
  int size = 0;                // GB
  bool bootable = false;       // Cinder's "bootable": "true" (made from an image, or marked)
  std::vector<VolumeAttachment> attachments;
};

struct VolumeSnapshot {
  std::string id;
  std::string name;
  std::string status;          // creating, available, error, deleting, restoring, ...
  std::string volume_id;
  int size = 0;                // GB: the volume's size when the snapshot was taken
  std::string created_at;
  std::map<std::string, std::string> metadata;
};

class VolumeClient {
 public:
  explicit VolumeClient(Session& session) : session_(session) {}

  // Nova: GET /servers/{id}/os-volume_attachments (every volume attached to the server,
  // the boot volume of a volume-backed server included), in Nova's order.
  std::vector<ServerVolume> server_volumes(const std::string& server_id);

  // Cinder's endpoint from the catalog. Throws ConfigError when the cloud lists none.
  std::string endpoint() { return session_.endpoint(Service::Volume); }

  // GET /volumes/{id}. Throws NotFound.
  Volume get_volume(const std::string& id);

  // POST /snapshots of the volume (in use or not: `force: true`, see kVolumeMicroversion)
  // with `name` and `metadata`. Returns it as Cinder accepted it (status creating). Never
  // retried: a second POST after a lost answer would make a second snapshot.
  VolumeSnapshot create_snapshot(const std::string& volume_id, const std::string& name,
                                 const std::map<std::string, std::string>& metadata);

  // GET /snapshots/{id}. Throws NotFound.
  VolumeSnapshot get_snapshot(const std::string& id);

  // Every snapshot visible to the token's project whose metadata `key` is exactly `value`
  // (Cinder filters; checked again here), whatever its status, newest first, all pages.
  std::vector<VolumeSnapshot> snapshots_by_metadata(const std::string& key, const std::string& value);

  // Every snapshot of the volume visible to the project, newest first, all pages.
  std::vector<VolumeSnapshot> snapshots_of_volume(const std::string& volume_id);

  // DELETE /snapshots/{id}. One already gone counts as deleted.
  void delete_snapshot(const std::string& id);

 private:
  std::vector<VolumeSnapshot> list_snapshots(const std::vector<std::pair<std::string, std::string>>& filters);

  Session& session_;
};

Volume parse_volume(const nlohmann::json& volume);
VolumeSnapshot parse_volume_snapshot(const nlohmann::json& snapshot);

}  // namespace stackrescue::openstack
