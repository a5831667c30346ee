#include "ops/server_console.hpp"

#include "common/secrets.hpp"
#include "openstack/token_cache.hpp"
#include "ops/errors.hpp"

namespace stackrescue::ops {
namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// The table itself; `supports` answers whether the cloud has a microversion.
template <typename Supports>
std::vector<std::string> types_for(const std::string& protocol, Supports supports) {
  if (protocol == "vnc") return {"novnc"};
  if (protocol == "serial") return {"serial"};
  if (protocol == "spice") {
    if (supports("2.99")) return {"spice-html5", "spice-direct"};
    return {"spice-html5"};
  }
  if (protocol == "mks" && supports("2.8")) return {"webmks"};
  return {};
}

std::string max_of(const openstack::MicroversionRange& microversions) {
  return microversions.max.empty() ? std::string("2.1") : microversions.max;
}

[[noreturn]] void refuse(const std::string& protocol, const std::string& type, const std::vector<std::string>& valid) {
  throw OperationFailed("console type '" + type + "' is not valid for protocol '" + protocol +
                        "'; valid: " + joined(valid));
}

}  // namespace

std::string default_console_type(const std::string& protocol) {
  if (protocol == "vnc") return "novnc";
  if (protocol == "spice") return "spice-html5";
  if (protocol == "mks") return "webmks";
  return protocol;  // serial → serial
}

// nova/api/openstack/compute/schemas/remote_consoles.py; xvpvnc and rdp are left out:
// Nova still parses them but no current cloud serves them (proxy and driver removed).
std::vector<std::string> console_types(const std::string& protocol, const openstack::MicroversionRange& microversions) {
  return types_for(protocol, [&](const char* version) { return microversions.supports(version); });
}

std::string console_type(const std::string& protocol, const std::optional<std::string>& type) {
  const std::string chosen = type.value_or(default_console_type(protocol));
  auto valid = types_for(protocol, [](const char*) { return true; });
  if (valid.empty()) throw OperationFailed("unknown console protocol '" + protocol + "'; valid: vnc, spice, serial, mks");
  for (const auto& candidate : valid)
    if (candidate == chosen) return chosen;
  refuse(protocol, chosen, valid);
}

void check_console_type(const std::string& protocol, const std::string& type,
                        const openstack::MicroversionRange& microversions) {
  auto valid = console_types(protocol, microversions);
  if (valid.empty())
    throw OperationFailed("console protocol '" + protocol + "' is not available on this cloud" +
                          (protocol == "mks" ? " (it needs compute API microversion 2.8; the maximum is " +
                                                   max_of(microversions) + ")"
                                             : std::string()));
  for (const auto& candidate : valid)
    if (candidate == type) return;
  if (type == "spice-direct")
    throw OperationFailed("console type 'spice-direct' needs compute API microversion 2.99; the maximum is " +
                          max_of(microversions) + "; valid here: " + joined(valid));
  refuse(protocol, type, valid);
}

openstack::Console open_console(openstack::ComputeClient& compute, const openstack::Server& server,
                                const std::string& protocol, const std::string& type) {
  check_console_type(protocol, type, compute.microversions());
  return compute.remote_console(server.id, protocol, type);
}

nlohmann::json return_values(const openstack::Console& console) {
  return {{"url", console.url},
          {"console", {{"protocol", console.protocol}, {"type", console.type}, {"url", console.url}}}};
}

void register_console_token(const std::string& url) {
  secrets::add(url);
  const auto at = url.find("token=");
  if (at == std::string::npos) return;
  const auto value = at + 6;
  secrets::add(url.substr(value, url.find_first_of("&#", value) - value));
}

std::string console_lock_directory(const std::string& configured) {
  return configured.empty() ? openstack::token_cache_directory() : configured;
}

}  // namespace stackrescue::ops
