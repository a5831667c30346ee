#pragma once
// The server selection options shared by the modules that act on a fleet (server_info,
// server_diagnose): the spec entries and their reading into an ops::ServerSelection.
#include <map>
#include <string>
#include <vector>

#include "ansible/module.hpp"
#include "option.hpp"
#include "ops/server_info.hpp"

namespace stackrescue::modules {

// The filters (every one optional; together they must all hold). The exact name or ID is
// each module's own option (server_info: name; server_diagnose: server).
inline std::vector<ansible::Option> server_filter_options() {
  return {
      option("name_regex", Type::Str,
             "Only servers whose name contains a match of this regular expression (case-insensitive, as Nova's "
             "name filter)."),
      option("status", Type::List, "Only servers in one of these statuses (ACTIVE, ERROR, SHUTOFF, RESCUE, ...)."),
      option("tags", Type::List, "Only servers carrying all of these tags (needs compute microversion 2.26)."),
      option("metadata", Type::Dict, "Only servers whose metadata has all of these keys with these values."),
      option("image", Type::Str, "Only servers booted from this image (name or ID)."),
      option("flavor", Type::Str, "Only servers of this flavor (name or ID)."),
      option("availability_zone", Type::Str, "Only servers in this availability zone."),
      option("all_projects", Type::Bool, "Servers of every project (admins only).").default_to(false),
      option("page_size", Type::Int, "Servers per page requested from Nova (default: Nova's maximum)."),
  };
}

// The filter options' names, for mutually_exclusive lists.
inline std::vector<std::string> server_filter_names() {
  std::vector<std::string> names;
  for (const auto& o : server_filter_options())
    if (o.name != "all_projects" && o.name != "page_size") names.push_back(o.name);
  return names;
}

// Nova's metadata values are strings; a YAML number or boolean means its text.
inline std::map<std::string, std::string> metadata_filter(const nlohmann::json& given) {
  std::map<std::string, std::string> out;
  if (!given.is_object()) return out;
  for (const auto& [key, value] : given.items()) out[key] = value.is_string() ? value.get<std::string>() : value.dump();
  return out;
}

// The selection the filter options describe (`name`: the exact name or ID, if any). The
// image filter needs the cloud (a name becomes an ID): set selection.image_id afterwards.
inline ops::ServerSelection selection_from(const ansible::Params& params, std::optional<std::string> name) {
  ops::ServerSelection selection;
  selection.name = std::move(name);
  selection.name_regex = params.opt_str("name_regex");
  if (params.has("status")) selection.status = params.str_list("status");
  if (params.has("tags")) selection.tags = params.str_list("tags");
  selection.metadata = metadata_filter(params.json("metadata"));
  selection.flavor = params.opt_str("flavor");
  selection.availability_zone = params.opt_str("availability_zone");
  selection.all_projects = params.boolean("all_projects");
  if (params.has("page_size")) selection.page_size = params.integer("page_size");
  return selection;
}

}  // namespace stackrescue::modules
