#pragma once
// Nova: servers, rescue/unrescue actions, remote consoles.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/session.hpp"

namespace stackrescue::openstack {

struct Fault {
  int code = 0;
  std::string message;
  std::string created;   // ISO 8601, as Nova prints it
};

struct Server {
  std::string id;
  std::string name;
  std::string status;                      // ACTIVE, RESCUE, ERROR, ...
  std::string vm_state;                    // OS-EXT-STS:vm_state
  std::optional<std::string> task_state;   // OS-EXT-STS:task_state; nullopt = none
  int power_state = 0;                     // OS-EXT-STS:power_state
  bool locked = false;                     // >= 2.9
  std::optional<Fault> fault;              // only with status ERROR/DELETED
  std::string image_id;                    // empty for a volume-backed server
  bool volume_backed = false;              // Nova shows "image": "" for those
  std::string updated;
  // What server_info selects on and returns (as Nova shows them at >= 2.47).
  std::vector<std::string> tags;           // >= 2.26
  nlohmann::json metadata = nlohmann::json::object();
  nlohmann::json addresses = nlohmann::json::object();
  nlohmann::json flavor = nlohmann::json::object();   // original_name, vcpus, ram, ... (>= 2.47)
  std::string availability_zone;           // OS-EXT-AZ:availability_zone
  std::string project_id;                  // tenant_id: the project that owns the server
};

// The server as a result dict: id, name, status, vm_state, task_state, power_state,
// locked, fault, volume_backed.
nlohmann::json to_json(const Server& server);

// to_json plus what a listing returns: tags, metadata, addresses, image (the boot image's
// id, null when volume-backed), flavor, availability_zone.
nlohmann::json to_detailed_json(const Server& server);

// Query parameters of GET /servers/detail (name, status, tags, all_tenants, ...).
using ServerFilters = std::vector<std::pair<std::string, std::string>>;

struct Console {
  std::string protocol;
  std::string type;
  std::string url;
};

// A server's console log (os-getConsoleOutput). `available` is false when Nova has none for
// it: the driver keeps no log (501), the guest has no console (404 "Guest does not have a
// console available") or the server is not on a host yet (409); `reason` is Nova's message.
struct ConsoleOutput {
  bool available = false;
  std::string text;
  std::string reason;
};

// One entry of a server's action log (os-instance-actions): who did what to it when.
struct InstanceAction {
  std::string action;       // create, reboot, rescue, unrescue, stop, start, ...
  std::string request_id;
  std::string start_time;   // ISO 8601 UTC, as Nova prints it
  std::optional<std::string> message;   // set when the action failed ("Error")
};

struct RescueAccepted {
  std::optional<std::string> admin_password;   // adminPass as Nova returned it (a secret)
  std::string request_id;
};

class ComputeClient {
 public:
  explicit ComputeClient(Session& session) : session_(session) {}

  // GET /servers/{id}. Throws NotFound.
  Server get_server(const std::string& id);

  // The server whose ID this is, with one GET; nullopt when the value is not UUID-like or no
  // server has that ID (a server may be *named* like a UUID: look it up by name then).
  std::optional<Server> server_by_id(const std::string& name_or_id);

  // Exact lookup: a UUID-like value is tried as an ID first; otherwise (or on 404) the name
  // is matched exactly (server-side anchored, escaped regex + client-side equality).
  // Throws LookupError: none found (naming what was looked for), or several (listing IDs).
  Server find_server(const std::string& name_or_id);

  // Every server matching Nova's server-side `filters`, all pages: follows the
  // servers_links "next" link of each page (its query, against the catalog's endpoint).
  // page_size 0 = Nova's own maximum.
  std::vector<Server> list_servers(const ServerFilters& filters, int page_size = 0);

  // POST rescue at `microversion` (e.g. "2.87"). image_ref empty = the server's own image.
  // Registers the returned admin password as a secret.
  RescueAccepted rescue(const std::string& id, const std::optional<std::string>& image_ref,
                        const std::optional<std::string>& admin_password, const std::string& microversion);

  // POST unrescue (202).
  void unrescue(const std::string& id);

  // POST rebuild with `image_id` (an image-backed server's disk is recreated from it; the
  // server keeps its ID, name, flavor, addresses, metadata and key). Returns the request's
  // X-OpenStack-Request-Id. The adminPass Nova answers with is registered as a secret and
  // dropped. Never retried (a second rebuild would wipe the disk a second time).
  std::string rebuild(const std::string& id, const std::string& image_id);

  // POST createImage: Nova snapshots the server into a new Glance image called `name`
  // whose properties include `metadata`. Returns the image's ID: from the body (>= 2.45) or
  // else the Location header. Never retried (a second POST would make a second image).
  std::string create_image(const std::string& id, const std::string& name,
                           const std::map<std::string, std::string>& metadata);

  // True when Nova recorded an action (rescue, unrescue, ...) for the request with this
  // X-OpenStack-Request-Id on the server (GET os-instance-actions/{request_id}).
  bool action_recorded(const std::string& id, const std::string& request_id);

  // The server's action log, newest first, at most `limit` entries (Nova's own `limit` from
  // 2.58; older clouds return every action and the list is cut here).
  std::vector<InstanceAction> instance_actions(const std::string& id, int limit);

  // POST /servers/{id}/remote-consoles (>= 2.6) or the legacy action below 2.6.
  Console remote_console(const std::string& id, const std::string& protocol, const std::string& type);

  // POST /servers/{id}/action os-getConsoleOutput: the last `length` lines (all when
  // nullopt). Read-only: a retried POST only reads again.
  ConsoleOutput console_output(const std::string& id, std::optional<int> length);

  MicroversionRange microversions() { return session_.compute_microversions(); }

 private:
  // POST /servers/{id}/action with `body` ({"<action>": ...}): every server action goes
  // through here. `retry_safe`: the action changes nothing (a lost answer may be resent);
  // `microversion`: nullopt sends none (the legacy console actions below 2.6).
  ApiResponse action(const std::string& id, nlohmann::json body, bool retry_safe,
                     std::optional<std::string> microversion);

  Session& session_;
};

// Parses one server object (the value of "server"). Throws ResponseError on a missing id.
Server parse_server(const nlohmann::json& server);

// Escapes `name` for Nova's regex name filter (only .^$*+?()[]{}\ are escaped).
std::string escape_name_regex(const std::string& name);

// Whether Nova's name filter can take `pattern` as it is: Nova rewrites '|' itself, which
// would change what the pattern means, so such names must be matched client-side.
bool nova_can_filter_name(const std::string& pattern);

}  // namespace stackrescue::openstack
