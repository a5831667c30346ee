#pragma once
// Selecting servers by what is wrong with them (the fleet's first step): an exact name or
// ID and/or filters. Nova filters server-side where it has the filter; every filter is
// checked again here, so one Nova ignores (policy, microversion) still holds.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"
#include "openstack/image.hpp"

namespace stackrescue::ops {

struct ServerSelection {
  std::optional<std::string> name;                // exact name or ID
  std::optional<std::string> name_regex;          // searched, case-insensitive (as Nova does)
  std::vector<std::string> status;                // any of (ACTIVE, ERROR, SHUTOFF, ...)
  std::vector<std::string> tags;                  // all of (needs microversion 2.26)
  std::map<std::string, std::string> metadata;    // all of
  std::optional<std::string> image_id;            // the boot image
  std::optional<std::string> flavor;              // name or ID
  std::optional<std::string> availability_zone;
  bool all_projects = false;                      // admins: every project's servers
  std::optional<std::int64_t> page_size;          // none = Nova's maximum
};

// The matching servers, in Nova's order (newest first). Finding none is not an error.
// Throws OperationFailed for an invalid name_regex (before any request) and for tags on a
// cloud below microversion 2.26.
std::vector<openstack::Server> select_servers(openstack::ComputeClient& compute, const ServerSelection& selection);

// Refuses what needs no cloud to refuse (an invalid name_regex, a page_size below 1):
// throws OperationFailed naming the option.
void check_selection(const ServerSelection& selection);

// The boot image filter's value: an ID (UUID-like) as it is, else the ID of the one image
// with exactly that name (LookupError when none or several have it).
std::string boot_image_id(openstack::ImageClient& images, const std::string& name_or_id);

// The module's return keys: servers (each with what a listing shows: tags, metadata,
// addresses, image, flavor, availability_zone).
nlohmann::json return_values(const std::vector<openstack::Server>& servers);

// "status ACTIVE or ERROR, tags [a, b], name matching 'web-'", for messages.
std::string describe(const ServerSelection& selection);

}  // namespace stackrescue::ops
