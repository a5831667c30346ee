#include "openstack/session.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include "common/json_parse.hpp"
#include "common/secrets.hpp"
#include "openstack/error_body.hpp"
#include "openstack/errors.hpp"
#include "openstack/json_fields.hpp"
#include "openstack/keystone.hpp"
#include "openstack/microversion.hpp"
#include "openstack/token_cache.hpp"

namespace stackrescue::openstack {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;

// Tokens that expire within this margin are renewed first (keystoneauth's rule).
constexpr double kTokenMarginSeconds = 120;
constexpr milliseconds kMaxRetryAfter{30000};

std::string without_query(const std::string& url) { return url.substr(0, url.find('?')); }

bool is_retryable_status(int status) { return status == 429 || status == 502 || status == 503 || status == 504; }

// Retry-After in seconds (the HTTP-date form is rare from OpenStack; it falls back).
std::optional<milliseconds> retry_after(const http::Headers& headers) {
  const auto value = headers.get("Retry-After");
  if (!value) return std::nullopt;
  try {
    std::size_t used = 0;
    const double seconds = std::stod(*value, &used);
    if (used == 0 || seconds < 0) return std::nullopt;
    return std::min(milliseconds(static_cast<long>(seconds * 1000)), kMaxRetryAfter);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

milliseconds backoff(int attempt) { return milliseconds(500L << std::min(attempt, 4)); }

std::string request_id_of(const http::Headers& headers) {
  if (auto id = headers.get("X-OpenStack-Request-Id")) return *id;
  if (auto id = headers.get("X-Compute-Request-Id")) return *id;
  return "";
}

[[noreturn]] void throw_api_error(const http::Request& request, const http::Response& response) {
  const std::string url = without_query(request.url);
  const std::string message = extract_error_message(response.body);
  const std::string id = request_id_of(response.headers);
  switch (response.status) {
    case 401: throw AuthenticationFailed(401, request.method, url, message, id);
    case 404: throw NotFound(404, request.method, url, message, id);
    case 409: throw Conflict(409, request.method, url, message, id);
    default: throw ApiError(response.status, request.method, url, message, id);
  }
}

std::string who(const CloudConfig& config) {
  for (const char* key : {"username", "user_id", "application_credential_id", "application_credential_name"}) {
    auto it = config.auth.find(key);
    if (it != config.auth.end() && it->is_string()) return std::string(key) + " '" + it->get<std::string>() + "'";
  }
  return "the token";
}

// auth inputs that key the token cache: everything that decides which token Keystone
// issues, the secret included.
json cache_key(const CloudConfig& config) {
  return {{"auth_type", static_cast<int>(config.auth_type)}, {"auth", config.auth}};
}

}  // namespace

struct Session::Impl {
  CloudConfig config;
  std::shared_ptr<http::Transport> transport;
  SessionOptions options;
  Clock& clock;
  std::optional<TokenCache> cache;
  std::optional<CachedToken> token;
  int token_requests = 0;
  std::map<Service, std::string> endpoints;
  std::optional<MicroversionRange> compute_versions;
  // One session may serve several threads (server_diagnose reads a fleet's consoles in
  // parallel with one token): the token, catalog and version state are read and renewed
  // under this lock; the requests themselves go out without it.
  std::mutex state_mutex;

  Impl(CloudConfig c, std::shared_ptr<http::Transport> t, SessionOptions o, Clock& k)
      : config(std::move(c)), transport(std::move(t)), options(std::move(o)), clock(k) {
    if (options.token_cache) cache.emplace(options.cache_dir, cache_key(config));
  }

  // Sends, retrying what is safe to resend: connection failures before the request left,
  // and — for requests that change nothing — lost answers and 429/502/503/504.
  http::Response send(const http::Request& request, bool retry_safe) {
    for (int attempt = 0;; ++attempt) {
      const bool last = attempt >= options.max_retries;
      try {
        http::Response response = transport->send(request);
        if (!last && retry_safe && is_retryable_status(response.status)) {
          clock.sleep_for(retry_after(response.headers).value_or(backoff(attempt)));
          continue;
        }
        return response;
      } catch (const http::TransportError& e) {
        // A refused certificate or a malformed URL gives the same answer every time.
        const bool permanent = e.kind() == http::TransportError::Kind::Tls || e.kind() == http::TransportError::Kind::InvalidUrl;
        if (last || permanent || (!retry_safe && e.request_may_have_been_sent()))
          throw Unreachable(e.what(), e.request_may_have_been_sent());
        clock.sleep_for(backoff(attempt));
      }
    }
  }

  void authenticate() {
    const std::string url = keystone::token_url(string_at(config.auth, "auth_url"));
    http::Request request{"POST", url, {}, keystone::token_request_body(config).dump()};
    request.headers.set("Content-Type", "application/json");
    request.headers.set("Accept", "application/json");
    request.headers.set("User-Agent", options.user_agent);
    if (config.auth_type == AuthType::Token) request.headers.set("X-Auth-Token", string_at(config.auth, "token"));
    ++token_requests;
    const http::Response response = send(request, /*retry_safe=*/true);
    if (response.status == 401) {
      throw AuthenticationFailed(401, "POST", url,
                                 "Keystone refused the credentials of " + who(config) + ": " +
                                     extract_error_message(response.body),
                                 request_id_of(response.headers));
    }
    if (response.status >= 400) throw_api_error(request, response);
    const auto subject = response.headers.get("X-Subject-Token");
    std::string error;
    const auto body = parse_json(response.body, error);
    if (!subject || subject->empty() || !body || !body->is_object() || !body->contains("token") ||
        !(*body)["token"].is_object()) {
      throw ResponseError("Keystone at " + url + " answered HTTP " + std::to_string(response.status) +
                          " without a token (no X-Subject-Token header or no token in the body): is auth_url right?");
    }
    secrets::add(*subject);
    CachedToken fresh;
    fresh.token = *subject;
    fresh.token_body = *body;
    const auto expires = parse_iso8601_utc(string_at((*body)["token"], "expires_at"));
    fresh.expires_at = expires.value_or(clock.unix_now() + 3600);
    token = std::move(fresh);
    endpoints.clear();
    if (cache) cache->store(*token);
  }

  std::optional<CachedToken> load_cached() {
    auto cached = cache->load(clock.unix_now(), kTokenMarginSeconds);
    if (!cache->refusal().empty() && options.warn) options.warn(cache->refusal() + "; authenticated anew");
    return cached;
  }

  bool usable(const std::optional<CachedToken>& t) const {
    return t && t->expires_at - kTokenMarginSeconds > clock.unix_now();
  }

  // Single flight: of the processes sharing a cache entry, the one holding its lock
  // authenticates; the others wait, then re-read the entry and use its token. `refused` is a
  // token a service just answered 401 to: finding it still cached means nobody replaced it
  // yet, so this process does (once, under the lock), instead of every process.
  void renew(const std::optional<std::string>& refused = std::nullopt) {
    if (!cache) return authenticate();
    const TokenCache::Lock hold = cache->lock(options.lock_wait);
    auto cached = load_cached();
    if (usable(cached) && cached->token != refused.value_or("")) {
      token = std::move(cached);
      endpoints.clear();
      return;
    }
    authenticate();
  }

  const std::string& current_token() {
    if (!token && cache) token = load_cached();
    if (!usable(token)) renew();
    return token->token;
  }

  void invalidate_token() {
    const std::string refused = token ? token->token : "";
    token.reset();
    endpoints.clear();
    renew(refused);
  }

  std::string endpoint(Service service) {
    current_token();
    if (auto it = endpoints.find(service); it != endpoints.end()) return it->second;
    std::string url = service == Service::Volume ? volume_endpoint()
                      : keystone::endpoint_url(token->token_body, service == Service::Compute ? "compute" : "image",
                                               config.interface, config.region_name);
    while (!url.empty() && url.back() == '/') url.pop_back();
    // Glance's catalog URL is unversioned; Nova's already names /v2.1.
    if (service == Service::Image && !(url.size() >= 3 && url.compare(url.size() - 3, 3, "/v2") == 0)) url += "/v2";
    return endpoints[service] = url;
  }

  // Cinder's catalog type is block-storage since Pike's service-types authority; clouds
  // still list it as volumev3 (the local one has both): the first found wins, as in
  // keystoneauth's service-type aliases. Both URLs already name /v3 (and often the project).
  std::string volume_endpoint() {
    try {
      return keystone::endpoint_url(token->token_body, "block-storage", config.interface, config.region_name);
    } catch (const ConfigError&) {
      try {
        return keystone::endpoint_url(token->token_body, "volumev3", config.interface, config.region_name);
      } catch (const ConfigError& error) {
        throw ConfigError(std::string(error.what()) + " (Cinder v3 was looked for as block-storage, then volumev3)");
      }
    }
  }

  http::Request build(Service service, const ApiRequest& api) {
    http::Request request{api.method, endpoint(service) + api.path, {}, ""};
    request.headers.set("Accept", "application/json");
    request.headers.set("User-Agent", options.user_agent);
    request.headers.set("X-Auth-Token", current_token());
    if (api.body) {
      request.body = api.body->dump();
      request.headers.set("Content-Type", "application/json");
    }
    if (api.microversion && service == Service::Volume) {
      request.headers.set("OpenStack-API-Version", "volume " + *api.microversion);
    } else if (api.microversion) {
      request.headers.set("OpenStack-API-Version", "compute " + *api.microversion);
      request.headers.set("X-OpenStack-Nova-API-Version", *api.microversion);
    }
    return request;
  }

  ApiResponse request(Service service, const ApiRequest& api) {
    const bool retry_safe = api.retry_safe.value_or(api.method == "GET" || api.method == "HEAD");
    http::Request request;
    std::string sent_token;
    {
      std::lock_guard<std::mutex> hold(state_mutex);
      request = build(service, api);
      sent_token = token->token;
    }
    http::Response response = send(request, retry_safe);
    if (response.status == 401) {
      // The token expired or was revoked: nothing happened, so one resend is safe even for
      // a POST. A second 401 is final (as keystoneauth; docs/design.md, "Keystone, retries
      // and re-authentication"). Of threads refused the same token, the first renews it.
      std::lock_guard<std::mutex> hold(state_mutex);
      if (!token || token->token == sent_token) invalidate_token();
      request = build(service, api);
    }
    if (response.status == 401) {
      response = send(request, retry_safe);
      if (response.status == 401) {
        throw AuthenticationFailed(401, request.method, without_query(request.url),
                                   "the service refused a freshly issued token: " + extract_error_message(response.body),
                                   request_id_of(response.headers));
      }
    }
    if (response.status >= 400) throw_api_error(request, response);
    ApiResponse out;
    out.status = response.status;
    out.headers = response.headers;
    out.request_id = request_id_of(response.headers);
    if (!response.body.empty()) {
      std::string error;
      auto body = parse_json(response.body, error);
      if (!body) {
        throw ResponseError(request.method + " " + without_query(request.url) + " answered HTTP " +
                            std::to_string(response.status) + " with a body that is not JSON (" + error + ")");
      }
      out.body = std::move(*body);
    }
    return out;
  }

  static std::optional<MicroversionRange> cached_versions(const std::optional<CachedToken>& t, const std::string& base) {
    if (!t) return std::nullopt;
    const auto all = t->extras.find("compute_versions");
    if (all == t->extras.end() || !all->is_object()) return std::nullopt;
    const auto entry = all->find(base);
    if (entry == all->end() || !entry->is_object()) return std::nullopt;
    return MicroversionRange{string_at(*entry, "min"), string_at(*entry, "max")};
  }

  // The version document is read once per token, by the process holding the cache lock;
  // the others find the range cached alongside the token.
  MicroversionRange read_compute_versions() {
    const std::string base = endpoint(Service::Compute);
    if (auto range = cached_versions(token, base)) return *range;
    if (!cache) return fetch_compute_versions(base);
    const TokenCache::Lock hold = cache->lock(options.lock_wait);
    auto cached = load_cached();
    if (cached && cached->token == token->token) {
      if (auto range = cached_versions(cached, base)) return *range;
      token->extras = cached->extras;  // keep what peers added for other endpoints
    }
    MicroversionRange range = fetch_compute_versions(base);
    token->extras["compute_versions"][base] = {{"min", range.min}, {"max", range.max}};
    cache->store(*token);
    return range;
  }

  MicroversionRange fetch_compute_versions(const std::string& base) {
    const std::string root = compute_version_root(base);
    ApiRequest api;
    api.path = "";
    http::Request request = build(Service::Compute, api);
    request.url = root;
    const http::Response response = send(request, true);
    if (response.status >= 400) throw_api_error(request, response);
    std::string error;
    const auto doc = parse_json(response.body, error);
    if (!doc) throw ResponseError("the compute version document at " + root + " is not JSON (" + error + ")");
    return parse_compute_version_document(*doc, root);
  }
};

Session::Session(CloudConfig config, std::shared_ptr<http::Transport> transport, SessionOptions options, Clock& clock)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(transport), std::move(options), clock)) {}

Session::~Session() = default;

ApiResponse Session::request(Service service, const ApiRequest& request) { return impl_->request(service, request); }

std::string Session::endpoint(Service service) {
  std::lock_guard<std::mutex> hold(impl_->state_mutex);
  return impl_->endpoint(service);
}

MicroversionRange Session::compute_microversions() {
  std::lock_guard<std::mutex> hold(impl_->state_mutex);
  if (!impl_->compute_versions) impl_->compute_versions = impl_->read_compute_versions();
  return *impl_->compute_versions;
}

std::string Session::project_id() {
  std::lock_guard<std::mutex> hold(impl_->state_mutex);
  impl_->current_token();
  const json& body = impl_->token->token_body;
  const auto token = body.find("token");
  return token != body.end() && token->contains("project") ? string_at((*token)["project"], "id") : "";
}

int Session::token_requests() const {
  std::lock_guard<std::mutex> hold(impl_->state_mutex);
  return impl_->token_requests;
}

const CloudConfig& Session::config() const { return impl_->config; }

}  // namespace stackrescue::openstack
