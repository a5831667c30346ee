#include "openstack/image.hpp"

#include <functional>

#include "openstack/errors.hpp"
#include "openstack/json_fields.hpp"
#include "openstack/url.hpp"

namespace stackrescue::openstack {
namespace {

using nlohmann::json;

constexpr int kPageSize = 100;

// Keeps only the images (raw JSON) for which `keep` is true.
using RawFilter = std::function<bool(const json&)>;

// Lists images matching `filters`, following pages by re-issuing the query with a marker
// (Glance's own `next` link drops repeated parameters and catalog path prefixes).
std::vector<Image> list_images(Session& session, std::vector<std::pair<std::string, std::string>> filters,
                               const RawFilter& keep = nullptr) {
  std::vector<Image> images;
  std::string marker;
  for (;;) {
    auto query = filters;
    query.emplace_back("limit", std::to_string(kPageSize));
    if (!marker.empty()) query.emplace_back("marker", marker);
    ApiRequest api;
    api.path = "/images" + query_string(query);
    const ApiResponse response = session.request(Service::Image, api);
    if (!response.body.is_object() || !response.body.contains("images") || !response.body["images"].is_array()) {
      throw ResponseError("GET /v2/images answered without an images list");
    }
    const json& page = response.body["images"];
    for (const auto& item : page) {
      if (!keep || keep(item)) images.push_back(parse_image(item));
    }
    if (!response.body.contains("next") || page.empty()) break;
    marker = parse_image(page.back()).id;
  }
  return images;
}

}  // namespace

Image parse_image(const json& i) {
  if (!i.is_object() || string_at(i, "id").empty()) throw ResponseError("an image in Glance's answer has no id");
  Image image;
  image.id = string_at(i, "id");
  image.name = string_at(i, "name");
  image.status = string_at(i, "status");
  image.created_at = string_at(i, "created_at");
  image.visibility = string_at(i, "visibility");
  image.owner = string_at(i, "owner");
  if (auto it = i.find("tags"); it != i.end() && it->is_array()) {
    for (const auto& tag : *it) {
      if (tag.is_string()) image.tags.push_back(tag.get<std::string>());
    }
  }
  image.hw_rescue_device = optional_text_at(i, "hw_rescue_device");
  image.hw_rescue_bus = optional_text_at(i, "hw_rescue_bus");
  return image;
}

json to_json(const Image& image) {
  const auto optional = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
  return {{"id", image.id},
          {"name", image.name},
          {"status", image.status},
          {"created_at", image.created_at},
          {"tags", image.tags},
          {"visibility", image.visibility},
          {"hw_rescue_device", optional(image.hw_rescue_device)},
          {"hw_rescue_bus", optional(image.hw_rescue_bus)}};
}

std::vector<Image> ImageClient::list_by_tag(const std::string& tag, const std::optional<std::string>& name) {
  std::vector<std::pair<std::string, std::string>> filters = {{"tag", tag}, {"sort", "created_at:desc,id:asc"}};
  if (name) filters.emplace_back("name", *name);
  return list_images(session_, filters);
}

std::vector<Image> ImageClient::list_by_property(const std::string& key, const std::string& value,
                                                 const std::string& owner) {
  return list_images(session_, {{key, value}, {"owner", owner}, {"sort", "created_at:desc,id:asc"}},
                     [&](const json& image) {
                       return string_at(image, key.c_str()) == value && !owner.empty() &&
                              string_at(image, "owner") == owner;
                     });
}

void ImageClient::remove(const std::string& id) {
  ApiRequest api;
  api.method = "DELETE";
  api.path = "/images/" + percent_encode(id);
  api.retry_safe = true;  // deleting twice deletes once; the second answers 404
  try {
    session_.request(Service::Image, api);
  } catch (const NotFound&) {
    // already gone
  }
}

Image ImageClient::get(const std::string& id) {
  ApiRequest api;
  api.path = "/images/" + percent_encode(id);
  return parse_image(session_.request(Service::Image, api).body);
}

Image ImageClient::find(const std::string& name_or_id) {
  if (name_or_id.empty()) throw LookupError("the image name or ID is empty");
  if (is_uuid_like(name_or_id)) {
    try {
      return get(name_or_id);
    } catch (const NotFound&) {
      // fall through: an image may be named like a UUID
    }
  }
  const std::vector<Image> matches = list_images(session_, {{"name", name_or_id}});
  if (matches.empty()) throw LookupError("no image with the name or ID '" + name_or_id + "' is visible to this project");
  if (matches.size() > 1) {
    throw LookupError(std::to_string(matches.size()) + " images are named '" + name_or_id + "' (" +
                      join_ids(matches) + "): give the ID instead");
  }
  return matches.front();
}

}  // namespace stackrescue::openstack
