#pragma once
// server_console: the protocol/type pair checked client-side (Nova's own message for a bad
// pair is just "Invalid console type"), then one console URL from Nova.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "openstack/compute.hpp"

namespace stackrescue::ops {

// The default console type of a protocol: vnc → novnc, spice → spice-html5,
// serial → serial, mks → webmks.
std::string default_console_type(const std::string& protocol);

// The types Nova accepts for `protocol` at the cloud's microversions (mks needs 2.8 and
// remote-consoles; spice-direct needs 2.99). Empty for an unknown protocol.
std::vector<std::string> console_types(const std::string& protocol, const openstack::MicroversionRange& microversions);

// The console type to ask for: `type` if Nova accepts it for `protocol` at some
// microversion, else the protocol's default. Throws OperationFailed naming the valid types
// when the pair is invalid. Needs no cloud: run it before connecting.
std::string console_type(const std::string& protocol, const std::optional<std::string>& type);

// Throws OperationFailed naming the valid types when this cloud would refuse the pair.
void check_console_type(const std::string& protocol, const std::string& type,
                        const openstack::MicroversionRange& microversions);

// A console URL for `server`: checks the pair against the cloud's microversions, then asks
// Nova (remote-consoles at >= 2.6, the legacy action below). Changes nothing on the
// server; it does not need to be rescued.
openstack::Console open_console(openstack::ComputeClient& compute, const openstack::Server& server,
                                const std::string& protocol, const std::string& type);

// The console URL's token opens the console to anyone: registered (the URL, and the value of
// its token= parameter) so that no message, result or log line can carry it (messages only
// ever use the URL without its query).
void register_console_token(const std::string& url);

// Where the per-server console locks (console/lock) live: `configured`, else the token
// cache's directory. rescue_command takes the lock while it types and server_rescue's
// unrescue waits for it, so both must resolve the same directory.
std::string console_lock_directory(const std::string& configured);

// The module's return keys: url, and console {protocol, type, url}.
nlohmann::json return_values(const openstack::Console& console);

}  // namespace stackrescue::ops
