#pragma once
// Glance v2: images by tag, by ID and by name.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/session.hpp"

namespace stackrescue::openstack {

struct Image {
  std::string id;
  std::string name;
  std::string status;                            // active, queued, deactivated, ...
  std::string created_at;
  std::vector<std::string> tags;
  std::string visibility;
  std::string owner;                             // the project that owns it (any member may upload one)
  std::optional<std::string> hw_rescue_device;
  std::optional<std::string> hw_rescue_bus;
};

// id, name, status, created_at, tags, visibility, hw_rescue_device, hw_rescue_bus.
nlohmann::json to_json(const Image& image);

class ImageClient {
 public:
  explicit ImageClient(Session& session) : session_(session) {}

  // Every image carrying `tag` (server-side filter), whatever its status, newest first,
  // all pages. `name` optionally filters by exact name (server-side).
  std::vector<Image> list_by_tag(const std::string& tag, const std::optional<std::string>& name = std::nullopt);

  // Every image owned by the project `owner` whose property `key` is exactly `value`
  // (Glance filters on both; checked again here), whatever its status, newest first, all
  // pages. An image of another owner never counts: a property is anyone's to set, and a
  // shared or public image carrying it may be planted by another project or user.
  std::vector<Image> list_by_property(const std::string& key, const std::string& value, const std::string& owner);

  // GET /v2/images/{id}. Throws NotFound.
  Image get(const std::string& id);

  // DELETE /v2/images/{id}. An image already gone counts as deleted.
  void remove(const std::string& id);

  // A UUID-like value is tried as an ID first, then the exact name. Throws LookupError
  // (none, or several listing their IDs).
  Image find(const std::string& name_or_id);

 private:
  Session& session_;
};

Image parse_image(const nlohmann::json& image);

}  // namespace stackrescue::openstack
