#include "openstack/compute.hpp"

#include <map>

#include "common/secrets.hpp"
#include "openstack/errors.hpp"
#include "openstack/json_fields.hpp"
#include "openstack/microversion.hpp"
#include "openstack/url.hpp"

namespace stackrescue::openstack {
namespace {

using nlohmann::json;

// The microversion rescue needs for volume-backed servers (and that we use everywhere
// when the cloud has it, so that every response has the same shape; docs/design.md,
// "Microversions" and "Volume-backed servers").
constexpr const char* kPreferredMicroversion = "2.87";
constexpr int kPageSize = 1000;

std::optional<std::string> preferred_microversion(Session& session) {
  const MicroversionRange range = session.compute_microversions();
  if (range.supports(kPreferredMicroversion)) return std::string(kPreferredMicroversion);
  if (!range.max.empty()) return range.max;
  return std::nullopt;
}

std::string server_path(const std::string& id) { return "/servers/" + percent_encode(id); }
std::string action_path(const std::string& id) { return server_path(id) + "/action"; }

// Guards against an endpoint whose next links never end (1,000,000 servers at 1,000 a page).
constexpr int kMaxPages = 1000;

// The query ("?limit=..&marker=..") of the rel=next link, "" when there is none. Only the
// query is followed: the link's host is how Nova saw the request (a proxy may stand between).
std::string next_link_query(const json& links) {
  if (!links.is_array()) return "";
  for (const auto& link : links) {
    if (string_at(link, "rel") != "next") continue;
    const std::string href = string_at(link, "href");
    const auto question = href.find('?');
    return question == std::string::npos ? "" : href.substr(question);
  }
  return "";
}

}  // namespace

Server parse_server(const json& s) {
  if (!s.is_object() || string_at(s, "id").empty()) throw ResponseError("a server in Nova's answer has no id");
  Server server;
  server.id = string_at(s, "id");
  server.name = string_at(s, "name");
  server.status = string_at(s, "status");
  server.vm_state = string_at(s, "OS-EXT-STS:vm_state");
  if (auto task = string_at(s, "OS-EXT-STS:task_state"); !task.empty()) server.task_state = task;
  if (auto it = s.find("OS-EXT-STS:power_state"); it != s.end() && it->is_number_integer()) server.power_state = it->get<int>();
  if (auto it = s.find("locked"); it != s.end() && it->is_boolean()) server.locked = it->get<bool>();
  if (auto it = s.find("fault"); it != s.end() && it->is_object()) {
    Fault fault;
    if (auto code = it->find("code"); code != it->end() && code->is_number_integer()) fault.code = code->get<int>();
    fault.message = string_at(*it, "message");
    fault.created = string_at(*it, "created");
    server.fault = fault;
  }
  // Nova shows "image": "" for a server booted from a volume.
  if (auto it = s.find("image"); it != s.end()) {
    if (it->is_object()) server.image_id = string_at(*it, "id");
    server.volume_backed = server.image_id.empty();
  }
  server.updated = string_at(s, "updated");
  if (auto it = s.find("tags"); it != s.end() && it->is_array()) {
    for (const auto& tag : *it) {
      if (tag.is_string()) server.tags.push_back(tag.get<std::string>());
    }
  }
  const auto object_at = [&s](const char* key) {
    const auto it = s.find(key);
    return it != s.end() && it->is_object() ? *it : json::object();
  };
  server.metadata = object_at("metadata");
  server.addresses = object_at("addresses");
  server.flavor = object_at("flavor");
  server.availability_zone = string_at(s, "OS-EXT-AZ:availability_zone");
  server.project_id = string_at(s, "tenant_id");
  return server;
}

json to_json(const Server& server) {
  json fault = nullptr;
  if (server.fault) fault = {{"code", server.fault->code}, {"message", server.fault->message}, {"created", server.fault->created}};
  return {{"id", server.id},
          {"name", server.name},
          {"status", server.status},
          {"vm_state", server.vm_state},
          {"task_state", server.task_state ? json(*server.task_state) : json(nullptr)},
          {"power_state", server.power_state},
          {"locked", server.locked},
          {"fault", fault},
          {"volume_backed", server.volume_backed}};
}

json to_detailed_json(const Server& server) {
  json out = to_json(server);
  out["tags"] = server.tags;
  out["metadata"] = server.metadata;
  out["addresses"] = server.addresses;
  out["image"] = server.volume_backed ? json(nullptr) : json{{"id", server.image_id}};
  out["flavor"] = server.flavor;
  out["availability_zone"] = server.availability_zone;
  return out;
}

bool nova_can_filter_name(const std::string& pattern) { return pattern.find('|') == std::string::npos; }

std::string escape_name_regex(const std::string& name) {
  static const std::string special = ".^$*+?()[]{}\\";
  std::string out;
  for (char c : name) {
    if (special.find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

ApiResponse ComputeClient::action(const std::string& id, json body, bool retry_safe,
                                  std::optional<std::string> microversion) {
  ApiRequest api;
  api.method = "POST";
  api.path = action_path(id);
  api.body = std::move(body);
  api.microversion = std::move(microversion);
  api.retry_safe = retry_safe;
  return session_.request(Service::Compute, api);
}

Server ComputeClient::get_server(const std::string& id) {
  ApiRequest api;
  api.path = server_path(id);
  api.microversion = preferred_microversion(session_);
  const ApiResponse response = session_.request(Service::Compute, api);
  if (!response.body.is_object() || !response.body.contains("server")) {
    throw ResponseError("GET " + api.path + " answered without a server object");
  }
  return parse_server(response.body["server"]);
}

std::optional<Server> ComputeClient::server_by_id(const std::string& name_or_id) {
  if (!is_uuid_like(name_or_id)) return std::nullopt;
  try {
    return get_server(name_or_id);
  } catch (const NotFound&) {
    return std::nullopt;   // not an ID after all: the caller searches by name, as the SDK does
  }
}

Server ComputeClient::find_server(const std::string& name_or_id) {
  if (name_or_id.empty()) throw LookupError("the server name or ID is empty");
  if (auto server = server_by_id(name_or_id)) return std::move(*server);
  // Nova's name filter is an unanchored, case-insensitive regex: anchor and escape it, then
  // keep exact matches only. Nova rewrites '|' itself, which would corrupt an escaped
  // pattern, so such names are matched client-side over the whole list.
  ServerFilters filters;
  if (nova_can_filter_name(name_or_id)) filters.emplace_back("name", "^" + escape_name_regex(name_or_id) + "$");
  std::vector<Server> matches;
  for (auto& server : list_servers(filters)) {
    if (server.name == name_or_id) matches.push_back(std::move(server));
  }
  if (matches.empty()) {
    throw LookupError("no server with the name or ID '" + name_or_id + "' exists (in the project of this token)");
  }
  if (matches.size() > 1) {
    throw LookupError(std::to_string(matches.size()) + " servers are named '" + name_or_id + "' (" +
                      join_ids(matches) + "): give the ID instead");
  }
  return matches.front();
}

std::vector<Server> ComputeClient::list_servers(const ServerFilters& filters, int page_size) {
  ServerFilters first = filters;
  first.emplace_back("limit", std::to_string(page_size > 0 ? page_size : kPageSize));
  std::string query = query_string(first);
  std::vector<Server> servers;
  for (int page = 0;; ++page) {
    ApiRequest api;
    api.path = "/servers/detail" + query;
    api.microversion = preferred_microversion(session_);
    const ApiResponse response = session_.request(Service::Compute, api);
    const json& body = response.body;
    if (!body.is_object() || !body.contains("servers") || !body["servers"].is_array()) {
      throw ResponseError("GET /servers/detail answered without a servers list");
    }
    for (const auto& item : body["servers"]) servers.push_back(parse_server(item));
    const std::string next = next_link_query(body.value("servers_links", json()));
    // An empty page or a link back to the same page would never end.
    if (next.empty() || next == query || body["servers"].empty()) break;
    if (page >= kMaxPages) throw ResponseError("GET /servers/detail: more than " + std::to_string(kMaxPages) + " pages");
    query = next;
  }
  return servers;
}

RescueAccepted ComputeClient::rescue(const std::string& id, const std::optional<std::string>& image_ref,
                                     const std::optional<std::string>& admin_password, const std::string& microversion) {
  json rescue = nullptr;  // null = rescue with the server's own image and a generated password
  if (image_ref || admin_password) {
    rescue = json::object();
    if (image_ref) rescue["rescue_image_ref"] = *image_ref;
    if (admin_password) rescue["adminPass"] = *admin_password;
  }
  // State-changing: after a lost answer, re-read the server instead of resending.
  const ApiResponse response = action(id, json{{"rescue", rescue}}, /*retry_safe=*/false, microversion);
  RescueAccepted accepted;
  accepted.request_id = response.request_id;
  if (response.body.is_object()) {
    if (auto password = string_at(response.body, "adminPass"); !password.empty()) {
      secrets::add(password);
      accepted.admin_password = password;
    }
  }
  return accepted;
}

void ComputeClient::unrescue(const std::string& id) {
  action(id, json{{"unrescue", nullptr}}, /*retry_safe=*/false, preferred_microversion(session_));
}

std::string ComputeClient::rebuild(const std::string& id, const std::string& image_id) {
  const ApiResponse response =
      action(id, json{{"rebuild", {{"imageRef", image_id}}}}, /*retry_safe=*/false, preferred_microversion(session_));
  if (response.body.is_object() && response.body.contains("server")) {
    if (auto password = string_at(response.body["server"], "adminPass"); !password.empty()) secrets::add(password);
  }
  return response.request_id;
}

std::string ComputeClient::create_image(const std::string& id, const std::string& name,
                                        const std::map<std::string, std::string>& metadata) {
  const ApiResponse response = action(id, json{{"createImage", {{"name", name}, {"metadata", metadata}}}},
                                      /*retry_safe=*/false, preferred_microversion(session_));
  // 2.45 and later answer {"image_id": ...}; before, only Location: <glance>/images/<id>.
  if (auto image_id = string_at(response.body, "image_id"); !image_id.empty()) return image_id;
  if (auto location = response.headers.get("Location"); location && location->find('/') != std::string::npos) {
    std::string image_id = location->substr(location->rfind('/') + 1);
    if (!image_id.empty()) return image_id;
  }
  throw ResponseError("POST " + action_path(id) + " (createImage) answered " + std::to_string(response.status) +
                      " without the new image's ID (no image_id, no Location header)");
}

bool ComputeClient::action_recorded(const std::string& id, const std::string& request_id) {
  ApiRequest api;
  api.path = server_path(id) + "/os-instance-actions/" + percent_encode(request_id);
  api.microversion = preferred_microversion(session_);
  try {
    session_.request(Service::Compute, api);
    return true;
  } catch (const NotFound&) {
    return false;
  }
}

std::vector<InstanceAction> ComputeClient::instance_actions(const std::string& id, int limit) {
  ApiRequest api;
  api.path = server_path(id) + "/os-instance-actions";
  api.microversion = preferred_microversion(session_);
  const auto at_least_258 = api.microversion ? compare_microversions(*api.microversion, "2.58") : std::nullopt;
  if (at_least_258 && *at_least_258 >= 0) api.path += "?limit=" + std::to_string(limit);
  const ApiResponse response = session_.request(Service::Compute, api);
  const auto list = response.body.is_object() ? response.body.find("instanceActions") : response.body.end();
  if (list == response.body.end() || !list->is_array()) {
    throw ResponseError("GET " + api.path + " answered without an instanceActions list");
  }
  std::vector<InstanceAction> actions;
  for (const auto& entry : *list) {
    if (static_cast<int>(actions.size()) >= limit) break;
    actions.push_back({string_at(entry, "action"), string_at(entry, "request_id"), string_at(entry, "start_time"),
                       optional_text_at(entry, "message")});
  }
  return actions;
}

ConsoleOutput ComputeClient::console_output(const std::string& id, std::optional<int> length) {
  ConsoleOutput out;
  try {
    const ApiResponse response =
        action(id, json{{"os-getConsoleOutput", length ? json{{"length", *length}} : json::object()}},
               /*retry_safe=*/true, preferred_microversion(session_));
    const auto it = response.body.is_object() ? response.body.find("output") : response.body.end();
    if (it == response.body.end() || !(it->is_string() || it->is_null())) {
      throw ResponseError("POST " + action_path(id) + " (os-getConsoleOutput) answered without an output text");
    }
    out.available = true;
    if (it->is_string()) out.text = it->get<std::string>();
  } catch (const ApiError& error) {
    // 404 is also "no such server": the caller looked the server up just before, and a
    // server deleted meanwhile has no console log either.
    if (error.status() != 404 && error.status() != 409 && error.status() != 501) throw;
    out.reason = error.api_message().empty() ? error.what() : error.api_message();
  }
  return out;
}

Console ComputeClient::remote_console(const std::string& id, const std::string& protocol, const std::string& type) {
  const MicroversionRange range = session_.compute_microversions();
  ApiRequest api;
  api.method = "POST";
  // Asking for a console URL changes no server state; a retried POST only issues another token.
  api.retry_safe = true;
  if (range.supports("2.6")) {
    api.path = server_path(id) + "/remote-consoles";
    api.body = json{{"remote_console", {{"protocol", protocol}, {"type", type}}}};
    api.microversion = preferred_microversion(session_);
    const ApiResponse response = session_.request(Service::Compute, api);
    const json console = response.body.is_object() ? response.body.value("remote_console", json()) : json();
    if (!console.is_object() || string_at(console, "url").empty()) {
      throw ResponseError("POST " + api.path + " answered without a console URL");
    }
    return {string_at(console, "protocol"), string_at(console, "type"), string_at(console, "url")};
  }
  // Before 2.6 each protocol has its own server action.
  static const std::map<std::string, std::string> legacy_actions = {
      {"vnc", "os-getVNCConsole"}, {"spice", "os-getSPICEConsole"}, {"serial", "os-getSerialConsole"}};
  const auto legacy = legacy_actions.find(protocol);
  if (legacy == legacy_actions.end()) {
    throw LookupError("this cloud's compute API (max microversion " + range.max + ") has no " + protocol + " consoles");
  }
  // Retry-safe: asking for a console URL changes no server state.
  const ApiResponse response = action(id, json{{legacy->second, {{"type", type}}}}, /*retry_safe=*/true, std::nullopt);
  const json console = response.body.is_object() ? response.body.value("console", json()) : json();
  if (!console.is_object() || string_at(console, "url").empty()) {
    throw ResponseError("POST " + action_path(id) + " (" + legacy->second + ") answered without a console URL");
  }
  return {protocol, string_at(console, "type"), string_at(console, "url")};
}

}  // namespace stackrescue::openstack
