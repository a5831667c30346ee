#include "ops/rescue_image_info.hpp"

#include "ops/errors.hpp"
#include "ops/describe.hpp"

namespace stackrescue::ops {
namespace {

// The first microversion that lets Nova rescue a volume-backed server.
constexpr const char* kBfvRescueMicroversion = "2.87";

std::string names_and_statuses(const std::vector<openstack::Image>& images) {
  std::string out;
  for (const auto& image : images) {
    if (!out.empty()) out += ", ";
    out += describe(image) + " is " + image.status;
  }
  return out;
}

}  // namespace

std::optional<openstack::Image> newest_active(const std::vector<openstack::Image>& images) {
  for (const auto& image : images)
    if (image.status == "active") return image;
  return std::nullopt;
}

RescueImages rescue_images(openstack::ImageClient& images, const std::string& tag,
                           const std::optional<std::string>& name) {
  RescueImages found;
  found.images = images.list_by_tag(tag, name);
  found.newest_active = newest_active(found.images);
  return found;
}

nlohmann::json return_values(const RescueImages& found) {
  nlohmann::json images = nlohmann::json::array();
  for (const auto& image : found.images) images.push_back(openstack::to_json(image));
  return {{"images", images},
          {"image", found.newest_active ? openstack::to_json(*found.newest_active) : nlohmann::json(nullptr)}};
}

openstack::Image choose_rescue_image(openstack::ImageClient& images, const std::optional<std::string>& image,
                                     const std::string& tag) {
  if (image) return images.find(*image);
  auto tagged = rescue_images(images, tag);
  if (tagged.newest_active) return *tagged.newest_active;
  if (tagged.images.empty())
    throw OperationFailed("no image tagged '" + tag +
                          "' is visible to this project; give `image`, another `image_tag`, or "
                          "`use_base_image: true`");
  throw OperationFailed("no active image tagged '" + tag + "': " + names_and_statuses(tagged.images));
}

void check_rescue_image(const openstack::Image& image, const openstack::Server& server,
                        const openstack::MicroversionRange& microversions) {
  // Nova itself never checks (docs/design.md, "Nova rescue: the request").
  if (image.status != "active")
    throw OperationFailed("rescue " + describe(image) + " is " + image.status +
                          ", not active: Nova would accept it and " + describe(server) +
                          " would end in ERROR; not rescuing");
  if (!server.volume_backed) return;
  if (!microversions.supports(kBfvRescueMicroversion))
    throw OperationFailed(describe(server) +
                          " is volume-backed: rescuing it needs compute API microversion 2.87, and this cloud "
                          "supports at most " +
                          (microversions.max.empty() ? std::string("2.1") : microversions.max));
  std::vector<std::string> missing;
  if (!image.hw_rescue_device) missing.emplace_back("hw_rescue_device");
  if (!image.hw_rescue_bus) missing.emplace_back("hw_rescue_bus");
  if (!missing.empty())
    throw OperationFailed(describe(server) + " is volume-backed: Nova rescues it only with an image that sets both "
                          "hw_rescue_device and hw_rescue_bus, and rescue " + describe(image) + " lacks " +
                          (missing.size() == 2 ? missing[0] + " and " + missing[1] : missing[0]) +
                          " (e.g. openstack image set --property hw_rescue_device=disk "
                          "--property hw_rescue_bus=virtio " + image.id + ")");
}

void check_base_image_rescue(const openstack::Server& server) {
  if (server.volume_backed)
    throw OperationFailed(describe(server) +
                          " is volume-backed and has no image of its own to rescue with; give `image` or "
                          "`image_tag` (an image with hw_rescue_device and hw_rescue_bus) instead of "
                          "`use_base_image`");
}

}  // namespace stackrescue::ops
