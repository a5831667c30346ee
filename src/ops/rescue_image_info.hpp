#pragma once
// Choosing the rescue image, and refusing, before Nova is called, the images and servers
// Nova would accept and then fail on (a non-active image ends the server in ERROR; a
// volume-backed server needs microversion 2.87 and an image with both hw_rescue_* set).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"
#include "openstack/image.hpp"

namespace stackrescue::ops {

// The images carrying a tag, newest first, and the newest active one among them.
struct RescueImages {
  std::vector<openstack::Image> images;            // every status
  std::optional<openstack::Image> newest_active;
};

// Every image tagged `tag` (Glance filters server-side, all pages), optionally only those
// named exactly `name`. Never fails on "none found".
RescueImages rescue_images(openstack::ImageClient& images, const std::string& tag,
                           const std::optional<std::string>& name = std::nullopt);

// The module's return keys: images (id, name, status, created_at, tags, visibility,
// hw_rescue_device, hw_rescue_bus), image (the newest active one, or null).
nlohmann::json return_values(const RescueImages& found);

// The first active image of a newest-first list.
std::optional<openstack::Image> newest_active(const std::vector<openstack::Image>& images);

// `image` (a name or an ID, looked up exactly) or else the newest active image tagged
// `tag`. Throws OperationFailed when no tagged image is active (listing what was found),
// LookupError when `image` matches none or several.
openstack::Image choose_rescue_image(openstack::ImageClient& images, const std::optional<std::string>& image,
                                     const std::string& tag);

// Refuses an image that is not active, and for a volume-backed server a cloud below
// microversion 2.87 or an image without both hw_rescue_device and hw_rescue_bus. Throws
// OperationFailed saying why.
void check_rescue_image(const openstack::Image& image, const openstack::Server& server,
                        const openstack::MicroversionRange& microversions);

// Refuses rescuing a volume-backed server with its own (absent) image.
void check_base_image_rescue(const openstack::Server& server);

}  // namespace stackrescue::ops
