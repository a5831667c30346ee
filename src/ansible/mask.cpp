#include "ansible/mask.hpp"

#include <algorithm>

#include "common/secrets.hpp"

namespace stackrescue::ansible {
namespace {

using nlohmann::json;

const Option* find_option(const std::vector<Option>& options, const std::string& key) {
  auto it = std::find_if(options.begin(), options.end(), [&](const Option& o) {
    return o.name == key || std::count(o.aliases.begin(), o.aliases.end(), key) > 0;
  });
  return it == options.end() ? nullptr : &*it;
}

void collect_leaves(const json& value, std::vector<std::string>& out) {
  if (value.is_string())
    out.push_back(value.get<std::string>());
  else if (value.is_number())
    out.push_back(value.dump());
  else if (value.is_structured())
    for (const auto& child : value) collect_leaves(child, out);
}

json mask_all(const json& value) {
  if (value.is_null() || value.is_boolean()) return value;  // as AnsibleModule: not secrets
  if (!value.is_structured()) return std::string(secrets::kMask);
  json out = value;
  for (auto& child : out) child = mask_all(child);
  return out;
}

// Calls `visit(sub_options, element)` for a dict sub-option value or each dict in a list.
template <typename Visit>
void for_each_sub_dict(const Option& option, const json& value, Visit visit) {
  if (option.suboptions.empty()) return;
  if (value.is_object())
    visit(value);
  else if (value.is_array())
    for (const auto& element : value)
      if (element.is_object()) visit(element);
}

void scrub_walk(json& value, const std::string& path, const std::vector<std::string>& unmasked) {
  if (std::find(unmasked.begin(), unmasked.end(), path) != unmasked.end()) return;
  if (value.is_string()) {
    value = secrets::scrub(value.get_ref<const std::string&>());
  } else if (value.is_object()) {
    json scrubbed = json::object();
    for (auto& [key, child] : value.items()) {
      std::string child_path = path.empty() ? key : path + "." + key;
      scrub_walk(child, child_path, unmasked);
      bool keep_key = std::find(unmasked.begin(), unmasked.end(), child_path) != unmasked.end();
      scrubbed[keep_key ? key : secrets::scrub(key)] = std::move(child);
    }
    value = std::move(scrubbed);
  } else if (value.is_array()) {
    for (auto& child : value) scrub_walk(child, path, unmasked);
  }
}

void mask_walk(json& value, const std::string& path, const std::vector<std::string>& paths) {
  if (!path.empty() && std::find(paths.begin(), paths.end(), path) != paths.end()) {
    value = std::string(secrets::kMask);
  } else if (value.is_object()) {
    for (auto& [key, child] : value.items()) mask_walk(child, path.empty() ? key : path + "." + key, paths);
  } else if (value.is_array()) {
    for (auto& child : value) mask_walk(child, path, paths);
  }
}

}  // namespace

std::vector<std::string> no_log_values(const std::vector<Option>& options, const json& values) {
  std::vector<std::string> out;
  if (!values.is_object()) return out;
  for (const auto& [key, value] : values.items()) {
    const Option* option = find_option(options, key);
    if (!option) continue;
    if (option->no_log) collect_leaves(value, out);
    for_each_sub_dict(*option, value, [&](const json& sub) {
      auto inner = no_log_values(option->suboptions, sub);
      out.insert(out.end(), inner.begin(), inner.end());
    });
  }
  return out;
}

json masked_arguments(const std::vector<Option>& options, const json& values, bool mask_unknown) {
  if (!values.is_object()) return values;
  json out = json::object();
  for (const auto& [key, value] : values.items()) {
    const Option* option = find_option(options, key);
    if (!option)
      out[key] = mask_unknown ? mask_all(value) : value;
    else if (option->no_log)
      out[key] = mask_all(value);
    else if (option->suboptions.empty() || !value.is_structured())
      out[key] = value;
    else if (value.is_object())
      out[key] = masked_arguments(option->suboptions, value, mask_unknown);
    else {
      out[key] = json::array();
      for (const auto& element : value) out[key].push_back(masked_arguments(option->suboptions, element, mask_unknown));
    }
  }
  return out;
}

void scrub_strings(json& result, const std::vector<std::string>& unmasked) { scrub_walk(result, "", unmasked); }

void mask_paths(json& result, const std::vector<std::string>& paths) {
  if (!paths.empty()) mask_walk(result, "", paths);
}

}  // namespace stackrescue::ansible
