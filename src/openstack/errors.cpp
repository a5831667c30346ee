#include "openstack/errors.hpp"

#include "common/secrets.hpp"

namespace stackrescue::openstack {
namespace {

std::string describe(int status, const std::string& method, const std::string& url, const std::string& api_message,
                     const std::string& request_id) {
  std::string text = api_message.empty() ? "HTTP " + std::to_string(status) : api_message;
  text += " (HTTP " + std::to_string(status) + " from " + method + " " + url;
  if (!request_id.empty()) text += ", request id " + request_id;
  text += ")";
  return secrets::scrub(text);
}

}  // namespace

ApiError::ApiError(int status, std::string method, std::string url, std::string api_message, std::string request_id)
    : Error(describe(status, method, url, api_message, request_id),
            request_id.empty() ? nlohmann::json{{"status_code", status}}
                               : nlohmann::json{{"status_code", status}, {"request_id", request_id}}),
      status_(status),
      method_(std::move(method)),
      url_(std::move(url)),
      api_message_(secrets::scrub(api_message)),
      request_id_(std::move(request_id)) {}

}  // namespace stackrescue::openstack
