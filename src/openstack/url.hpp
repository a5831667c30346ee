#pragma once
// URL pieces for query strings and paths.
#include <string>
#include <utility>
#include <vector>

namespace stackrescue::openstack {

// RFC 3986 percent-encoding of everything but unreserved characters.
std::string percent_encode(const std::string& text);

// "?k=v&k2=v2" with both sides encoded; "" when empty.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

// True for a UUID in either form Nova and Glance accept (with or without dashes).
bool is_uuid_like(const std::string& text);

}  // namespace stackrescue::openstack
