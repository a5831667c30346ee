#pragma once
// The HTTP transport a resolved cloud talks through: its TLS settings (validate_certs,
// ca_cert, client_cert/key), api_timeout, proxies from the environment, and the request
// trace when STACKRESCUE_TRACE asks for one (http/trace.hpp).
#include <memory>

#include "http/transport.hpp"
#include "openstack/cloud_config.hpp"

namespace stackrescue::openstack {

// Timeouts from api_timeout (default 60 s; connecting takes at most 10 s of it) and the
// cloud's TLS settings. The serial console's WebSocket uses the same.
http::TransportOptions transport_options(const CloudConfig& config);

// The production transport for `config`. Throws ConfigError when ca_cert, client_cert or
// client_key cannot be loaded.
std::shared_ptr<http::Transport> make_transport(const CloudConfig& config);

}  // namespace stackrescue::openstack
