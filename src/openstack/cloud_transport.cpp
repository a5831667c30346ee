#include "openstack/cloud_transport.hpp"

#include <algorithm>

#include "http/trace.hpp"
#include "openstack/errors.hpp"

namespace stackrescue::openstack {
namespace {

// Without api_timeout, a request that gets no answer fails after this long.
constexpr int kDefaultApiTimeoutSeconds = 60;
constexpr int kMaxConnectTimeoutSeconds = 10;

}  // namespace

http::TransportOptions transport_options(const CloudConfig& config) {
  http::TransportOptions options;
  options.tls = config.tls;
  const int seconds = std::max(1, config.api_timeout.value_or(kDefaultApiTimeoutSeconds));
  options.read_timeout = std::chrono::seconds(seconds);
  options.connect_timeout = std::chrono::seconds(std::min(seconds, kMaxConnectTimeoutSeconds));
  return options;
}

std::shared_ptr<http::Transport> make_transport(const CloudConfig& config) {
  try {
    return http::trace_if_requested(http::make_poco_transport(transport_options(config)));
  } catch (const http::TransportError& error) {
    throw ConfigError(error.what());
  }
}

}  // namespace stackrescue::openstack
