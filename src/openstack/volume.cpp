#include "openstack/volume.hpp"

#include "openstack/errors.hpp"
#include "openstack/json_fields.hpp"
#include "openstack/url.hpp"

namespace stackrescue::openstack {
namespace {

using nlohmann::json;

constexpr int kPageSize = 100;

int int_at(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// The object under `key` of an answer, or ResponseError naming the request.
const json& member_of(const ApiResponse& response, const char* key, const std::string& what) {
  if (!response.body.is_object() || !response.body.contains(key) || !response.body[key].is_object())
    throw ResponseError(what + " answered without a " + key + " object");
  return response.body[key];
}

ApiRequest volume_request(std::string method, std::string path) {
  ApiRequest api;
  api.method = std::move(method);
  api.path = std::move(path);
  api.microversion = kVolumeMicroversion;
  return api;
}

}  // namespace

Volume parse_volume(const json& v) {
  if (!v.is_object() || string_at(v, "id").empty()) throw ResponseError("a volume in Cinder's answer has no id");
  Volume volume;
  volume.id = string_at(v, "id");
  volume.name = string_at(v, "name");
  volume.status = string_at(v, "status");
  volume.size = int_at(v, "size");
  // Cinder shows "bootable" as the string "true"/"false".
  volume.bootable = string_at(v, "bootable") == "true";
  if (auto it = v.find("attachments"); it != v.end() && it->is_array()) {
    for (const auto& a : *it) volume.attachments.push_back({string_at(a, "server_id"), string_at(a, "device")});
  }
  return volume;
}

VolumeSnapshot parse_volume_snapshot(const json& s) {
  if (!s.is_object() || string_at(s, "id").empty()) throw ResponseError("a snapshot in Cinder's answer has no id");
  VolumeSnapshot snapshot;
  snapshot.id = string_at(s, "id");
  snapshot.name = string_at(s, "name");
  snapshot.status = string_at(s, "status");
  snapshot.volume_id = string_at(s, "volume_id");
  snapshot.size = int_at(s, "size");
  snapshot.created_at = string_at(s, "created_at");
  if (auto it = s.find("metadata"); it != s.end() && it->is_object()) {
    for (const auto& [key, value] : it->items()) {
      if (value.is_string()) snapshot.metadata[key] = value.get<std::string>();
    }
  }
  return snapshot;
}

std::vector<ServerVolume> VolumeClient::server_volumes(const std::string& server_id) {
  ApiRequest api;
  api.path = "/servers/" + percent_encode(server_id) + "/os-volume_attachments";
  const ApiResponse response = session_.request(Service::Compute, api);
  if (!response.body.is_object() || !response.body.contains("volumeAttachments") ||
      !response.body["volumeAttachments"].is_array())
    throw ResponseError("GET os-volume_attachments answered without a volumeAttachments list");
  std::vector<ServerVolume> volumes;
  for (const auto& a : response.body["volumeAttachments"]) {
    if (string_at(a, "volumeId").empty()) throw ResponseError("a volume attachment in Nova's answer has no volumeId");
    volumes.push_back({string_at(a, "volumeId"), string_at(a, "device")});
  }
  return volumes;
}

Volume VolumeClient::get_volume(const std::string& id) {
  return parse_volume(member_of(session_.request(Service::Volume, volume_request("GET", "/volumes/" + percent_encode(id))),
                                "volume", "GET /volumes/" + id));
}

VolumeSnapshot VolumeClient::create_snapshot(const std::string& volume_id, const std::string& name,
                                             const std::map<std::string, std::string>& metadata) {
  ApiRequest api = volume_request("POST", "/snapshots");
  api.body = json{{"snapshot", {{"volume_id", volume_id}, {"name", name}, {"force", true}, {"metadata", metadata}}}};
  api.retry_safe = false;
  return parse_volume_snapshot(member_of(session_.request(Service::Volume, api), "snapshot", "POST /snapshots"));
}

VolumeSnapshot VolumeClient::get_snapshot(const std::string& id) {
  return parse_volume_snapshot(member_of(
      session_.request(Service::Volume, volume_request("GET", "/snapshots/" + percent_encode(id))), "snapshot",
      "GET /snapshots/" + id));
}

std::vector<VolumeSnapshot> VolumeClient::list_snapshots(const std::vector<std::pair<std::string, std::string>>& filters) {
  std::vector<VolumeSnapshot> snapshots;
  std::string marker;
  for (;;) {
    auto query = filters;
    query.emplace_back("sort", "created_at:desc,id:asc");
    query.emplace_back("limit", std::to_string(kPageSize));
    if (!marker.empty()) query.emplace_back("marker", marker);
    const ApiResponse response =
        session_.request(Service::Volume, volume_request("GET", "/snapshots/detail" + query_string(query)));
    if (!response.body.is_object() || !response.body.contains("snapshots") || !response.body["snapshots"].is_array())
      throw ResponseError("GET /snapshots/detail answered without a snapshots list");
    const json& page = response.body["snapshots"];
    for (const auto& item : page) snapshots.push_back(parse_volume_snapshot(item));
    // Cinder adds snapshots_links only when a page is full (limit reached).
    if (!response.body.contains("snapshots_links") || page.empty()) break;
    marker = snapshots.back().id;
  }
  return snapshots;
}

std::vector<VolumeSnapshot> VolumeClient::snapshots_by_metadata(const std::string& key, const std::string& value) {
  // Cinder takes the metadata filter as a JSON object in one parameter (3.22+).
  auto all = list_snapshots({{"metadata", json{{key, value}}.dump()}});
  std::vector<VolumeSnapshot> kept;
  for (auto& s : all) {
    if (auto it = s.metadata.find(key); it != s.metadata.end() && it->second == value) kept.push_back(std::move(s));
  }
  return kept;
}

std::vector<VolumeSnapshot> VolumeClient::snapshots_of_volume(const std::string& volume_id) {
  auto all = list_snapshots({{"volume_id", volume_id}});
  std::vector<VolumeSnapshot> kept;
  for (auto& s : all) {
    if (s.volume_id == volume_id) kept.push_back(std::move(s));
  }
  return kept;
}

void VolumeClient::delete_snapshot(const std::string& id) {
  ApiRequest api = volume_request("DELETE", "/snapshots/" + percent_encode(id));
  api.retry_safe = true;  // deleting twice deletes once; the second answers 404
  try {
    session_.request(Service::Volume, api);
  } catch (const NotFound&) {
    // already gone
  }
}

}  // namespace stackrescue::openstack
