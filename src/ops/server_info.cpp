#include "ops/server_info.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "openstack/json_fields.hpp"
#include "openstack/url.hpp"
#include "ops/errors.hpp"

namespace stackrescue::ops {
namespace {

using openstack::Server;

// Nova's server-side tag filter and the tags field start at 2.26.
constexpr const char* kTagsMicroversion = "2.26";

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

template <typename Items>
std::string join(const Items& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

std::optional<std::regex> compile(const std::optional<std::string>& pattern) {
  if (!pattern) return std::nullopt;
  try {
    return std::regex(*pattern, std::regex::ECMAScript | std::regex::icase);
  } catch (const std::regex_error& e) {
    throw OperationFailed("name_regex '" + *pattern + "' is not a valid regular expression: " + e.what());
  }
}

openstack::ServerFilters server_side(const ServerSelection& s) {
  openstack::ServerFilters filters;
  if (s.name && openstack::nova_can_filter_name(*s.name)) {
    filters.emplace_back("name", "^" + openstack::escape_name_regex(*s.name) + "$");
  } else if (s.name_regex && openstack::nova_can_filter_name(*s.name_regex)) {
    filters.emplace_back("name", *s.name_regex);
  }
  for (const auto& status : s.status) filters.emplace_back("status", upper(status));
  if (!s.tags.empty()) filters.emplace_back("tags", join(s.tags, ","));
  if (s.image_id) filters.emplace_back("image", *s.image_id);
  if (s.availability_zone) filters.emplace_back("availability_zone", *s.availability_zone);
  if (s.all_projects) filters.emplace_back("all_tenants", "1");
  return filters;
}

bool has_all_tags(const Server& server, const std::vector<std::string>& tags) {
  return std::all_of(tags.begin(), tags.end(), [&](const std::string& tag) {
    return std::find(server.tags.begin(), server.tags.end(), tag) != server.tags.end();
  });
}

bool has_all_metadata(const Server& server, const std::map<std::string, std::string>& metadata) {
  return std::all_of(metadata.begin(), metadata.end(), [&](const auto& entry) {
    return server.metadata.contains(entry.first) &&
           openstack::string_at(server.metadata, entry.first.c_str()) == entry.second;
  });
}

bool has_flavor(const Server& server, const std::string& flavor) {
  // >= 2.47 embeds the flavor without its id; older microversions give only the id.
  return openstack::string_at(server.flavor, "original_name") == flavor ||
         openstack::string_at(server.flavor, "id") == flavor;
}

bool matches(const Server& server, const ServerSelection& s, const std::optional<std::regex>& name_regex) {
  if (s.name && server.name != *s.name && server.id != *s.name) return false;
  if (name_regex && !std::regex_search(server.name, *name_regex)) return false;
  if (!s.status.empty() && std::none_of(s.status.begin(), s.status.end(),
                                        [&](const std::string& st) { return upper(st) == server.status; })) {
    return false;
  }
  if (!has_all_tags(server, s.tags) || !has_all_metadata(server, s.metadata)) return false;
  if (s.image_id && server.image_id != *s.image_id) return false;
  if (s.flavor && !has_flavor(server, *s.flavor)) return false;
  return !s.availability_zone || server.availability_zone == *s.availability_zone;
}

}  // namespace

std::vector<Server> select_servers(openstack::ComputeClient& compute, const ServerSelection& selection) {
  const auto name_regex = compile(selection.name_regex);
  if (!selection.tags.empty() && !compute.microversions().supports(kTagsMicroversion)) {
    throw OperationFailed("selecting by tags needs compute microversion " + std::string(kTagsMicroversion) +
                          "; this cloud's maximum is " + compute.microversions().max);
  }
  std::vector<Server> selected;
  if (selection.name) {
    // An exact ID answers with one GET; a server *named* like a UUID is still found by name.
    if (auto server = compute.server_by_id(*selection.name); server && matches(*server, selection, name_regex)) {
      return {*server};
    }
  }
  // Nova caps the page at its max_limit anyway.
  const int page_size = static_cast<int>(std::min<std::int64_t>(selection.page_size.value_or(0), 100000));
  for (auto& server : compute.list_servers(server_side(selection), page_size)) {
    if (matches(server, selection, name_regex)) selected.push_back(std::move(server));
  }
  return selected;
}

void check_selection(const ServerSelection& selection) {
  compile(selection.name_regex);
  if (selection.page_size && *selection.page_size < 1) {
    throw OperationFailed("page_size must be at least 1, not " + std::to_string(*selection.page_size));
  }
}

std::string boot_image_id(openstack::ImageClient& images, const std::string& name_or_id) {
  return openstack::is_uuid_like(name_or_id) ? name_or_id : images.find(name_or_id).id;
}

nlohmann::json return_values(const std::vector<Server>& servers) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& server : servers) list.push_back(openstack::to_detailed_json(server));
  return {{"servers", list}};
}

std::string describe(const ServerSelection& s) {
  std::vector<std::string> parts;
  if (s.name) parts.push_back("name or ID '" + *s.name + "'");
  if (s.name_regex) parts.push_back("name matching '" + *s.name_regex + "'");
  if (!s.status.empty()) parts.push_back("status " + join(s.status, " or "));
  if (!s.tags.empty()) parts.push_back("tags " + join(s.tags, ", "));
  for (const auto& [key, value] : s.metadata) parts.push_back("metadata " + key + "=" + value);
  if (s.image_id) parts.push_back("image " + *s.image_id);
  if (s.flavor) parts.push_back("flavor " + *s.flavor);
  if (s.availability_zone) parts.push_back("availability zone " + *s.availability_zone);
  if (s.all_projects) parts.push_back("all projects");
  return parts.empty() ? "every server" : join(parts, ", ");
}

}  // namespace stackrescue::ops
