#pragma once
// Errors of the OpenStack layer. Messages never contain tokens or passwords.
#include <string>

#include "common/error.hpp"

namespace stackrescue::openstack {

// clouds.yaml / options / environment problems: unknown cloud, missing auth_url, ...
class ConfigError : public Error {
 public:
  explicit ConfigError(const std::string& message) : Error(message) {}
};

// An endpoint answered something that is not what the API promises (not JSON, missing
// keys, wrong types): a lying or misconfigured endpoint.
class ResponseError : public Error {
 public:
  explicit ResponseError(const std::string& message) : Error(message) {}
};

// An HTTP error status from a service, with the service's own message and request id.
// details(): status_code and request_id.
class ApiError : public Error {
 public:
  ApiError(int status, std::string method, std::string url, std::string api_message, std::string request_id);
  int status() const { return status_; }
  const std::string& method() const { return method_; }
  const std::string& url() const { return url_; }            // without query string
  const std::string& api_message() const { return api_message_; }
  const std::string& request_id() const { return request_id_; }

 private:
  int status_;
  std::string method_, url_, api_message_, request_id_;
};

class NotFound : public ApiError {
 public:
  using ApiError::ApiError;
};
class Conflict : public ApiError {
 public:
  using ApiError::ApiError;
};
// Keystone refused the credentials (401 from /v3/auth/tokens) or a service refused the
// token twice in a row.
class AuthenticationFailed : public ApiError {
 public:
  using ApiError::ApiError;
};

// No (complete) answer came back: the cloud could not be reached, or the answer to a
// request that was sent got lost (a timeout, a reset connection). The transport's message
// is kept; the layers above need not know which transport it was.
class Unreachable : public Error {
 public:
  Unreachable(const std::string& message, bool request_may_have_been_sent)
      : Error(message), request_may_have_been_sent_(request_may_have_been_sent) {}
  // True when the request may have reached the service (its effect is unknown).
  bool request_may_have_been_sent() const { return request_may_have_been_sent_; }

 private:
  bool request_may_have_been_sent_;
};

// A lookup by name or ID found nothing, or more than one resource.
class LookupError : public Error {
 public:
  explicit LookupError(const std::string& message) : Error(message) {}
};

}  // namespace stackrescue::openstack
