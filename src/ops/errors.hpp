#pragma once
// The one error type of the ops layer: an operation refused or failed for a reason the
// user can act on. The message is complete (it names the server, the states seen, the
// image, ...); the module runtime prints it as the task's `msg`.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace stackrescue::ops {

class OperationFailed : public std::runtime_error {
 public:
  explicit OperationFailed(const std::string& message, nlohmann::json details = nlohmann::json::object())
      : std::runtime_error(message), details_(std::move(details)) {}
  // Extra result keys worth returning with the failure (e.g. the last `server` seen).
  const nlohmann::json& details() const { return details_; }

 private:
  nlohmann::json details_;
};

}  // namespace stackrescue::ops
