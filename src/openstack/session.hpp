#pragma once
// A Keystone v3 session: token (cached between runs), catalog endpoints, JSON requests with
// OpenStack error handling, safe retries, one re-authentication on 401, compute
// microversion negotiation. Services call session.request(...), never the transport.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "http/transport.hpp"
#include "openstack/cloud_config.hpp"

namespace stackrescue::openstack {

// Volume is Cinder's v3 API (catalog type block-storage, or the older volumev3).
enum class Service { Compute, Image, Volume };

struct SessionOptions {
  bool token_cache = true;
  std::string cache_dir;       // empty = $XDG_CACHE_HOME/stackrescue or ~/.cache/stackrescue
  std::string user_agent = "stackrescue/0.1";
  int max_retries = 3;         // for retry-safe requests (GET, token POST)
  // How long a process waits for a peer that is already authenticating with the same
  // credentials (the token cache's single flight) before it authenticates itself.
  std::chrono::milliseconds lock_wait{60000};
  // Receives notices worth a warning in the result (e.g. a token cache file refused).
  std::function<void(const std::string&)> warn;
};

struct ApiRequest {
  std::string method = "GET";
  std::string path;                          // relative to the service's versioned endpoint
  std::optional<nlohmann::json> body;
  // "2.87" (compute) or "3.40" (volume): sent as OpenStack-API-Version "<service> <version>".
  std::optional<std::string> microversion;
  // Requests that change nothing may be retried on connection failures and 502/503/504.
  // Defaults to true for GET. A state-changing POST must never be retried blindly.
  std::optional<bool> retry_safe;
};

struct ApiResponse {
  int status = 0;
  http::Headers headers;
  nlohmann::json body;         // null when the body is empty
  std::string request_id;      // X-OpenStack-Request-Id (or X-Compute-Request-Id)
};

struct MicroversionRange {
  std::string min;             // "2.1"
  std::string max;             // "" when the endpoint has no microversions
  // True when `version` ("2.87") lies within [min, max].
  bool supports(const std::string& version) const;
};

class Session {
 public:
  Session(CloudConfig config, std::shared_ptr<http::Transport> transport, SessionOptions options = {},
          Clock& clock = system_clock());
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Sends a request to `service`; a status >= 400 throws ApiError (NotFound, Conflict, ...)
  // carrying the service's message and request id. A body that is not JSON throws
  // ResponseError; no (complete) answer, after the retries that are safe, Unreachable.
  ApiResponse request(Service service, const ApiRequest& request);

  // The versioned base URL of a service ("http://h:8774/v2.1", "http://h:9292/v2").
  std::string endpoint(Service service);

  // The compute API's microversion range, read once from its version document.
  MicroversionRange compute_microversions();

  // The project of the token (after authentication).
  std::string project_id();

  // How many token requests this session sent to Keystone (tests and benchmarks).
  int token_requests() const;

  const CloudConfig& config() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stackrescue::openstack
